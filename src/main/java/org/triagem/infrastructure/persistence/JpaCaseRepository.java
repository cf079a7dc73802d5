package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseFilter;
import org.triagem.domain.model.complaint.CasePage;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** Cases in the relational database. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public List<Long> nextProtocolSequences(int count) {
        // nextval() and generate_series() are PostgreSQL's, and H2 accepts both in PostgreSQL mode.
        @SuppressWarnings("unchecked")
        List<Number> values = em.createNativeQuery("SELECT nextval('protocol_seq') FROM generate_series(1, ?1)")
                .setParameter(1, count)
                .getResultList();
        return values.stream().map(Number::longValue).sorted().toList();
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
    public boolean hasCaseOpenedSince(Customer customer, OffsetDateTime since) {
        List<String> clauses = identityClauses(customer);
        if (clauses.isEmpty()) {
            return false;
        }
        // Indexed per identifier (ix_case_customer_cpf, _email, _phone); one row is enough.
        TypedQuery<Long> query = em.createQuery("SELECT c.id FROM ComplaintCase c WHERE c.openedAt >= :since AND ("
                + String.join(" OR ", clauses) + ")", Long.class).setParameter("since", since).setMaxResults(1);
        return !bindIdentity(query, customer).getResultList().isEmpty();
    }

    @Override
    public Optional<Case> newestOpenFor(Customer customer, OffsetDateTime openedAfter) {
        return openCasesOf(customer, "c", " AND c.openedAt > :after ORDER BY c.openedAt DESC", Case.class)
                .flatMap(q -> q.setParameter("after", openedAfter).setMaxResults(1).getResultStream().findFirst());
    }

    @Override
    public OpenCases openCasesOf(Customer customer, OffsetDateTime openedAfter) {
        // Ids and opening times only, newest first: the count is their number, and the newest is
        // loaded whole only when it is recent enough to be repeated.
        List<Object[]> open = openCasesOf(customer, "c.id, c.openedAt", " ORDER BY c.openedAt DESC", Object[].class)
                .map(TypedQuery::getResultList).orElse(List.of());
        Optional<Case> newest = open.stream().findFirst()
                .filter(row -> ((OffsetDateTime) row[1]).isAfter(openedAfter))
                .map(row -> em.find(Case.class, row[0]));
        return new OpenCases(open.size(), newest);
    }

    /** Open cases matched by any identifier the customer gave; empty when they gave none. */
    private <T> Optional<TypedQuery<T>> openCasesOf(Customer customer, String select, String tail, Class<T> type) {
        // Only the identifiers the customer gave take part: a null parameter in "x = :p OR ..."
        // has no type for PostgreSQL, and would match nothing anyway.
        List<String> clauses = identityClauses(customer);
        if (clauses.isEmpty()) {
            return Optional.empty();
        }
        TypedQuery<T> query = em.createQuery("SELECT " + select + " FROM ComplaintCase c WHERE c.status IN :open AND ("
                + String.join(" OR ", clauses) + ")" + tail, type)
                .setParameter("open", Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList());
        return Optional.of(bindIdentity(query, customer));
    }

    /** One clause per identifier the customer gave (CPF, email, phone): the one notion of "the same customer". */
    private static List<String> identityClauses(Customer customer) {
        List<String> clauses = new ArrayList<>();
        if (customer.cpf() != null) {
            clauses.add("c.firstContact.customer.cpf = :cpf");
        }
        if (customer.email() != null) {
            clauses.add("c.firstContact.customer.email = :email");
        }
        if (customer.phone() != null) {
            clauses.add("c.firstContact.customer.phone = :phone");
        }
        return clauses;
    }

    private static <T> TypedQuery<T> bindIdentity(TypedQuery<T> query, Customer customer) {
        if (customer.cpf() != null) {
            query.setParameter("cpf", customer.cpf());
        }
        if (customer.email() != null) {
            query.setParameter("email", customer.email());
        }
        if (customer.phone() != null) {
            query.setParameter("phone", customer.phone());
        }
        return query;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public CasePage list(CaseFilter filter) {
        if (filter.departments() != null && filter.departments().isEmpty()) {
            return new CasePage(List.of(), 0);
        }
        Map<String, Object> params = new HashMap<>();
        String where = whereOf(filter, params);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM ComplaintCase c" + where, Long.class);
        params.forEach(count::setParameter);
        if (filter.sort() == CaseFilter.Sort.DUE) {
            return new CasePage(ClockCriteria.pageByNextDue(em, where, params, filter.offset(), filter.limit()),
                    count.getSingleResult());
        }
        TypedQuery<Case> page = em.createQuery("SELECT c FROM ComplaintCase c" + where
                + " ORDER BY c.openedAt DESC, c.id DESC", Case.class)
                .setFirstResult(filter.offset()).setMaxResults(filter.limit());
        params.forEach(page::setParameter);
        ClockCriteria.PAGE_HINTS.forEach(page::setHint);
        return new CasePage(page.getResultList(), count.getSingleResult());
    }

    // Only criteria the filter names take part: PostgreSQL cannot type a null parameter.
    private static String whereOf(CaseFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.departments() != null) {
            clauses.add("c.routing.department IN :visible");
            params.put("visible", List.copyOf(f.departments()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            clauses.add("(LOWER(c.firstContact.subject) LIKE :text OR LOWER(c.firstContact.description) LIKE :text)");
            params.put("text", likePattern(f.text()));
        }
        if (!f.statuses().isEmpty()) {
            clauses.add("c.status IN :statuses");
            params.put("statuses", List.copyOf(f.statuses()));
        }
        if (!f.priorities().isEmpty()) {
            clauses.add("c.routing.priority IN :priorities");
            params.put("priorities", List.copyOf(f.priorities()));
        }
        if (f.department() != null && !f.department().isBlank()) {
            clauses.add("c.routing.department = :department");
            params.put("department", f.department());
        }
        if (f.assignee() != null && !f.assignee().isBlank()) {
            clauses.add("c.assignee = :assignee");
            params.put("assignee", f.assignee());
        }
        if (f.unassignedOnly()) {
            clauses.add("c.assignee IS NULL");
        }
        originClauses(f, clauses, params);
        ClockCriteria.addClauses(f.due(), clauses, params);
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Where the cases came from and when: channel, category and the opening window. */
    private static void originClauses(CaseFilter f, List<String> clauses, Map<String, Object> params) {
        if (!f.channels().isEmpty()) {
            clauses.add("c.firstContact.channel IN :channels");
            params.put("channels", List.copyOf(f.channels()));
        }
        if (!f.categories().isEmpty()) {
            clauses.add("c.routing.category IN :categories");
            params.put("categories", List.copyOf(f.categories()));
        }
        if (f.opened().from() != null) {
            clauses.add("c.openedAt >= :openedFrom");
            params.put("openedFrom", f.opened().from());
        }
        if (f.opened().before() != null) {
            clauses.add("c.openedAt < :openedBefore");
            params.put("openedBefore", f.opened().before());
        }
    }

    private static String likePattern(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    @Override
    public List<Object[]> openCaseAges(Set<String> departments) {
        if (departments != null && departments.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> q = em.createQuery("SELECT c.routing.department, c.routing.priority, c.openedAt FROM ComplaintCase c"
                + " WHERE c.status IN :open" + (departments == null ? "" : " AND c.routing.department IN :visible"), Object[].class)
                .setParameter("open", openStatuses());
        if (departments != null) {
            q.setParameter("visible", List.copyOf(departments));
        }
        return q.getResultList();
    }

    @Override
    public List<AssignedOpenCases> openCasesByAssignee(String department) {
        return em.createQuery("SELECT c.assignee, c.routing.priority, COUNT(c) FROM ComplaintCase c WHERE c.routing.department = :d"
                + " AND c.assignee IS NOT NULL AND c.status IN :open GROUP BY c.assignee, c.routing.priority", Object[].class)
                .setParameter("d", department).setParameter("open", openStatuses())
                .getResultList().stream()
                .map(row -> new AssignedOpenCases((String) row[0], (Priority) row[1], ((Number) row[2]).intValue()))
                .toList();
    }

    private static List<CaseStatus> openStatuses() {
        return Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();
    }

    @Override
    public void touch(Case complaintCase) {
        em.lock(complaintCase, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }
}
