package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.triagem.application.IntakeOutcome;
import org.triagem.application.OperationalMetrics;
import org.triagem.application.QuarantineService;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.quarantine.Quarantine;
import org.triagem.domain.model.quarantine.QuarantinedContact;

/**
 * Quarantine in its own transaction: the intake transaction that failed has rolled back, and the
 * contact must survive it.
 */
@ApplicationScoped
@Named("quarantineService")
class DefaultQuarantineService implements QuarantineService {

    private static final Logger LOG = Logger.getLogger(DefaultQuarantineService.class.getName());

    @Inject
    Quarantine quarantine;

    @Inject
    Clock clock;

    @Inject
    OperationalMetrics metrics = OperationalMetrics.NONE;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public QuarantinedContact hold(Channel channel, String sourceKey, String rawPayload, String reason) {
        QuarantinedContact held = new QuarantinedContact(channel, sourceKey, rawPayload, reason,
                OffsetDateTime.now(clock));
        quarantine.hold(held);
        metrics.contactTaken(channel, IntakeOutcome.QUARANTINED);
        // The reason's exception messages may quote the payload (a database names the value it refused),
        // so the log gets only their types; the full reason is stored and shown by GET /api/quarantine.
        LOG.warning(() -> channel + " contact quarantined as " + held.id() + ": " + failureTypes(reason));
        return held;
    }

    /** "PersistenceException <- SQLException" out of "PersistenceException: msg <- SQLException: msg". */
    static String failureTypes(String reason) {
        return reason == null ? "unknown" : java.util.Arrays.stream(reason.split(" <- "))
                .map(part -> part.contains(":") ? part.substring(0, part.indexOf(':')) : part)
                .collect(java.util.stream.Collectors.joining(" <- "));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuarantinedContact> recent(int limit) {
        return quarantine.recent(limit);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<QuarantinedContact> find(long id) {
        return quarantine.find(id);
    }

    @Override
    @Transactional
    public void markReplayed(long id, org.triagem.domain.model.complaint.ProtocolNumber protocol) {
        quarantine.find(id).orElseThrow().replayedAs(protocol.value(), OffsetDateTime.now(clock));
    }
}
