package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.triagem.domain.model.quarantine.Quarantine;
import org.triagem.domain.model.quarantine.QuarantinedContact;

/** The quarantine table. */
@ApplicationScoped
public class JpaQuarantine implements Quarantine {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public void hold(QuarantinedContact contact) {
        em.persist(contact);
    }

    @Override
    public Optional<QuarantinedContact> find(long id) {
        return Optional.ofNullable(em.find(QuarantinedContact.class, id));
    }

    @Override
    public List<QuarantinedContact> recent(int limit) {
        return em.createNamedQuery("QuarantinedContact.recent", QuarantinedContact.class)
                .setMaxResults(limit).getResultList();
    }
}
