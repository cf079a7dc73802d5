package org.triagem.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A count made inside a transaction stands only if the transaction commits. */
class AfterCommitTest {

    private final AtomicInteger counted = new AtomicInteger();

    @Test
    void countsOnlyOnceTheTransactionCommits() {
        FakeTransaction tx = new FakeTransaction(Status.STATUS_ACTIVE);

        new AfterCommit(tx).run(counted::incrementAndGet);
        assertThat(counted).hasValue(0);
        tx.complete(Status.STATUS_COMMITTED);

        assertThat(counted).hasValue(1);
    }

    @Test
    void countsNothingWhenTheTransactionRollsBack() {
        FakeTransaction tx = new FakeTransaction(Status.STATUS_ACTIVE);

        new AfterCommit(tx).run(counted::incrementAndGet);
        tx.complete(Status.STATUS_ROLLEDBACK);

        assertThat(counted).hasValue(0);
    }

    @Test
    void countsNothingInATransactionAlreadyMarkedForRollback() {
        FakeTransaction tx = new FakeTransaction(Status.STATUS_MARKED_ROLLBACK);

        new AfterCommit(tx).run(counted::incrementAndGet);
        tx.complete(Status.STATUS_ROLLEDBACK);

        assertThat(counted).hasValue(0);
        assertThat(tx.synchronizations).isEmpty();
    }

    @Test
    void countsAtOnceOutsideATransaction() {
        new AfterCommit(new FakeTransaction(Status.STATUS_NO_TRANSACTION)).run(counted::incrementAndGet);
        new AfterCommit(null).run(counted::incrementAndGet);

        assertThat(counted).hasValue(2);
    }

    /** Only what AfterCommit uses: the status and interposed synchronizations. */
    private static final class FakeTransaction implements TransactionSynchronizationRegistry {

        private final int status;
        final List<Synchronization> synchronizations = new ArrayList<>();

        FakeTransaction(int status) {
            this.status = status;
        }

        void complete(int outcome) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(s -> s.afterCompletion(outcome));
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_NO_TRANSACTION ? null : this;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}
