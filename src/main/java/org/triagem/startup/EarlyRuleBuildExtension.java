package org.triagem.startup;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.triagem.infrastructure.rules.EarlyBuild;

/**
 * Starts compiling the rules directory as soon as the CDI container starts, seconds before the
 * application's own start-up code can run (see {@link EarlyBuild}). A portable extension is the
 * earliest hook a Jakarta EE application has. {@code triagem.rules.early-build=false} turns it off.
 */
public class EarlyRuleBuildExtension implements Extension {

    void startBuilding(@Observes BeforeBeanDiscovery event) {
        Config config = ConfigProvider.getConfig();
        if (config.getOptionalValue("triagem.rules.early-build", Boolean.class).orElse(true)) {
            config.getOptionalValue("triagem.rules.dir", String.class).map(Path::of).ifPresent(EarlyBuild::startFrom);
        }
    }
}
