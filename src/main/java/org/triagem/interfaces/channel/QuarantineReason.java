package org.triagem.interfaces.channel;

import java.sql.SQLException;
import java.util.Map;

/**
 * The reason a contact is quarantined, as a sentence an administrator can act on. A database error is
 * never quoted: its message carries the refused statement and, on H2, the refused value (the
 * customer's subject, say), and the reason is stored, logged and shown to administrators. Only its
 * SQLState is named.
 */
public final class QuarantineReason {

    private static final int MAX = 2000;
    private static final Map<String, String> SQL_STATES = Map.of(
            "22001", "a value was too long for its column",
            "23502", "a required value was missing",
            "23505", "the contact was already registered (duplicate key)",
            "40001", "the transaction could not be serialised",
            "40P01", "a deadlock was detected",
            "57014", "the statement was cancelled");

    private QuarantineReason() {
    }

    public static String of(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        return isDatabaseFailure(failure) ? database(failure) : chain(failure);
    }

    private static boolean isDatabaseFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof jakarta.persistence.PersistenceException || t instanceof SQLException
                    || t.getClass().getName().startsWith("org.eclipse.persistence.exceptions.")) {
                return true;
            }
        }
        return false;
    }

    private static String database(Throwable failure) {
        String state = sqlState(failure);
        String what = state == null ? null : SQL_STATES.get(state);
        return "The database refused to store the contact" + (state == null ? "" : " (SQLState " + state + ")")
                + (what == null ? "" : ": " + what) + ". The contact is kept here whole and can be replayed.";
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** Our own exceptions say what went wrong without quoting the payload; each cause is named. */
    private static String chain(Throwable failure) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = failure; t != null && sb.length() < MAX; t = next(t)) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return sb.length() <= MAX ? sb.toString() : sb.substring(0, MAX);
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }
}
