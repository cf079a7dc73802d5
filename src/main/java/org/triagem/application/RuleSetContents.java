package org.triagem.application;

import org.triagem.domain.model.ruleset.content.RuleFileContent;
import org.triagem.domain.model.ruleset.content.VersionDiff;

/**
 * What the analysts read of a stored version: its files, each as a table or text with its original
 * bytes, the whole version as the zip it is stored as, and the differences between two versions.
 * Reading changes nothing; editing goes through {@link RuleSetService#proposeChanges}.
 */
public interface RuleSetContents {

    /**
     * The version's rule and scenario files by path, in path order, with their original bytes; read
     * them one at a time with {@link #file}.
     *
     * @throws org.triagem.domain.model.ruleset.UnknownRuleSetVersionException if there is no such version
     */
    java.util.Map<String, byte[]> files(long version);

    /**
     * One file of a version.
     *
     * @throws org.triagem.domain.model.ruleset.content.UnknownRuleFileException if it has no such file
     */
    RuleFileContent file(long version, String path);

    /** The version's files as stored: a zip of the rules tree, byte for byte. */
    byte[] zip(long version);

    /** The differences from one version to another, file by file. */
    VersionDiff diff(long from, long to);
}
