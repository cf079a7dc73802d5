package org.triagem.application;

/**
 * Holds a transaction's pending writes until it asks for them. By default every query first writes
 * what the transaction has changed, so that it reads its own changes; a batch of registrations, which
 * knows which of its queries could read an earlier registration's rows, writes them together instead.
 */
public interface WriteBehind {

    /** Until {@link #resume}, queries in this transaction no longer write pending changes first. */
    void holdUntilFlush();

    /** Writes what the transaction has changed so far (one batched statement per table). */
    void flush();

    /** Queries write pending changes first again, as they do by default. */
    void resume();
}
