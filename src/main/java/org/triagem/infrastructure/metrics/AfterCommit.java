package org.triagem.infrastructure.metrics;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current JTA transaction has committed, at once when there is none, and never
 * when it rolls back. A count made inside a registration that then fails would otherwise be counted
 * again when the contact is quarantined, or when a failed mail batch is retried mail by mail.
 */
final class AfterCommit {

    private final TransactionSynchronizationRegistry transactions;

    AfterCommit(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    void run(Runnable action) {
        int status = transactions == null ? Status.STATUS_NO_TRANSACTION : transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            action.run();
        } else if (status == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new OnCommit(action));
        }
        // Otherwise the transaction is already marked for rollback or ending: what it did will not count.
    }

    private record OnCommit(Runnable action) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing to do before the outcome is known
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                action.run();
            }
        }
    }
}
