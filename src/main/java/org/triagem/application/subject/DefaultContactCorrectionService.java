package org.triagem.application.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.triagem.application.Actor;
import org.triagem.application.CaseNotFoundException;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.subject.SubjectAudit;
import org.triagem.domain.model.subject.SubjectKey;
import org.triagem.domain.model.subject.SubjectRequests;

/** The correction and its two records (the case's history, the DPO's audit) in one transaction. */
@ApplicationScoped
@Transactional
class DefaultContactCorrectionService implements ContactCorrectionService {

    @Inject
    CaseRepository cases;

    @Inject
    SubjectRequests audit;

    @Inject
    Clock clock;

    @Override
    public boolean correct(Actor staff, ProtocolNumber protocol, String name, String email, String phone,
            String reason) {
        Case c = cases.find(protocol).filter(found -> staff.canSee(found.department()) || staff.answersForSubjects())
                .orElseThrow(() -> new CaseNotFoundException(protocol));
        OffsetDateTime now = OffsetDateTime.now(clock);
        SubjectKey before = SubjectKey.of(c.firstContact().customer())
                .orElseGet(() -> new SubjectKey(SubjectKey.Type.PROTOCOL, protocol.value()));
        boolean changed = c.contact().correct(name, email, phone, staff.username(), reason, now);
        if (changed) {
            audit.audit(SubjectAudit.of(staff.username(), SubjectAudit.Action.CONTACT_CORRECTED, before,
                    "contact data of " + protocol.value() + " corrected", now));
        }
        return changed;
    }
}
