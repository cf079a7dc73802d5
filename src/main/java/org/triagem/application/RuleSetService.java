package org.triagem.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Explanation;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyExplanation;
import org.triagem.domain.model.ruleset.RuleSetVersion;
import org.triagem.domain.model.ruleset.StoredTree;

/**
 * The analysts' rule-set versions: propose (validate and test), activate cluster-wide, roll back by
 * activating an older one, and simulate a complaint against any version.
 */
public interface RuleSetService {

    /**
     * Stores the zipped rules tree as a new version, compiled and tested. A tree that does not compile
     * is stored too, as invalid, with its problems. A zip without scenarios is tested against the
     * scenarios in the rules directory.
     *
     * @throws org.triagem.domain.model.ruleset.BadRuleSetArchiveException if it is not a zip of rules
     */
    RuleSetVersion propose(byte[] zip, String author, String comment);

    /**
     * Stores a new version made of an earlier one (the active one when {@code base} is empty) with some
     * files replaced or added, compiled and tested like {@link #propose}. A bare file name replaces its
     * namesake wherever it is in the tree; a path with a folder replaces or adds exactly that file.
     *
     * @throws org.triagem.domain.model.ruleset.BadRuleSetArchiveException if a name matches no file or
     *     several, or is not a rule or scenario file
     * @throws org.triagem.domain.model.ruleset.UnknownRuleSetVersionException if the base does not exist
     */
    RuleSetVersion proposeChanges(Map<String, byte[]> files, Optional<Long> base, String author, String comment);

    /**
     * Makes the version the active one on every node; this node switches when the transaction commits,
     * the others within a few seconds.
     *
     * @param overrideReason required when the version fails scenarios; recorded
     * @throws org.triagem.domain.model.ruleset.UnknownRuleSetVersionException if there is no such version
     * @throws org.triagem.domain.model.ruleset.RuleSetNotActivatableException if it is invalid, or red
     *     without a reason
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

    /** What a reload from disk did: {@code version} is empty when the directory was unchanged. */
    record DiskReload(Optional<RuleSetVersion> version, boolean activated) {
    }
}
