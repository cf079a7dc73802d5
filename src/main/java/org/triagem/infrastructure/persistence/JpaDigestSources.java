package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.triagem.application.digest.BreachedCase;
import org.triagem.application.digest.DetractorComment;
import org.triagem.application.digest.DigestPeriod;
import org.triagem.application.digest.DigestSources;
import org.triagem.application.digest.Listing;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.routing.CheckpointClock;

/**
 * The digest's two lists in plain SQL over the period's rows: clocks through their (breached, stopped_at)
 * index, surveys through their answered_at index (migration 33), each joined to its case for the
 * protocol and the department. The period's days are cut in the desk's time zone, as the KPI rows are.
 */
@ApplicationScoped
public class JpaDigestSources implements DigestSources {

    private static final String BREACHED_FROM = " FROM sla_clock k JOIN complaint_case c ON c.id = k.case_id"
            + " WHERE k.breached = TRUE AND k.stopped_at >= ?1 AND k.stopped_at < ?2";

    private static final String DETRACTORS_FROM = " FROM survey s JOIN complaint_case c ON c.protocol = s.protocol"
            + " WHERE s.answered_at >= ?1 AND s.answered_at < ?2 AND s.comment IS NOT NULL"
            + " AND (s.csat <= " + DetractorComment.MOST_DISSATISFIED_CSAT
            + " OR s.nps <= " + DetractorComment.HIGHEST_DETRACTOR_NPS + ")";

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public Listing<BreachedCase> breachedCases(Set<String> departments, DigestPeriod period, int limit) {
        return listing("SELECT c.protocol, k.clock, k.due_at, k.stopped_at", BREACHED_FROM,
                " ORDER BY k.stopped_at, c.protocol", departments, period, limit,
                r -> new BreachedCase((String) r[0], CheckpointClock.valueOf((String) r[1]), time(r[2]), time(r[3])));
    }

    @Override
    public Listing<DetractorComment> detractorComments(Set<String> departments, DigestPeriod period, int limit) {
        return listing("SELECT s.protocol, s.csat, s.nps, s.comment, s.answered_at", DETRACTORS_FROM,
                " ORDER BY s.answered_at, s.id", departments, period, limit,
                r -> new DetractorComment((String) r[0], integer(r[1]), integer(r[2]), (String) r[3], time(r[4])));
    }

    @SuppressWarnings("unchecked")
    private <T> Listing<T> listing(String select, String from, String order, Set<String> departments, DigestPeriod period,
            int limit, Function<Object[], T> row) {
        if (departments != null && departments.isEmpty()) {
            return Listing.none();
        }
        String where = departments == null ? "" : " AND c.department IN (" + marks(departments.size()) + ")";
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*)" + from + where), departments, period)
                .getSingleResult()).longValue();
        if (total == 0) {
            return Listing.none();
        }
        List<T> shown = new ArrayList<>();
        for (Object[] r : (List<Object[]>) bind(em.createNativeQuery(select + from + where + order), departments, period)
                .setMaxResults(limit).getResultList()) {
            shown.add(row.apply(r));
        }
        return new Listing<>(shown, Math.max(total, shown.size()));
    }

    /** ?3, ?4 ...: the department parameters after the period's two. */
    private static String marks(int count) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            marks.add("?" + (3 + i));
        }
        return String.join(", ", marks);
    }

    private static Query bind(Query q, Set<String> departments, DigestPeriod period) {
        q.setParameter(1, startOf(period.from()));
        q.setParameter(2, startOf(period.to().plusDays(1)));
        if (departments != null) {
            int i = 3;
            for (String d : departments) {
                q.setParameter(i++, d);
            }
        }
        return q;
    }

    private static OffsetDateTime startOf(java.time.LocalDate day) {
        return day.atStartOfDay(BusinessCalendar.SAO_PAULO).toOffsetDateTime();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** H2 answers OffsetDateTime, the PostgreSQL driver a Timestamp. */
    private static OffsetDateTime time(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime l) {
            return l.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }
}
