package de.netzwerkbuero.membership.infrastructure;

import de.netzwerkbuero.membership.domain.AdmissionRound;
import de.netzwerkbuero.membership.domain.Prospect;
import de.netzwerkbuero.platform.api.mail.Mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * The texts of membership's mails, in German (the network's language), signed with {@code netzwerk.network-name}.
 * Links start with {@code netzwerk.base-url}.
 */
public final class MembershipMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private MembershipMails() {
    }

    public static String confirmationLink(String token) {
        return MembershipSettings.baseUrl() + "/prospects/confirm?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public static Mail confirmSignUp(Prospect prospect, String token) {
        String text = greeting(prospect)
                + "Sie möchten über Veranstaltungen und Aufnahmetermine von " + MembershipSettings.networkName()
                + " auf dem Laufenden gehalten werden (" + prospect.getOrganisation() + ").\n\n"
                + "Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link:\n" + confirmationLink(token) + "\n\n"
                + "Ohne Bestätigung löschen wir Ihre Angaben am " + DATE.format(prospect.getExpiresOn()) + ".\n"
                + "Wenn Sie sich nicht angemeldet haben, können Sie diese Nachricht ignorieren.\n" + signature();
        return Mail.of(prospect.getEmail(), "Bitte bestätigen Sie Ihre Anmeldung", text);
    }

    public static Mail alreadyConfirmed(Prospect prospect) {
        String text = greeting(prospect)
                + "diese E-Mail-Adresse ist bereits für Informationen zu Veranstaltungen und Aufnahmeterminen "
                + "angemeldet; Sie müssen nichts weiter tun.\n" + signature();
        return Mail.of(prospect.getEmail(), "Sie sind bereits angemeldet", text);
    }

    public static Mail roundOpened(Prospect prospect, AdmissionRound round) {
        String deadline = round.getApplicationDeadline() == null ? ""
                : "Bewerbungen nehmen wir bis zum " + DATE.format(round.getApplicationDeadline()) + " entgegen.\n";
        String text = greeting(prospect)
                + MembershipSettings.networkName() + " nimmt neue Mitglieder auf: der nächste Aufnahmetermin ist am "
                + DATE.format(round.getDate()) + " (" + round.getCapacity() + " Plätze).\n" + deadline
                + "Wenn Ihre Kommune Mitglied werden möchte, melden Sie sich gern für ein persönliches Gespräch.\n"
                + signature();
        return Mail.of(prospect.getEmail(), "Neuer Aufnahmetermin am " + DATE.format(round.getDate()), text);
    }

    private static String greeting(Prospect prospect) {
        return prospect.getContactName() == null ? "Guten Tag,\n\n" : "Guten Tag " + prospect.getContactName() + ",\n\n";
    }

    private static String signature() {
        return "\nMit freundlichen Grüßen\n" + MembershipSettings.networkName() + "\n";
    }
}
