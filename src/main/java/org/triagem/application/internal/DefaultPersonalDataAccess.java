package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.triagem.application.Actor;
import org.triagem.application.CaseNotFoundException;
import org.triagem.application.PersonalDataAccess;
import org.triagem.application.UnmaskingLog;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.PersonalField;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** Reveals in the case's own transaction, so a value is never shown without its line in the history. */
@ApplicationScoped
class DefaultPersonalDataAccess implements PersonalDataAccess {

    private static final Logger LOG = Logger.getLogger(DefaultPersonalDataAccess.class.getName());

    @Inject
    CaseRepository cases;

    @Inject
    UnmaskingLog log;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public String reveal(Actor actor, ProtocolNumber protocol, PersonalField field, String reason) {
        Case c = cases.find(protocol).filter(found -> actor.canSee(found.department()))
                .orElseThrow(() -> new CaseNotFoundException(protocol));
        String value = c.personalData().reveal(field, actor.username(), reason, OffsetDateTime.now(clock));
        cases.flush();
        // The field's name only: the value and the reason stay out of the log.
        LOG.info(() -> actor.username() + " revealed the customer's " + field.slug() + " on case " + protocol);
        return value;
    }

    @Override
    public List<Unmasking> unmaskings(OffsetDateTime from, OffsetDateTime to, int limit) {
        return log.between(from, to, limit);
    }
}
