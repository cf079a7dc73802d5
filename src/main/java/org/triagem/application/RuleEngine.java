package org.triagem.application;

import java.util.Optional;
import java.util.OptionalLong;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Explanation;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyExplanation;
import org.triagem.domain.model.ruleset.BuildVerdict;
import org.triagem.domain.model.ruleset.ProposedTree;
import org.triagem.domain.model.ruleset.RulesUnavailableException;
import org.triagem.domain.model.ruleset.StoredTree;

/**
 * The engine that runs the analysts' rules, as rule-set administration sees it: it builds a stored
 * version's tree, installs one as the version this node decides with, and explains what a version decides.
 * Which version is active cluster-wide is not its business: that is a pointer in the database, which the
 * application follows. Building takes seconds, so the engine keeps the last few versions it built, by
 * number.
 */
public interface RuleEngine {

    /**
     * Compiles the tree under the version's label and runs its scenarios. An upload is first checked
     * against the template catalogue, the DRL whitelist and the managed list of departments (every
     * department its rules can send a case to); a refused one never reaches the compiler.
     */
    BuildVerdict build(StoredTree version, ProposedTree.Source source);

    /**
     * Makes sure the version is built, so that it can be installed the moment its activation commits.
     *
     * @throws RuntimeException if it does not compile (a version stored by an older release may not)
     */
    void prepare(StoredTree version);

    /** Makes the version the one this node decides with; complaints being decided finish on theirs. */
    void install(StoredTree version);

    /** The number of the version this node decides with, if one is installed yet. */
    OptionalLong installedNumber();

    /**
     * Start-up is over without an error: a build made early and not taken is dropped, and if no version
     * could be installed, readiness says so.
     */
    void startupFinished();

    /** Start-up failed: readiness reports the cause until a version is installed. */
    void startupFailed(RuntimeException cause);

    /**
     * Decides a sample complaint without opening a case and says which rules fired, stage by stage.
     *
     * @param version a stored version, or empty for the one this node decides with
     * @throws RulesUnavailableException if no version is installed yet and none was given
     */
    Explanation explain(Complaint complaint, Optional<StoredTree> version);

    /**
     * Asks the survey rules about a sample resolved case, without a case or a survey.
     *
     * @param version a stored version, or empty for the one this node decides with
     * @throws RulesUnavailableException if no version is installed yet and none was given
     */
    SurveyExplanation explainSurvey(ResolvedCase resolved, Optional<StoredTree> version);
}
