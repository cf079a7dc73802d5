package org.triagem.infrastructure.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.RuleTrees;
import org.triagem.domain.model.ruleset.ProposedTree;
import org.triagem.domain.model.ruleset.ProposedTree.Source;
import org.triagem.domain.model.ruleset.ScenarioRemoval;
import org.triagem.domain.model.ruleset.ScenarioRemovalException;

/** The rules trees proposed as versions, read with {@link RuleSetArchive} and zipped as versions store them. */
@ApplicationScoped
public class ZippedRuleTrees implements RuleTrees {

    @Inject
    @ConfigProperty(name = "triagem.rules.dir")
    String rulesDir;

    @Override
    public ProposedTree deployed() {
        return proposed(RuleSetArchive.readFrom(Path.of(rulesDir)), Source.DEPLOYED_DIRECTORY);
    }

    @Override
    public ProposedTree uploaded(byte[] zip, Optional<byte[]> server, ScenarioRemoval removal) {
        return gated(RuleSetArchive.fromZip(zip), server, removal);
    }

    @Override
    public ProposedTree changed(byte[] storedZip, Map<String, byte[]> replacements, Optional<byte[]> server,
            ScenarioRemoval removal) {
        return gated(RuleSetArchive.fromZip(storedZip).withReplaced(replacements), server, removal);
    }

    /** The candidate with the server's scenarios joined in: the active version's, else the directory's. */
    private ProposedTree gated(RuleSetArchive candidate, Optional<byte[]> server, ScenarioRemoval removal) {
        Path dir = Path.of(rulesDir);
        RuleSetArchive reference = server.map(RuleSetArchive::fromZip)
                .orElseGet(() -> Files.isDirectory(dir) ? RuleSetArchive.readFrom(dir) : null);
        if (reference == null) {
            if (!removal.isEmpty()) {
                throw new ScenarioRemovalException(ScenarioRemovalException.Kind.UNKNOWN_SCENARIO,
                        String.join(", ", removal.names()));
            }
            return proposed(candidate, Source.UPLOAD);
        }
        RuleSetArchive.Gated gated = candidate.withServerScenarios(reference, removal);
        RuleSetArchive tree = gated.tree();
        return new ProposedTree(tree.toZip(), tree.rules().checksum(), Source.UPLOAD, gated.removed());
    }

    private static ProposedTree proposed(RuleSetArchive tree, Source source) {
        return new ProposedTree(tree.toZip(), tree.rules().checksum(), source);
    }
}
