package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.triagem.application.SenderNotices;
import org.triagem.domain.model.outbox.AcknowledgementQuota;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OversizedMailNotice;

/** Notices go through the outbox like every mail we send, so an SMTP outage delays them only. */
@ApplicationScoped
class DefaultSenderNotices implements SenderNotices {

    private static final Logger LOG = Logger.getLogger(DefaultSenderNotices.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    AcknowledgementQuota quota;

    @Inject
    OversizedMailNotice notices;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public boolean tellMessageTooLarge(String sender, String subject, String messageId, long sizeBytes,
            long limitBytes) {
        if (!quota.allowsAnotherTo(sender)) {
            LOG.info("no oversize notice: the sender had today's automatic replies already");
            return false;
        }
        outbox.add(notices.compose(sender, subject, messageId, sizeBytes, limitBytes, OffsetDateTime.now(clock)));
        return true;
    }
}
