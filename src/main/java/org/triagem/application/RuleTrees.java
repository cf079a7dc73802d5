package org.triagem.application;

import java.util.Map;
import org.triagem.domain.model.ruleset.BadRuleSetArchiveException;
import org.triagem.domain.model.ruleset.ProposedTree;

/**
 * Where the rules trees proposed as versions come from: the deployed rules directory, an analyst's zip,
 * or a stored version with some files replaced. Each answer is the tree zipped as a version stores it.
 */
public interface RuleTrees {

    /** The rule and scenario files of the deployed rules directory. */
    ProposedTree deployed();

    /**
     * An uploaded zip of a rules tree, with the deployed directory's scenarios when it brings none.
     *
     * @throws BadRuleSetArchiveException if it is not a zip, holds no rule file, or has unsafe paths
     */
    ProposedTree uploaded(byte[] zip);

    /**
     * A stored tree with some files replaced or added. A bare file name replaces its namesake wherever
     * it is in the tree; a path with a folder replaces or adds exactly that file.
     *
     * @throws BadRuleSetArchiveException if a name matches no file or several, or is not a rule or
     *     scenario file
     */
    ProposedTree changed(byte[] storedZip, Map<String, byte[]> replacements);
}
