package org.triagem.it;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR under test, and readiness. */
final class TriagemDeployment {

    private TriagemDeployment() {
    }

    /**
     * The packaged application, renamed: a leftover dev deployment named {@code triagem} must never
     * be confused with the one under test.
     */
    static WebArchive packagedWar() {
        WebArchive packaged = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/triagem.war"));
        return ShrinkWrap.create(WebArchive.class, "triagem-it.war").merge(packaged);
    }

    /**
     * The application's root: context root "/" (WEB-INF/ibm-web-ext.xml) on the IT server's port,
     * waiting until readiness is UP, which it is once the rules are compiled and the routes run.
     */
    static Api readyApi(URL arquillianUrl) {
        String root = "http://localhost:" + Integer.getInteger("it.http.port", arquillianUrl.getPort()) + "/";
        Api api = new Api(URI.create(root));
        URI health = URI.create(root + "health/ready");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.getAbsolute(health).status() == 200);
        return api;
    }
}
