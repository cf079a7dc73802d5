package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** Cases in the relational database. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public long nextProtocolSequence() {
        // nextval() is PostgreSQL's, and H2 accepts it in PostgreSQL mode.
        return ((Number) em.createNativeQuery("SELECT nextval('protocol_seq')").getSingleResult()).longValue();
    }

    @Override
    public void add(Case complaintCase) {
        em.persist(complaintCase);
    }

    @Override
    public Optional<Case> find(ProtocolNumber protocol) {
        return em.createNamedQuery("Case.byProtocol", Case.class)
                .setParameter("protocol", protocol.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<Case> search(String text, int limit) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return em.createNamedQuery("Case.search", Case.class)
                .setParameter("text", pattern)
                .setMaxResults(limit)
                .getResultList();
    }
}
