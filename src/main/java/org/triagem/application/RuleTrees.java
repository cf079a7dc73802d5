package org.triagem.application;

import java.util.Map;
import java.util.Optional;
import org.triagem.domain.model.ruleset.BadRuleSetArchiveException;
import org.triagem.domain.model.ruleset.ProposedTree;
import org.triagem.domain.model.ruleset.ScenarioRemoval;

/**
 * Where the rules trees proposed as versions come from: the deployed rules directory, an analyst's zip,
 * or a stored version with some files replaced. Each answer is the tree zipped as a version stores it.
 */
public interface RuleTrees {

    /** The rule and scenario files of the deployed rules directory. */
    ProposedTree deployed();

    /**
     * An uploaded zip of a rules tree, tested with the server's scenarios as well as its own: those of
     * {@code server} (the active version's zip), or of the deployed directory when there is no active
     * version yet. Only the scenarios {@code removal} names are left out.
     *
     * @throws BadRuleSetArchiveException if it is not a zip, holds no rule file, or has unsafe paths
     * @throws org.triagem.domain.model.ruleset.ScenarioRemovalException if it would shrink the server's
     *     scenarios without saying so
     */
    ProposedTree uploaded(byte[] zip, Optional<byte[]> server, ScenarioRemoval removal);

    /**
     * A stored tree with some files replaced or added, tested with the server's scenarios like {@link
     * #uploaded}. A bare file name replaces its namesake wherever it is in the tree; a path with a folder
     * replaces or adds exactly that file.
     *
     * @throws BadRuleSetArchiveException if a name matches no file or several, or is not a rule or
     *     scenario file
     */
    ProposedTree changed(byte[] storedZip, Map<String, byte[]> replacements, Optional<byte[]> server,
            ScenarioRemoval removal);
}
