package org.triagem.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists the fields at fault, each with a message a
 * person can act on; {@code quarantineId} tells the client its contact was kept for replay.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "quarantineId", "caseStatus",
        "allowedActions"})
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, Long quarantineId, String caseStatus, List<String> allowedActions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://triagem.org/problems/";

    /** One invalid field. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), quarantineId, caseStatus,
                allowedActions);
    }

    public Problem withQuarantineId(long id) {
        return new Problem(type, title, status, detail, instance, errors, id, caseStatus, allowedActions);
    }

    /** For a refused lifecycle action: the case's status and the actions it does accept. */
    public Problem withCaseStatus(String statusName, List<String> allowed) {
        return new Problem(type, title, status, detail, instance, errors, quarantineId, statusName, List.copyOf(allowed));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
