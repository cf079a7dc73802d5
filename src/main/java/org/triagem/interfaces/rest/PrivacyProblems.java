package org.triagem.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.triagem.application.retention.SubjectNotFoundException;
import org.triagem.domain.model.retention.AnonymisationRefusedException;
import org.triagem.domain.model.retention.Hold;

/**
 * Failures of the privacy API: an anonymisation a hold stops (409, the first hold in the detail and every hold
 * in the {@code holds} extension member), a subject with no data (404). The subject is named masked only.
 */
public final class PrivacyProblems {

    private PrivacyProblems() {
    }

    /** A hold as the refusal lists it. */
    public record HoldView(String kind, String protocol, String detail) {
        static HoldView of(Hold h) {
            return new HoldView(h.kind().name(), h.protocol(), h.detail());
        }
    }

    /** The 409 answer: a problem document with the holds as an extension member. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "holds"})
    public record Refused(String type, String title, int status, String detail, List<HoldView> holds) {
    }

    /** The refusal's problem, its detail naming the first hold in the asker's language. */
    static Problem problemOf(AnonymisationRefusedException e) {
        Hold first = e.holds().get(0);
        return switch (first.kind()) {
            case OPEN_CASE -> Problem.coded("anonymisation-refused", 409, "OPEN_CASE", first.protocol(),
                    new Problem.Term("status." + first.detail()));
            case CALL_RECORD -> Problem.coded("anonymisation-refused", 409, "CALL_RECORD", first.protocol(),
                    first.detail());
            case LEGAL_HOLD -> first.protocol() != null
                    ? Problem.coded("anonymisation-refused", 409, "LEGAL_HOLD_CASE", first.protocol(), first.detail())
                    : Problem.coded("anonymisation-refused", 409, "LEGAL_HOLD_SUBJECT", first.detail());
        };
    }

    @Provider
    public static class AnonymisationRefused implements ExceptionMapper<AnonymisationRefusedException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(AnonymisationRefusedException e) {
            // Not a Problem entity, so ProblemLanguage does not see it: said in the asker's language here.
            Map.Entry<Problem, String> said = ProblemLanguage.said(problemOf(e),
                    headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            Problem p = said.getKey();
            return Response.status(409).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.CONTENT_LANGUAGE, said.getValue())
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .entity(new Refused(p.type(), p.title(), p.status(), p.detail(),
                            e.holds().stream().map(HoldView::of).toList()))
                    .build();
        }
    }

    @Provider
    public static class NoSuchSubject implements ExceptionMapper<SubjectNotFoundException> {
        @Override
        public Response toResponse(SubjectNotFoundException e) {
            return Problem.coded("subject-not-found", 404, "detail", e.maskedSubject()).toResponse();
        }
    }
}
