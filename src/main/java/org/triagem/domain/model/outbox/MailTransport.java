package org.triagem.domain.model.outbox;

/** How mail leaves Triagem (SMTP in production). */
public interface MailTransport {

    /**
     * Hands one mail to the mail server, with its own Message-ID and threading headers.
     *
     * @throws MailDeliveryException if the server did not accept it
     */
    void send(OutgoingMail mail);
}
