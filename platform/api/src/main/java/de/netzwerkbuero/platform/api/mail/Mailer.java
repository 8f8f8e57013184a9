package de.netzwerkbuero.platform.api.mail;

import jakarta.ejb.Local;

/**
 * Sends mail through the server's mail session by way of an outbox: {@link #enqueue} stores the mail in
 * the caller's transaction, and a sender delivers it after commit (retrying failed deliveries). A change
 * that rolls back therefore sends nothing, and nothing is lost when the mail server is briefly away.
 */
@Local
public interface Mailer {

    /** Stores the mail for delivery after the current transaction commits; returns the outbox id. */
    long enqueue(Mail mail);

    /** Delivers what is due now; returns how many mails were sent. Also run by a timer every few seconds. */
    int deliverPending();
}
