package org.triagem.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagem.SourceScan;

/**
 * The application layer speaks the domain's language and reaches the engine, the database and the mail
 * through ports: no application class names an infrastructure type, in an import, a fully qualified name
 * or a Javadoc link ({@link SourceScan}).
 */
class ApplicationLayerTest {

    private static final Path APPLICATION = Path.of("src/main/java/org/triagem/application");
    private static final String INFRASTRUCTURE = "org.triagem.infrastructure";

    @Test
    void noApplicationClassNamesAnInfrastructureType() {
        assertThat(SourceScan.javaFilesUnder(APPLICATION)).as("the scan reads the application sources").hasSizeGreaterThan(40);

        assertThat(mentionsOfInfrastructure(APPLICATION)).isEmpty();
    }

    @Test
    void theScanFindsAnImportAndAFullyQualifiedName(@TempDir Path sources) throws IOException {
        Files.createDirectories(sources.resolve("internal"));
        Files.writeString(sources.resolve("internal/Leaky.java"), """
                package org.triagem.application.internal;

                import org.triagem.infrastructure.rules.CompiledRuleSet;

                class Leaky {
                    org.triagem.infrastructure.rules.ActiveRuleSet active;
                }
                """);
        Files.writeString(sources.resolve("Clean.java"), """
                package org.triagem.application;

                import org.triagem.domain.model.routing.Explanation;
                """);

        assertThat(mentionsOfInfrastructure(sources)).containsExactly(
                "internal/Leaky.java:3: import org.triagem.infrastructure.rules.CompiledRuleSet;",
                "internal/Leaky.java:6: org.triagem.infrastructure.rules.ActiveRuleSet active;");
    }

    private static List<String> mentionsOfInfrastructure(Path root) {
        return SourceScan.mentionsOf(INFRASTRUCTURE, root);
    }
}
