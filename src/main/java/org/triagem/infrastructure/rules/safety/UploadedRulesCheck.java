package org.triagem.infrastructure.rules.safety;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.triagem.infrastructure.rules.RuleProblem;
import org.triagem.infrastructure.rules.RuleSetFiles;

/**
 * The check every uploaded rules tree passes before the compiler sees it: DRL files through
 * {@link DrlCheck}, decision tables through {@link DecisionTableCheck}. A file that is byte for byte the
 * deployed directory's file at the same path is not checked: that directory is reviewed like code, and
 * it may hold DRL that needs more than the whitelist (docs/security.md). Every other file is, whatever
 * its name or folder.
 */
public final class UploadedRulesCheck {

    /** Where the catalogue lives in the deployed rules directory. */
    public static final String CATALOGUE = "catalogue/templates.csv";

    private final TemplateCatalogue catalogue;
    private final RuleSetFiles deployed;

    private UploadedRulesCheck(TemplateCatalogue catalogue, RuleSetFiles deployed) {
        this.catalogue = catalogue;
        this.deployed = deployed;
    }

    /** The check as the server runs it: the catalogue and the trusted files from the deployed directory. */
    public static UploadedRulesCheck against(Path deployedRulesDir) {
        RuleSetFiles trusted = deployedRulesDir.toFile().isDirectory() ? RuleSetFiles.readFrom(deployedRulesDir)
                : new RuleSetFiles(Map.of());
        return new UploadedRulesCheck(TemplateCatalogue.readFrom(deployedRulesDir.resolve(CATALOGUE)), trusted);
    }

    /** Checks every file, trusting none: how the shipped tree is shown to pass (and how tests use it). */
    public static UploadedRulesCheck trustingNothing(Path catalogueFile) {
        return new UploadedRulesCheck(TemplateCatalogue.readFrom(catalogueFile), new RuleSetFiles(Map.of()));
    }

    /** Every reason to refuse the tree; empty when it may be compiled. */
    public List<RuleProblem> problemsIn(RuleSetFiles tree) {
        List<RuleProblem> problems = new ArrayList<>();
        tree.files().forEach((path, content) -> {
            if (!Arrays.equals(content, deployed.files().get(path))) {
                problems.addAll(problemsIn(path, content));
            }
        });
        return problems;
    }

    private List<RuleProblem> problemsIn(String path, byte[] content) {
        if (path.endsWith(".drl")) {
            return DrlCheck.uploadedDrl(new String(content, StandardCharsets.UTF_8)).stream()
                    .map(p -> new RuleProblem(path, p.line(), p.message())).toList();
        }
        return new DecisionTableCheck(catalogue).problemsIn(path, content);
    }
}
