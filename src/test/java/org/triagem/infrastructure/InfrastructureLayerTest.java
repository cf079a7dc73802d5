package org.triagem.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagem.SourceScan;

/**
 * Adapters serve the layers above and never call up into them: no infrastructure class names an
 * interfaces type ({@link SourceScan}). The channel seam (the gateway into Camel, the translators, the
 * quarantine step) lives in interfaces/channel; the Camel runtime here only starts the routes, which
 * reach those beans by name.
 */
class InfrastructureLayerTest {

    private static final Path INFRASTRUCTURE = Path.of("src/main/java/org/triagem/infrastructure");
    private static final String INTERFACES = "org.triagem.interfaces";

    @Test
    void noInfrastructureClassNamesAnInterfacesType() {
        assertThat(SourceScan.javaFilesUnder(INFRASTRUCTURE)).as("the scan reads the infrastructure sources")
                .hasSizeGreaterThan(40);

        assertThat(SourceScan.mentionsOf(INTERFACES, INFRASTRUCTURE)).isEmpty();
    }

    /** The shape of the step back up that the channel seam removed (issue 18). */
    @Test
    void theScanFindsAnAdapterThatCallsBackUp(@TempDir Path sources) throws IOException {
        Files.createDirectories(sources.resolve("camel"));
        Files.writeString(sources.resolve("camel/ChannelGateway.java"), """
                package org.triagem.infrastructure.camel;

                import org.triagem.interfaces.channel.ContactQuarantineStep;

                /** Reads the {@link org.triagem.interfaces.channel.QuarantineReason}. */
                class ChannelGateway {
                }
                """);

        assertThat(SourceScan.mentionsOf(INTERFACES, sources)).containsExactly(
                "camel/ChannelGateway.java:3: import org.triagem.interfaces.channel.ContactQuarantineStep;",
                "camel/ChannelGateway.java:5: /** Reads the {@link org.triagem.interfaces.channel.QuarantineReason}. */");
    }
}
