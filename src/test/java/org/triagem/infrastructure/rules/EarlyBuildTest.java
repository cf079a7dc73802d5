package org.triagem.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.infrastructure.rules.RuleFixtures.complaint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules directory built while the server deploys: handed over once, and only for the same tree. */
class EarlyBuildTest {

    private static final String OWNERSHIP = """
            package ownership;
            import org.triagem.domain.model.routing.Decision;
            rule "Everything goes to Atendimento"
            when
                $d : Decision()
            then
                $d.assignTo( "Atendimento" );
            end
            """;

    @TempDir
    Path dir;

    @AfterEach
    void forgetTheBuild() {
        EarlyBuild.drop();
    }

    @Test
    void theInstalledVersionTakesTheBuildOfTheSameTreeUnderItsOwnLabel() throws IOException {
        String checksum = write(OWNERSHIP);

        EarlyBuild.startFrom(dir);
        CompiledRuleSet taken = EarlyBuild.take(checksum, "v7 " + checksum).orElseThrow();

        assertThat(taken.version()).isEqualTo("v7 " + checksum);
        assertThat(taken.evaluate(complaint("olá")).decision().getDepartment()).isEqualTo("Atendimento");
        assertThat(EarlyBuild.take(checksum, "v8")).as("handed over once").isEmpty();
    }

    @Test
    void anotherTreeIsBuiltAsBeforeAndTheGuessIsDropped() throws IOException {
        String checksum = write(OWNERSHIP);

        EarlyBuild.startFrom(dir);

        assertThat(EarlyBuild.take("sha256:another", "v2")).isEmpty();
        assertThat(EarlyBuild.take(checksum, "v1")).as("dropped at the first install").isEmpty();
    }

    @Test
    void aDirectoryThatDoesNotCompileLeavesTheBuildToTheCaller() throws IOException {
        String checksum = write("package ownership;\nrule \"broken\" when then nonsense( end\n");

        EarlyBuild.startFrom(dir);

        assertThat(EarlyBuild.take(checksum, "v1")).isEmpty();
    }

    @Test
    void aMissingDirectoryStartsNothing() {
        EarlyBuild.startFrom(dir.resolve("absent"));

        assertThat(EarlyBuild.take("anything", "v1")).isEmpty();
    }

    private String write(String drl) throws IOException {
        Files.createDirectories(dir.resolve("ownership"));
        Files.writeString(dir.resolve("ownership/ownership.drl"), drl);
        return RuleSetArchive.readFrom(dir).rules().checksum();
    }
}
