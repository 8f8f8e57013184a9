package de.netzwerkbuero.membership.api;

import java.io.Serializable;

/** The public sign-up form ({@code POST /prospects}); {@code ags} is optional, {@code consent} must be true. */
public record ProspectSignUp(String organisation, String ags, String contactName, String email, boolean consent)
        implements Serializable {
}
