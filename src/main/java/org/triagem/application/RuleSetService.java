package org.triagem.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Explanation;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyExplanation;
import org.triagem.domain.model.ruleset.RuleSetVersion;
import org.triagem.domain.model.ruleset.ScenarioRemoval;
import org.triagem.domain.model.ruleset.StoredTree;

/**
 * The analysts' rule-set versions: propose (validate and test), activate cluster-wide, roll back by
 * activating an older one, and simulate a complaint against any version.
 */
public interface RuleSetService {

    /**
     * Stores the zipped rules tree as a new version, compiled and tested. A tree that does not compile
     * is stored too, as invalid, with its problems. It is tested with the server's scenarios (the active
     * version's) as well as its own; a server scenario is left out only when {@code removal} names it.
     * A tree identical to a stored version (rule and scenario files) makes no new version: the answer is
     * that version, marked identical.
     *
     * @throws org.triagem.domain.model.ruleset.BadRuleSetArchiveException if it is not a zip of rules
     * @throws org.triagem.domain.model.ruleset.ScenarioRemovalException if it would drop a server scenario
     *     without naming it and giving a reason
     */
    Proposal submit(byte[] zip, String author, String comment, ScenarioRemoval removal);

    /** {@link #submit} removing no server scenario, answering the new or identical version. */
    default RuleSetVersion propose(byte[] zip, String author, String comment) {
        return submit(zip, author, comment, ScenarioRemoval.NONE).version();
    }

    /**
     * {@link #proposeChanges}, with the server's scenarios and the dedupe of {@link #submit}.
     */
    Proposal submitChanges(Map<String, byte[]> files, Optional<Long> base, String author, String comment,
            ScenarioRemoval removal);

    /**
     * Stores a new version made of an earlier one (the active one when {@code base} is empty) with some
     * files replaced or added, compiled and tested like {@link #propose}. A bare file name replaces its
     * namesake wherever it is in the tree; a path with a folder replaces or adds exactly that file.
     *
     * @throws org.triagem.domain.model.ruleset.BadRuleSetArchiveException if a name matches no file or
     *     several, or is not a rule or scenario file
     * @throws org.triagem.domain.model.ruleset.UnknownRuleSetVersionException if the base does not exist
     */
    default RuleSetVersion proposeChanges(Map<String, byte[]> files, Optional<Long> base, String author,
            String comment) {
        return submitChanges(files, base, author, comment, ScenarioRemoval.NONE).version();
    }

    /**
     * A second analyst approves activating a red version; where the server asks for it
     * ({@code triagem.rules.second-approval}), a red version activates only once approved.
     *
     * @throws org.triagem.domain.model.ruleset.RuleSetApprovalException if it is not red, or the approver
     *     proposed it
     */
    RuleSetVersion approve(long number, String approver);

    /**
     * Makes the version the active one on every node; this node switches when the transaction commits,
     * the others within a few seconds.
     *
     * @param overrideReason required when the version fails scenarios; recorded
     * @throws org.triagem.domain.model.ruleset.UnknownRuleSetVersionException if there is no such version
     * @throws org.triagem.domain.model.ruleset.RuleSetNotActivatableException if it is invalid, or red
     *     without a reason, or red without a required second approval
     */
    RuleSetVersion activate(long number, String actor, String overrideReason);

    /** Newest first. */
    List<RuleSetVersion> versions();

    /** @throws org.triagem.domain.model.ruleset.UnknownRuleSetVersionException if there is no such version */
    RuleSetVersion version(long number);

    /** The number of the version active cluster-wide, read from the database. */
    Optional<Long> activeNumber();

    /**
     * Development: proposes the rules directory as a new version when its checksum differs from the
     * active version's, and activates it when it is green.
     */
    DiskReload reloadFromDisk(String actor);

    /** On an empty table, stores the rules directory as version 1 and activates it. */
    void seedFromDiskIfEmpty();

    /**
     * The rules tree of a stored version, for the engine to install.
     *
     * @throws org.triagem.domain.model.ruleset.UnknownRuleSetVersionException if there is no such version
     * @throws org.triagem.domain.model.ruleset.RuleSetNotActivatableException if it does not compile
     */
    StoredTree tree(long number);

    /**
     * Decides a sample complaint without opening a case, with the version active on this node or the given
     * one, and explains the decision: the version label and the rules that fired, stage by stage.
     */
    Explanation simulate(Complaint complaint, Optional<Long> version);

    /**
     * Asks the survey rules about a sample resolved case, without a case or a survey, with the active
     * version or the given one.
     */
    SurveyExplanation simulateSurvey(ResolvedCase resolved, Optional<Long> version);

    /**
     * What a reload from disk did: {@code version} is empty when the directory equals the active version;
     * {@code identical} when it equals another stored version, which is {@code version}.
     */
    record DiskReload(Optional<RuleSetVersion> version, boolean activated, boolean identical) {

        public DiskReload(Optional<RuleSetVersion> version, boolean activated) {
            this(version, activated, false);
        }
    }

    /** A proposal's answer: the new version, or the stored one with the same content ({@code identical}). */
    record Proposal(RuleSetVersion version, boolean identical) {
    }
}
