package org.triagem.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application layer speaks the domain's language and reaches the engine, the database and the mail
 * through ports: no application class names an infrastructure type, in an import, a fully qualified name
 * or a Javadoc link. A plain scan of the sources, so it needs no library and reads like the rule.
 */
class ApplicationLayerTest {

    private static final Path APPLICATION = Path.of("src/main/java/org/triagem/application");
    private static final String INFRASTRUCTURE = "org.triagem.infrastructure";

    @Test
    void noApplicationClassNamesAnInfrastructureType() {
        assertThat(javaFilesUnder(APPLICATION)).as("the scan reads the application sources").hasSizeGreaterThan(40);

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

    /** Every line of a source file under {@code root} that names the infrastructure layer, as file:line: text. */
    private static List<String> mentionsOfInfrastructure(Path root) {
        List<String> mentions = new ArrayList<>();
        for (Path file : javaFilesUnder(root)) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(INFRASTRUCTURE)) {
                    mentions.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1) + ": "
                            + lines.get(i).strip());
                }
            }
        }
        return mentions;
    }

    private static List<Path> javaFilesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
