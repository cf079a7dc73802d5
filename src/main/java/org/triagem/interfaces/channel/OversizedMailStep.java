package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.triagem.application.SenderNotices;
import org.triagem.domain.model.complaint.EmailAddress;
import org.triagem.infrastructure.mail.AutoReplyDecision;
import org.triagem.infrastructure.mail.AutoReplyGuard;
import org.triagem.infrastructure.mail.OversizedMailException;

/**
 * Route step after an oversized mail was quarantined: tells its sender, unless the mail must get no
 * automatic answer (RFC 3834: automatic mail, lists, bounces). No case is opened for it.
 */
@ApplicationScoped
@Named("oversizedMail")
public class OversizedMailStep {

    private static final Logger LOG = Logger.getLogger(OversizedMailStep.class.getName());
    private static final AutoReplyGuard AUTO_REPLIES = new AutoReplyGuard();

    @Inject
    SenderNotices notices;

    public void tellSender(Exchange exchange) {
        OversizedMailException oversized = find(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        if (oversized == null || !EmailAddress.isValid(oversized.sender())) {
            return;
        }
        AutoReplyDecision decision = AUTO_REPLIES.mayAutoReply(oversized.headers(), oversized.sender());
        if (!decision.isAllowed()) {
            LOG.info(() -> "no oversize notice to " + EmailAddress.mask(oversized.sender()) + ": "
                    + decision.refusal());
            return;
        }
        try {
            notices.tellMessageTooLarge(oversized.sender(), oversized.subject(),
                    oversized.headers().first("Message-ID").map(String::strip).orElse(null),
                    oversized.sizeBytes(), oversized.limitBytes());
        } catch (RuntimeException e) {
            // The mail is safe in quarantine; failing here would only fetch and quarantine it again.
            LOG.log(Level.WARNING, "could not queue the oversize notice to " + EmailAddress.mask(oversized.sender()), e);
        }
    }

    private static OversizedMailException find(Throwable caught) {
        for (Throwable t = caught; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OversizedMailException o) {
                return o;
            }
        }
        return null;
    }
}
