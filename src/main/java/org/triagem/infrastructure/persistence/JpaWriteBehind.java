package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.triagem.application.WriteBehind;

/**
 * The flush mode of the transaction's persistence context. The container's entity manager belongs to
 * the current transaction, so a changed mode ends with it even if {@link #resume} is never reached.
 */
@ApplicationScoped
public class JpaWriteBehind implements WriteBehind {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public void holdUntilFlush() {
        em.setFlushMode(FlushModeType.COMMIT);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void resume() {
        em.setFlushMode(FlushModeType.AUTO);
    }
}
