package org.triagem.infrastructure.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.RuleTrees;
import org.triagem.domain.model.ruleset.ProposedTree;
import org.triagem.domain.model.ruleset.ProposedTree.Source;

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
    public ProposedTree uploaded(byte[] zip) {
        RuleSetArchive candidate = RuleSetArchive.fromZip(zip);
        Path dir = Path.of(rulesDir);
        if (Files.isDirectory(dir)) {
            candidate = candidate.withScenariosFrom(RuleSetArchive.readFrom(dir));
        }
        return proposed(candidate, Source.UPLOAD);
    }

    @Override
    public ProposedTree changed(byte[] storedZip, Map<String, byte[]> replacements) {
        return proposed(RuleSetArchive.fromZip(storedZip).withReplaced(replacements), Source.UPLOAD);
    }

    private static ProposedTree proposed(RuleSetArchive tree, Source source) {
        return new ProposedTree(tree.toZip(), tree.rules().checksum(), source);
    }
}
