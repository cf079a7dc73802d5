package org.triagem.interfaces.channel;

import java.nio.file.Path;
import java.util.Arrays;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/** The real route files, from {@code routes/} (or {@code -Dtriagem.routes.dir}), loaded into a test's Camel. */
final class RouteFiles {

    private RouteFiles() {
    }

    /** @param names route files without {@code .camel.yaml}, such as {@code "intake"} */
    static void load(CamelContext camel, String... names) throws Exception {
        Path routes = Path.of(System.getProperty("triagem.routes.dir", "routes"));
        Resource[] files = Arrays.stream(names)
                .map(name -> ResourceHelper.resolveResource(camel, "file:" + routes.resolve(name + ".camel.yaml")))
                .toArray(Resource[]::new);
        PluginHelper.getRoutesLoader(camel).loadRoutes(files);
    }
}
