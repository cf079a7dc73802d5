package org.triagem.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.triagem.infrastructure.camel.CamelRuntime;
import org.triagem.infrastructure.rules.ActiveRuleSet;

/** DOWN until the first rule set is compiled and the Camel routes have started. */
@Readiness
@ApplicationScoped
public class IntakeReadiness implements HealthCheck {

    @Inject
    ActiveRuleSet rules;

    @Inject
    CamelRuntime camel;

    @Override
    public HealthCheckResponse call() {
        boolean rulesReady = rules.isReady();
        boolean routesReady = camel.isStarted();
        return HealthCheckResponse.named("intake")
                .status(rulesReady && routesReady)
                .withData("rules", rulesReady ? "compiled" : "building")
                .withData("routes", routesReady ? "started" : "stopped")
                .build();
    }
}
