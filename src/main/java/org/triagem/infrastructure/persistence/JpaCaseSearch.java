package org.triagem.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CasePage;
import org.triagem.domain.model.search.CaseSearch;
import org.triagem.domain.model.search.SearchDocument;
import org.triagem.domain.model.search.SearchQuery;

/**
 * The cases' search documents (migration 37's {@code case_search}), kept and queried the way the database
 * in use can: {@link PostgresSearch} on PostgreSQL, {@link EmbeddedSearch} on the embedded H2, chosen once
 * from the data source's product name.
 *
 * <p>A search ranks at most {@value CaseSearch#RANKED} cases: the newest that match, after the list's other filters
 * (department first). Ranking every match of a word found in a quarter of a million cases would read all
 * their documents (about 800 ms at 1 M cases). So a query the database counts as narrow ({@link
 * SearchDialect#isNarrow}: on PostgreSQL, fewer than 2,000 matches in all) is read whole through the index
 * of the words and sorted here; a broad one is read newest first (the index on the opening time) until
 * {@value CaseSearch#RANKED} + 1 matched, a few milliseconds for a word in a quarter of the cases. The costly
 * middle is a word in one or two cases in a hundred: about 11,000 cases read for 200 matches (28,000 for
 * 500), hence the bound. When more matched, the page says so ({@link CasePage#capped()}) and staff narrow
 * the search.
 */
@ApplicationScoped
public class JpaCaseSearch implements CaseSearch {

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

    @Resource(lookup = "jdbc/triagem")
    DataSource dataSource;

    private volatile SearchDialect dialect;

    @Override
    public void index(Case complaintCase) {
        dialect().store(em, idOf(complaintCase), SearchDocument.of(complaintCase));
    }

    /**
     * One page of the cases that match the query within the list's filters ({@code where}: the list's JPQL
     * WHERE clause over {@code c}, or "", with its {@code params}), best first: the case whose protocol was
     * typed, then by rank, the newer first among equals. {@code total} counts the ranked cases.
     */
    CasePage page(SearchQuery query, String where, Map<String, Object> params, int offset, int limit) {
        if (query.findsNothing()) {
            return new CasePage(List.of(), 0);
        }
        SearchDialect d = dialect();
        boolean narrow = d.isNarrow(em, query);
        String jpql = "SELECT c.id, c.protocol, " + d.rank(query, params) + ", c.openedAt"
                + " FROM ComplaintCase c, TABLE('case_search') s"
                + (where.isEmpty() ? " WHERE " : where + " AND ") + "s.case_id = c.id AND " + d.matches(query, params)
                + (narrow ? "" : " ORDER BY c.openedAt DESC, c.id DESC");
        TypedQuery<Object[]> matching = em.createQuery(jpql, Object[].class);
        params.forEach(matching::setParameter);
        List<Object[]> matches = narrow ? newestFirst(matching.getResultList())
                : matching.setMaxResults(RANKED + 1).getResultList();
        String typedProtocol = query.protocol().map(p -> p.value()).orElse(null);
        // A stable sort: equal ranks keep the newest-first order of the query.
        List<Long> best = matches.stream().limit(RANKED)
                .sorted(Comparator.comparing((Object[] row) -> !row[1].equals(typedProtocol))
                        .thenComparing(row -> -((Number) row[2]).doubleValue()))
                .map(row -> ((Number) row[0]).longValue())
                .toList();
        List<Long> shown = best.subList(Math.min(offset, best.size()), Math.min(offset + limit, best.size()));
        return new CasePage(load(shown), best.size(), matches.size() > RANKED);
    }

    private static List<Object[]> newestFirst(List<Object[]> rows) {
        return rows.stream().sorted(Comparator.comparing((Object[] row) -> (OffsetDateTime) row[3])
                .thenComparing(row -> ((Number) row[0]).longValue()).reversed()).toList();
    }

    /** The cases of these ids, in this order. */
    private List<Case> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Case> cases = em.createQuery("SELECT c FROM ComplaintCase c WHERE c.id IN :ids", Case.class)
                .setParameter("ids", ids);
        // the list shows each case's running clock due first: the page's clocks in one query, as the list's
        ClockCriteria.PAGE_HINTS.forEach(cases::setHint);
        Map<Long, Case> byId = cases.getResultList().stream()
                .collect(Collectors.toMap(this::idOf, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    private long idOf(Case c) {
        return ((Number) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(c)).longValue();
    }

    private SearchDialect dialect() {
        SearchDialect d = dialect;
        if (d == null) {
            try (Connection c = dataSource.getConnection()) {
                boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
                d = postgres ? new PostgresSearch() : new EmbeddedSearch();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database this is", e);
            }
            dialect = d;
        }
        return d;
    }
}
