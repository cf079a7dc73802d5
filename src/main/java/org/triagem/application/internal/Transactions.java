package org.triagem.application.internal;

import java.util.function.Supplier;

/** Runs work in a transaction of its own; tests run it directly. */
@FunctionalInterface
interface Transactions {

    <T> T inNewTransaction(Supplier<T> work);
}
