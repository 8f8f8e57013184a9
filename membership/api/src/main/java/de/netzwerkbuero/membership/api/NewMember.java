package de.netzwerkbuero.membership.api;

import java.io.Serializable;

/**
 * What the office enters to create a member: {@code ags} is the 8-digit AGS of a KOMMUNE, the 5-digit
 * district key of a LANDKREIS, and empty for a PARTNER. State and population are filled from the register.
 */
public record NewMember(MemberKind kind, String name, String ags, String website, String email)
        implements Serializable {
}
