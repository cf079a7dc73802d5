package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
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

    /**
     * Observing start-up makes the container create this bean then, on the application's own thread: made
     * first on a Camel or broker thread, where {@code java:comp} does not resolve, it would keep an unset
     * entity manager for the application's life.
     */
    void madeAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nothing else to do
    }

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
