package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.domain.OutboxMail;
import de.netzwerkbuero.platform.infrastructure.AttachmentsJson;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox mail through the server's mail session every two seconds. Rows are locked while
 * they are sent, so two nodes never send the same mail; a failed delivery is retried with back-off.
 */
@Singleton
@PermitAll
@DependsOn("PlatformSchema")
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Resource(lookup = "java:jboss/mail/Default")
    private Session session;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void tick() {
        deliverDue();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverDue() {
        OffsetDateTime now = OffsetDateTime.now();
        List<Long> dueIds = em.createQuery("select m.id from OutboxMail m where m.sentAt is null"
                        + " and m.nextAttempt <= :now order by m.id", Long.class)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        if (dueIds.isEmpty()) {
            return 0;
        }
        // Lock exactly those rows (a locking query with a row limit is not portable to H2); a mail another
        // node sent meanwhile no longer matches "sentAt is null" once its lock is released.
        List<OutboxMail> due = em.createQuery("select m from OutboxMail m where m.id in :ids and m.sentAt is null"
                        + " order by m.id", OutboxMail.class)
                .setParameter("ids", dueIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        int sent = 0;
        for (OutboxMail mail : due) {
            try {
                Transport.send(message(mail));
                mail.sent(now);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                // The id, not the address: server logs are not reached by a DSGVO erasure.
                LOG.log(Level.WARNING, "Mail {0} not delivered: {1}", new Object[]{mail.getId(), e.getMessage()});
                mail.failed(e.getMessage(), now);
            }
        }
        return sent;
    }

    private MimeMessage message(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        var attachments = AttachmentsJson.read(mail.getAttachments());
        if (attachments.isEmpty()) {
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
            return message;
        }
        Multipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        multipart.addBodyPart(text);
        for (var attachment : attachments) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new jakarta.activation.DataHandler(
                    new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            part.setFileName(attachment.filename());
            multipart.addBodyPart(part);
        }
        message.setContent(multipart);
        return message;
    }
}
