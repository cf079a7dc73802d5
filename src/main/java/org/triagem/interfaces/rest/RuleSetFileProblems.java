package org.triagem.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.triagem.domain.model.ruleset.content.UnknownRuleFileException;

/** Failures of reading a version's files: a path the version does not hold. */
public final class RuleSetFileProblems {

    private RuleSetFileProblems() {
    }

    @Provider
    public static class UnknownRuleFile implements ExceptionMapper<UnknownRuleFileException> {
        @Override
        public Response toResponse(UnknownRuleFileException e) {
            return Problem.coded("ruleset-file-not-found", 404, "path", String.valueOf(e.version()), e.path())
                    .toResponse();
        }
    }
}
