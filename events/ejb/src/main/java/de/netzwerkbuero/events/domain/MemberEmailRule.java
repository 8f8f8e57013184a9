package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.membership.api.ContactSummary;
import de.netzwerkbuero.membership.api.MemberSummary;
import de.netzwerkbuero.platform.api.error.RuleViolationException;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether someone registering themselves for a members-only event plausibly belongs to the member they name:
 * their address is the member's or a contact's, or shares its domain. Without this, anyone could claim a
 * member's place. Public mail domains prove nothing and are not compared.
 */
public final class MemberEmailRule {

    private static final Set<String> PUBLIC_DOMAINS = Set.of("gmail.com", "googlemail.com", "web.de", "gmx.de",
            "gmx.net", "t-online.de", "outlook.com", "outlook.de", "hotmail.com", "hotmail.de", "live.de",
            "yahoo.com", "yahoo.de", "icloud.com", "posteo.de", "mailbox.org", "freenet.de", "aol.com", "aol.de");

    private MemberEmailRule() {
    }

    public static boolean belongs(String email, MemberSummary member, List<ContactSummary> contacts) {
        String address = EmailAddress.normalize(email);
        String domain = EmailAddress.domain(email);
        return Stream.concat(Stream.of(member.email()), contacts.stream().map(ContactSummary::email))
                .filter(Objects::nonNull)
                .filter(EmailAddress::valid)
                .anyMatch(known -> EmailAddress.normalize(known).equals(address)
                        || !PUBLIC_DOMAINS.contains(domain) && EmailAddress.domain(known).equals(domain));
    }

    public static void require(String email, MemberSummary member, List<ContactSummary> contacts) {
        if (!belongs(email, member, contacts)) {
            throw new RuleViolationException("events.registration.notMemberEmail",
                    "The address {0} does not belong to {1}: please use your organisation''s address.",
                    email, member.name());
        }
    }
}
