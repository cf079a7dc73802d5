package org.triagem.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every IT: deploys the packaged WAR to the managed Liberty and, before each test, waits
 * until the application reports ready, then offers an HTTP client on it.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedTriagem {

    @ArquillianResource
    URL base;

    Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TriagemDeployment.packagedWar();
    }

    @BeforeEach
    void waitUntilReady() {
        api = TriagemDeployment.readyApi(base);
    }

    /** The application's root URL, for a browser. */
    String rootUrl() {
        return "http://localhost:" + Integer.getInteger("it.http.port", base.getPort()) + "/";
    }
}
