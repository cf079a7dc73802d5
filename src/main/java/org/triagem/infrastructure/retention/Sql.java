package org.triagem.infrastructure.retention;

import java.sql.SQLException;
import java.util.Collection;
import java.util.stream.Collectors;

/** Small helpers the adapters share. */
final class Sql {

    /** The statuses of a case no longer worked, as the claim lists them. */
    static final String NOT_OPEN = "('RESOLVED', 'CLOSED', 'MERGED', 'DUPLICATE')";

    private Sql() {
    }

    /** Ids from the database inlined in an IN list: numbers, so safe to inline, and one statement per batch. */
    static String in(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }

    /** A wrapper that turns a JDBC failure into an unchecked one: the caller's transaction rolls back. */
    static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + " failed", e);
    }
}
