package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.verification.CaseVerificationCode;
import org.triagem.domain.model.verification.VerificationCode;
import org.triagem.domain.model.verification.VerificationCodes;

/**
 * The {@code case_verification_code} table. A code is persisted with its case and written with the
 * intake batch's other rows (one batched insert), so issuing one costs no statement of its own.
 */
@ApplicationScoped
public class JpaVerificationCodes implements VerificationCodes {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public void add(CaseVerificationCode code) {
        em.persist(code);
    }

    @Override
    public Optional<VerificationCode> of(ProtocolNumber protocol) {
        return Optional.ofNullable(em.find(CaseVerificationCode.class, protocol.value()))
                .map(CaseVerificationCode::code);
    }
}
