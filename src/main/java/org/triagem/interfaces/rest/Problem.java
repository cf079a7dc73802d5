package org.triagem.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists the fields at fault, each with a message a
 * person can act on; {@code quarantineId} tells the client its contact was kept for replay.
 *
 * <p>Its {@code title} and {@code detail} are said in the asker's language on the way out
 * ({@link ProblemLanguage}), from the {@code messages/problems} bundles: the title by the problem's
 * slug, the detail by the key and arguments of {@link #coded}. A problem made with {@link #of} is
 * translated only where its English is the bundle's own; any other text goes out as it was written.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "quarantineId", "caseStatus",
        "allowedActions"})
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, Long quarantineId, String caseStatus, List<String> allowedActions,
        @JsonbTransient Said said) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://triagem.org/problems/";

    /** One invalid field. */
    public record FieldError(String field, String message) {
    }

    /**
     * The detail as a key of the bundle (under the problem's slug) and its arguments. An argument that is
     * a {@link Term} is itself a key of the bundle (a status, an action), said in the same language.
     */
    public record Said(String key, List<Object> args) {
    }

    /** A word the bundle translates: {@code status.CLOSED}, {@code action.close}. */
    public record Term(String key) {
    }

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, null, null, null, null);
    }

    /**
     * A problem whose title is its slug's and whose detail is {@code <slug>.<key>} of the bundle, with
     * these arguments; written in English here (for logs), said in the asker's language on the way out.
     */
    public static Problem coded(String slug, int status, String key, Object... args) {
        Said said = new Said(key, List.of(args));
        ProblemTexts english = ProblemTexts.ENGLISH;
        return new Problem(TYPE_BASE + slug, english.title(slug), status, english.detail(slug, said), null, null,
                null, null, null, said);
    }

    /** The slug of the type, such as {@code invalid-input}. */
    String slug() {
        return type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type;
    }

    /**
     * The same problem with another title, detail and field messages (another language); nothing else
     * changes, the fields at fault named as they were.
     */
    Problem saying(String newTitle, String newDetail, List<FieldError> newErrors) {
        return new Problem(type, newTitle, status, newDetail, instance, newErrors, quarantineId, caseStatus,
                allowedActions, said);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), quarantineId, caseStatus,
                allowedActions, said);
    }

    public Problem withQuarantineId(long id) {
        return new Problem(type, title, status, detail, instance, errors, id, caseStatus, allowedActions, said);
    }

    /** For a refused lifecycle action: the case's status and the actions it does accept. */
    public Problem withCaseStatus(String statusName, List<String> allowed) {
        return new Problem(type, title, status, detail, instance, errors, quarantineId, statusName,
                List.copyOf(allowed), said);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
