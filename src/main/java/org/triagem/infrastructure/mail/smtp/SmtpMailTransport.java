package org.triagem.infrastructure.mail.smtp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.domain.model.complaint.EmailAddress;
import org.triagem.domain.model.outbox.MailDeliveryException;
import org.triagem.domain.model.outbox.MailTransport;
import org.triagem.domain.model.outbox.OutgoingMail;

/**
 * Sends outbox mail as plain UTF-8 text (with an HTML alternative when it has one) over SMTP, keeping our
 * Message-ID and threading headers.
 */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(SmtpMailTransport.class.getName());

    private SmtpSettings settings;
    private Session session;

    protected SmtpMailTransport() {
        // for the CDI proxy
    }

    @Inject
    public SmtpMailTransport(
            @ConfigProperty(name = "triagem.smtp.host", defaultValue = "localhost") String host,
            @ConfigProperty(name = "triagem.smtp.port", defaultValue = "587") int port,
            @ConfigProperty(name = "triagem.smtp.tls", defaultValue = "starttls") String tls,
            @ConfigProperty(name = "triagem.smtp.user") Optional<String> user,
            @ConfigProperty(name = "triagem.smtp.password") Optional<String> password,
            @ConfigProperty(name = "triagem.mail.from", defaultValue = "sac@localhost") String from,
            @ConfigProperty(name = "triagem.smtp.timeout.seconds", defaultValue = "20") int timeoutSeconds) {
        this(new SmtpSettings(host, port, tls, user.filter(u -> !u.isBlank()), password.filter(p -> !p.isEmpty()),
                from, Duration.ofSeconds(timeoutSeconds)));
    }

    public SmtpMailTransport(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(settings.sessionProperties());
    }

    @Override
    public void send(OutgoingMail mail) {
        MimeMessage message;
        try {
            message = toMessage(mail);
        } catch (AddressException e) {
            throw new MailDeliveryException("bad address: " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new MailDeliveryException("cannot build the message: " + e.getMessage(), true, e);
        }
        try {
            if (settings.authenticates()) {
                Transport.send(message, settings.user().get(), settings.password().get());
            } else {
                Transport.send(message);
            }
        } catch (SendFailedException e) {
            // Every recipient refused (5xx): retrying cannot help. Otherwise the server may come back.
            boolean refused = e.getValidSentAddresses() == null && e.getInvalidAddresses() != null
                    && e.getInvalidAddresses().length > 0;
            throw new MailDeliveryException(describe(e), refused, e);
        } catch (MessagingException | RuntimeException e) {
            throw new MailDeliveryException(describe(e), false, e);
        }
        LOG.fine(() -> "sent " + mail.messageId() + " to " + EmailAddress.mask(mail.recipient()));
    }

    private MimeMessage toMessage(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, mail.messageId());
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        if (mail.htmlBody() == null) {
            message.setText(mail.body(), "UTF-8");
        } else {
            message.setContent(alternatives(mail));
        }
        message.setSentDate(new Date());
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
        }
        if (mail.references() != null) {
            message.setHeader("References", mail.references());
        }
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        message.saveChanges();
        return message;
    }

    /** The text body first, then the HTML: a client shows the last part it can render (RFC 2046 5.1.4). */
    private static MimeMultipart alternatives(OutgoingMail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.htmlBody(), "UTF-8", "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        return alternatives;
    }

    // Server replies can quote the recipient: keep the address out of what is logged and stored.
    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.replaceAll("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+", "***@***");
    }

    /** Jakarta Mail replaces the Message-ID on every save; ours identifies the mail across retries. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
