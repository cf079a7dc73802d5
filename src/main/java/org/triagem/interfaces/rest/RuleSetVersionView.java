package org.triagem.interfaces.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.triagem.domain.model.ruleset.CompileProblem;
import org.triagem.domain.model.ruleset.RuleSetVersion;
import org.triagem.domain.model.ruleset.ScenarioMismatch;

/**
 * A rule-set version as the API shows it. {@code label} is what the cases it routes record;
 * {@code problems} (compile errors) and {@code scenarioFailures} are listed in full only on the detail.
 * {@code removedScenarios} are the server's scenarios the version runs without ("file: name"), with the
 * proposer's {@code scenarioRemovalReason}; {@code approval} is the second analyst's, for a red version.
 * {@code identical} and {@code message} answer a proposal that made no version because a stored one has
 * the same files.
 */
public record RuleSetVersionView(
        long number,
        String label,
        String checksum,
        String author,
        OffsetDateTime createdAt,
        String comment,
        boolean valid,
        boolean green,
        int scenarioFailureCount,
        boolean active,
        OffsetDateTime lastActivatedAt,
        String lastActivatedBy,
        ActivationOverride override,
        List<CompileError> problems,
        List<Failure> scenarioFailures,
        List<String> removedScenarios,
        String scenarioRemovalReason,
        Approval approval,
        boolean identical,
        String message) {

    /**
     * A compile error where the analyst wrote it: the file relative to the rules tree, the sheet of a
     * workbook (blank otherwise), the line (spreadsheet row or DRL line; 0 if unknown), the column (a
     * spreadsheet letter, or a DRL character column; blank if unknown), what is wrong and what to do
     * (pt-BR), and the engine's own message for an expert (blank if none).
     */
    public record CompileError(String file, String sheet, int line, String column, String message, String detail) {
        static CompileError of(CompileProblem p) {
            return new CompileError(p.file(), p.sheet(), p.line(), p.column(), p.message(), p.detail());
        }
    }

    /** A scenario row decided differently from what it expects. */
    public record Failure(String file, int row, String field, String expected, String actual) {
        static Failure of(ScenarioMismatch f) {
            return new Failure(f.file(), f.row(), f.field(), f.expected(), f.actual());
        }
    }

    /** Who activated a red version anyway, when, and why. */
    public record ActivationOverride(String reason, String by, OffsetDateTime at) {
    }

    /** The second analyst who approved activating this red version, and when. */
    public record Approval(String by, OffsetDateTime at) {
    }

    /**
     * The answer to a proposal whose files equal a stored version's: that version, marked identical, with
     * a sentence saying no version was made.
     */
    RuleSetVersionView identicalProposal(String sentence) {
        return new RuleSetVersionView(number, label, checksum, author, createdAt, comment, valid, green,
                scenarioFailureCount, active, lastActivatedAt, lastActivatedBy, override, problems, scenarioFailures,
                removedScenarios, scenarioRemovalReason, approval, true, sentence);
    }

    static RuleSetVersionView summary(RuleSetVersion v, boolean active) {
        return of(v, active, false);
    }

    static RuleSetVersionView detail(RuleSetVersion v, boolean active) {
        return of(v, active, true);
    }

    private static RuleSetVersionView of(RuleSetVersion v, boolean active, boolean detail) {
        return new RuleSetVersionView(v.number(), v.label(), v.checksum(), v.author(), v.createdAt(), v.comment(),
                v.isValid(), v.isGreen(), v.scenarioFailures().size(), active, v.lastActivatedAt(),
                v.lastActivatedBy(),
                v.overrideReason() == null ? null
                        : new ActivationOverride(v.overrideReason(), v.overrideBy(), v.overrideAt()),
                detail ? v.problems().stream().map(CompileError::of).toList() : null,
                detail ? v.scenarioFailures().stream().map(Failure::of).toList() : null,
                v.removedScenarios(), v.scenarioRemovalReason(),
                v.approvedBy() == null ? null : new Approval(v.approvedBy(), v.approvedAt()), false, null);
    }
}
