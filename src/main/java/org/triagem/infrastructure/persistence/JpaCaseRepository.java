package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.complaint.Customer;
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
    public int countOpenFor(Customer customer) {
        return openCasesOf(customer, "COUNT(c)", "", Long.class)
                .map(q -> q.getSingleResult().intValue()).orElse(0);
    }

    @Override
    public Optional<Case> newestOpenFor(Customer customer, OffsetDateTime openedAfter) {
        return openCasesOf(customer, "c", " AND c.openedAt > :after ORDER BY c.openedAt DESC", Case.class)
                .flatMap(q -> q.setParameter("after", openedAfter).setMaxResults(1).getResultStream().findFirst());
    }

    /** Open cases matched by any identifier the customer gave; empty when they gave none. */
    private <T> Optional<TypedQuery<T>> openCasesOf(Customer customer, String select, String tail, Class<T> type) {
        // Only the identifiers the customer gave take part: a null parameter in "x = :p OR ..."
        // has no type for PostgreSQL, and would match nothing anyway.
        List<String> clauses = new ArrayList<>();
        if (customer.cpf() != null) {
            clauses.add("c.customer.cpf = :cpf");
        }
        if (customer.email() != null) {
            clauses.add("c.customer.email = :email");
        }
        if (customer.phone() != null) {
            clauses.add("c.customer.phone = :phone");
        }
        if (clauses.isEmpty()) {
            return Optional.empty();
        }
        TypedQuery<T> query = em.createQuery("SELECT " + select + " FROM ComplaintCase c WHERE c.status IN :open AND ("
                + String.join(" OR ", clauses) + ")" + tail, type)
                .setParameter("open", Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList());
        if (customer.cpf() != null) {
            query.setParameter("cpf", customer.cpf());
        }
        if (customer.email() != null) {
            query.setParameter("email", customer.email());
        }
        if (customer.phone() != null) {
            query.setParameter("phone", customer.phone());
        }
        return Optional.of(query);
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

    @Override
    public void flush() {
        em.flush();
    }
}
