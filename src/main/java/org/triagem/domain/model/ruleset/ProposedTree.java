package org.triagem.domain.model.ruleset;

import java.util.List;
import java.util.Objects;

/**
 * A whole rules tree about to become a version: its rule and scenario files zipped as a version stores
 * them, the checksum of its rule files, and where it came from.
 *
 * @param checksum the SHA-256 of the rule files alone, in hex: editing a scenario does not change it
 * @param removedScenarios the server's scenarios the tree runs without, each as "file: name"
 */
public record ProposedTree(byte[] zip, String checksum, Source source, List<String> removedScenarios) {

    public ProposedTree {
        Objects.requireNonNull(zip);
        Objects.requireNonNull(checksum);
        Objects.requireNonNull(source);
        removedScenarios = List.copyOf(removedScenarios);
    }

    /** A tree that runs every scenario the server has. */
    public ProposedTree(byte[] zip, String checksum, Source source) {
        this(zip, checksum, source, List.of());
    }

    /**
     * Where a tree comes from decides whether it is checked before it compiles. An upload (a zip, or files
     * replaced in a stored version) is analyst content: it passes the template catalogue and the DRL
     * whitelist first, and a refused one is stored with its problems, invalid, so it never compiles,
     * activates or simulates. The deployed rules directory is reviewed like code (docs/security.md), so a
     * reload from it, though an analyst may trigger it, compiles what is there; {@code
     * UploadedDrlCheckTest} keeps the shipped tree passing the check anyway.
     */
    public enum Source {
        UPLOAD,
        DEPLOYED_DIRECTORY
    }
}
