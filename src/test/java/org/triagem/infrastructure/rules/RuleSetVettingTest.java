package org.triagem.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagem.domain.model.ruleset.BadRuleSetArchiveException;

/** The gate in front of activation: compile problems with file and line, then scenario failures. */
class RuleSetVettingTest {

    private static final Path RULES = Path.of(System.getProperty("triagem.rules.dir", "rules"));

    private final RuleSetVetting vetting = new RuleSetVetting(new RuleSetCompiler());

    @Test
    void theRealRulesTreeCompilesAndPassesItsScenarios() {
        RuleSetVetting.Verdict verdict = vetting.vet(RuleSetArchive.readFrom(RULES), "v1 sha256:x");

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.failures()).isEmpty();
        assertThat(verdict.compiled().version()).isEqualTo("v1 sha256:x");
    }

    @Test
    void aBrokenDrlIsReportedWithItsFileAndLine(@TempDir Path tree) throws IOException {
        copyRules(tree);
        Files.writeString(tree.resolve("priority/broken.drl"), """
                package priority;

                rule "Half a rule"
                when
                    this is not drl
                then
                end
                """);

        RuleSetVetting.Verdict verdict = vetting.vet(RuleSetArchive.readFrom(tree), "v2 sha256:x");

        assertThat(verdict.compiles()).isFalse();
        assertThat(verdict.problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("priority/broken.drl"))
                .anySatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void aChangedOwnershipRowIsCaughtByTheScenarios(@TempDir Path tree) throws IOException {
        copyRules(tree);
        Path table = tree.resolve("ownership/ownership.drl.csv");
        Files.writeString(table, Files.readString(table).replace(",,Cobrança,,Financeiro", ",,Cobrança,,Comercial"));

        RuleSetVetting.Verdict verdict = vetting.vet(RuleSetArchive.readFrom(tree), "v2 sha256:x");

        assertThat(verdict.compiles()).isTrue();
        assertThat(verdict.failures()).isNotEmpty()
                .anySatisfy(f -> {
                    assertThat(f.file()).isEqualTo("scenarios/intake.csv");
                    assertThat(f.field()).isEqualTo("expected_department");
                    assertThat(f.actual()).isEqualTo("Comercial");
                });
    }

    @Test
    void aZippedRulesFolderReadsBackAsTheSameTreeWithTheSameChecksum() {
        RuleSetArchive disk = RuleSetArchive.readFrom(RULES);
        Map<String, byte[]> underTopFolder = new TreeMap<>();
        disk.files().forEach((path, content) -> underTopFolder.put("rules/" + path, content));

        RuleSetArchive unzipped = RuleSetArchive.fromZip(new RuleSetArchive(underTopFolder).toZip());

        assertThat(unzipped.files().keySet()).isEqualTo(disk.files().keySet());
        assertThat(unzipped.rules().checksum()).isEqualTo(disk.rules().checksum());
        assertThat(unzipped.scenarios()).containsKey("scenarios/intake.csv");
    }

    @Test
    void refusesWhatIsNotAZipOfRules() {
        assertThatThrownBy(() -> RuleSetArchive.fromZip("not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BadRuleSetArchiveException.class);
        byte[] noRules = new RuleSetArchive(Map.of("README.md", new byte[] {1})).toZip();
        assertThatThrownBy(() -> RuleSetArchive.fromZip(noRules)).isInstanceOf(BadRuleSetArchiveException.class);
        byte[] escaping = new RuleSetArchive(Map.of("../priority/x.drl", new byte[] {1})).toZip();
        assertThatThrownBy(() -> RuleSetArchive.fromZip(escaping)).isInstanceOf(BadRuleSetArchiveException.class)
                .hasMessageContaining("unsafe path");
    }

    static void copyRules(Path target) {
        RuleSetArchive.readFrom(RULES).files().forEach((path, content) -> {
            try {
                Path file = target.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
