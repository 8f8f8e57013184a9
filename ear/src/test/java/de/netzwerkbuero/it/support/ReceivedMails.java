package de.netzwerkbuero.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.fail;

/** Reading what the application mailed to the tests' SMTP server (GreenMail): find, wait for, take apart. */
public final class ReceivedMails {

    /** The outbox sends within seconds; a minute leaves room for a busy build machine. */
    private static final long WAIT_MILLIS = 60_000;

    private ReceivedMails() {
    }

    /** The first mail to {@code to} whose subject contains {@code subjectPart}, waiting up to a minute for it. */
    public static MimeMessage await(GreenMail smtp, String to, String subjectPart) throws InterruptedException {
        return await(smtp, to, subjectPart, 1).get(0);
    }

    /** At least {@code count} such mails, waiting up to a minute for them to arrive. */
    public static List<MimeMessage> await(GreenMail smtp, String to, String subjectPart, int count)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> found = to(smtp, to, subjectPart);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(250);
        }
        return fail(count + " mail(s) to " + to + " with \"" + subjectPart + "\" expected within a minute, got "
                + to(smtp, to, subjectPart).size());
    }

    /** Every mail received so far to {@code to} (the address, in any case) whose subject contains {@code subjectPart}. */
    public static List<MimeMessage> to(GreenMail smtp, String to, String subjectPart) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                Address[] recipients = Optional.ofNullable(message.getAllRecipients()).orElse(new Address[0]);
                boolean addressed = Arrays.stream(recipients).anyMatch(a -> address(a).equalsIgnoreCase(to));
                if (addressed && message.getSubject() != null && message.getSubject().contains(subjectPart)) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** The leaf parts of a multipart mail (text parts and attachments), none for a plain one. */
    public static List<BodyPart> parts(MimeMessage message) throws MessagingException, IOException {
        List<BodyPart> parts = new ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            collect(multipart, parts);
        }
        return parts;
    }

    public static String fileName(BodyPart part) {
        try {
            return part.getFileName() == null ? "" : part.getFileName();
        } catch (MessagingException e) {
            return "";
        }
    }

    /** The readable text of a mail, decoded (quoted-printable's soft line breaks would cut a link in two). */
    public static String text(MimeMessage message) throws MessagingException, IOException {
        List<BodyPart> parts = parts(message);
        if (parts.isEmpty()) {
            return message.getContent() instanceof String plain ? plain : GreenMailUtil.getBody(message);
        }
        StringBuilder text = new StringBuilder();
        for (BodyPart part : parts) {
            if (part.isMimeType("text/plain") && part.getFileName() == null) {
                text.append(part.getContent());
            }
        }
        return text.toString();
    }

    private static String address(Address address) {
        return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
    }

    private static void collect(Multipart multipart, List<BodyPart> parts) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, parts);
            } else {
                parts.add(part);
            }
        }
    }
}
