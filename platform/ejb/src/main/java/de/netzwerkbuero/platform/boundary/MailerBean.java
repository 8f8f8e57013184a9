package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.mail.Mail;
import de.netzwerkbuero.platform.api.mail.Mailer;
import de.netzwerkbuero.platform.domain.OutboxMail;
import de.netzwerkbuero.platform.infrastructure.AttachmentsJson;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;

/** Puts mail into the outbox, in the caller's transaction. */
@Stateless
@PermitAll
public class MailerBean implements Mailer {

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @EJB
    private MailSender sender;

    @Override
    public long enqueue(Mail mail) {
        // Outbox timing is technical, not a business rule: it follows the real clock even when a test
        // has moved the business clock.
        OutboxMail outbox = new OutboxMail(mail.to(), mail.subject(), mail.text(),
                AttachmentsJson.write(mail.attachments()), OffsetDateTime.now());
        em.persist(outbox);
        em.flush();
        return outbox.getId();
    }

    @Override
    public int deliverPending() {
        return sender.deliverDue();
    }
}
