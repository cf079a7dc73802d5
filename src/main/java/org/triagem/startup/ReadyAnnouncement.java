package org.triagem.startup;

import com.ibm.websphere.logging.WsLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.infrastructure.rules.ActiveRuleSet;

/**
 * Writes the welcome message to the console when the rules are compiled (readiness turns UP then).
 * Logged at Liberty's AUDIT level: the console shows AUDIT and above, INFO only reaches messages.log.
 */
@ApplicationScoped
public class ReadyAnnouncement {

    private static final Logger LOG = Logger.getLogger(ReadyAnnouncement.class.getName());

    @Inject
    ActiveRuleSet rules;

    @Inject
    @ConfigProperty(name = "http.port", defaultValue = "9080")
    String httpPort;

    @Inject
    @ConfigProperty(name = "triagem.auth", defaultValue = "jwt")
    String auth;

    /** Called once the routes are started; the rules may still be building. */
    void announceWhenReady() {
        rules.whenReady().thenRun(() -> LOG.log(WsLevel.AUDIT,
                WelcomeMessage.render("http://localhost:" + httpPort + "/", demoUsers())));
    }

    /** Only the development registry has demo users; a production server lists none. */
    private DemoUsers demoUsers() {
        if (!"dev".equals(auth)) {
            return new DemoUsers(List.of());
        }
        Path registry = Path.of(System.getProperty("server.config.dir", "."), "auth", "dev.xml");
        try {
            return DemoUsers.read(registry);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "demo users not listed: " + e.getMessage());
            return new DemoUsers(List.of());
        }
    }
}
