package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.OffsetDateTime;
import org.triagem.application.digest.DigestPeriod;
import org.triagem.application.digest.DigestRuns;

/**
 * The digest runs table (migration 33). The claim is one INSERT ... ON CONFLICT DO NOTHING, the same on
 * PostgreSQL and H2 in PostgreSQL mode, like the intake receipts: on PostgreSQL a second node inserting
 * the same key waits for the first node's transaction and then inserts nothing, or, if the first rolled
 * back, inserts it itself.
 */
@ApplicationScoped
public class JpaDigestRuns implements DigestRuns {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public boolean claim(String department, DigestPeriod period, String sentBy, int recipients, OffsetDateTime now) {
        return em.createNativeQuery("INSERT INTO digest_run (department, period_start, period_end, sent_by, recipients,"
                        + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING")
                .setParameter(1, department)
                .setParameter(2, Date.valueOf(period.from()))
                .setParameter(3, Date.valueOf(period.to()))
                .setParameter(4, sentBy.length() > 120 ? sentBy.substring(0, 120) : sentBy)
                .setParameter(5, recipients)
                .setParameter(6, now)
                .executeUpdate() == 1;
    }
}
