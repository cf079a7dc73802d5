package org.triagem.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The production server sets the application's own policy on every answer, /openapi/ui included. */
class SecurityPolicyConfigTest {

    @Test
    void theProductionServerSetsTheApplicationsStrictPolicyOnEveryAnswer() throws Exception {
        String production = Files.readString(Path.of("src/main/liberty/config/auth/jwt.xml"));

        assertThat(production).contains("<headers set=\"Content-Security-Policy: " + SecurityHeadersFilter.POLICY + "\"/>");
        assertThat(SecurityHeadersFilter.POLICY).doesNotContain("unsafe-inline").doesNotContain(",");
    }
}
