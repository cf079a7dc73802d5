package org.triagem.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.triagem.domain.model.ruleset.RuleSetApprovalException;
import org.triagem.domain.model.ruleset.RuleSetNotActivatableException;
import org.triagem.domain.model.ruleset.ScenarioRemovalException;
import org.triagem.domain.model.ruleset.UnknownRuleSetVersionException;
import org.triagem.domain.model.ruleset.BadRuleSetArchiveException;
import org.triagem.domain.model.ruleset.RulesUnavailableException;

/**
 * Failures of the analysts' rule-set administration: unknown, unusable or unreadable versions, and
 * rules not ready yet. Each maps one exception to problem+json.
 */
public final class RuleSetProblems {

    private RuleSetProblems() {
    }

    @Provider
    public static class UnknownRuleSet implements ExceptionMapper<UnknownRuleSetVersionException> {
        @Override
        public Response toResponse(UnknownRuleSetVersionException e) {
            return Problem.of("ruleset-not-found", "Rule-set version not found", 404, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class NotActivatable implements ExceptionMapper<RuleSetNotActivatableException> {
        @Override
        public Response toResponse(RuleSetNotActivatableException e) {
            return Problem.of("ruleset-not-activatable", "Rule-set version cannot be activated", 409, e.getMessage())
                    .toResponse();
        }
    }

    /** A missing or refused second approval: its own sentence per case, in the asker's language. */
    @Provider
    public static class Approval implements ExceptionMapper<RuleSetApprovalException> {
        @Override
        public Response toResponse(RuleSetApprovalException e) {
            return Problem.coded("ruleset-approval", 409, e.kind().name(), "v" + e.number()).toResponse();
        }
    }

    /** A proposal that would shrink the server's scenarios without naming them and saying why. */
    @Provider
    public static class ScenarioRemoval implements ExceptionMapper<ScenarioRemovalException> {
        @Override
        public Response toResponse(ScenarioRemovalException e) {
            return Problem.coded("scenario-removal", 400, e.kind().name(), e.subject()).toResponse();
        }
    }

    @Provider
    public static class BadRuleSetArchive implements ExceptionMapper<BadRuleSetArchiveException> {
        @Override
        public Response toResponse(BadRuleSetArchiveException e) {
            return Problem.of("bad-ruleset-zip", "Not a zip of a rules tree", 400, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class RulesUnavailable implements ExceptionMapper<RulesUnavailableException> {
        @Override
        public Response toResponse(RulesUnavailableException e) {
            return Response.fromResponse(Problem.of("rules-unavailable", "Rules unavailable", 503, e.getMessage())
                    .toResponse()).header("Retry-After", "10").build();
        }
    }
}
