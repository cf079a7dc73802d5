package org.triagem.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: any other failure becomes a 500 problem whose log line names types and frames,
 * never messages that may carry personal data. Each maps one exception to problem+json.
 */
public final class UnexpectedFailures {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailures.class.getName());

    private UnexpectedFailures() {
    }

    /** Anything else is our fault: log it, say so, reveal nothing. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        /** Each cause's type and the frame it was thrown at, outermost first. */
        static String withoutMessages(Throwable e) {
            StringBuilder b = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (b.length() > 0) {
                    b.append(" <- ");
                }
                b.append(t.getClass().getName());
                if (t.getStackTrace().length > 0) {
                    b.append(" at ").append(t.getStackTrace()[0]);
                }
            }
            return b.toString();
        }

        @Override
        public Response toResponse(RuntimeException e) {
            // The types and where they were thrown, not the messages: a database error's message quotes
            // the values it refused, which may be a customer's personal data. FINE keeps the whole trace.
            LOG.severe(() -> "unexpected failure: " + withoutMessages(e));
            LOG.log(Level.FINE, "unexpected failure", e);
            return Problem.of("internal-error", "Internal error", 500,
                    "Something went wrong on our side. Please try again.").toResponse();
        }
    }
}
