package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.api.account.AccountView;
import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.mail.Mail;
import de.netzwerkbuero.platform.domain.CheckpointLine;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The checkpoint mail to an auditor, with the checkpoint's log line to keep. Texts come from the bundle
 * {@code auditmails} beside this class: German by default, English for an account whose language is English.
 */
public final class CheckpointMails {

    static final String BUNDLE = "de.netzwerkbuero.platform.infrastructure.auditmails";

    private CheckpointMails() {
    }

    /** The mail for the account, or nothing when the account has no e-mail address or is disabled. */
    public static Optional<Mail> checkpoint(AccountView auditor, AuditCheckpoint checkpoint) {
        if (!auditor.enabled() || auditor.email() == null || auditor.email().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(checkpoint(auditor.email(), name(auditor), checkpoint, languageOf(auditor)));
    }

    static Mail checkpoint(String to, String name, AuditCheckpoint checkpoint, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, CheckpointMails.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String at = checkpoint.at().atZoneSameInstant(BusinessClock.OFFICE_ZONE)
                .format(DateTimeFormatter.ofPattern(texts.getString("checkpoint.datePattern"), locale));
        String position = Long.toString(checkpoint.position());
        String entry = checkpoint.entryId() == null ? texts.getString("checkpoint.emptyEntry")
                : checkpoint.entryId().toString();
        String subject = format(texts, "checkpoint.subject", locale, at, position);
        String text = format(texts, "checkpoint.text", locale, name, at, position, entry,
                CheckpointLine.format(checkpoint));
        return Mail.of(to, subject, text);
    }

    /**
     * Accounts carry no language yet: every auditor gets German, the office's language. Once an account's
     * language is known, English goes to those who chose it.
     */
    static Locale languageOf(AccountView account) {
        return Locale.GERMAN;
    }

    private static String name(AccountView account) {
        return account.displayName() == null || account.displayName().isBlank() ? account.username()
                : account.displayName();
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }
}
