package org.triagem.application.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The per-department recipients setting. */
class DigestRecipientsTest {

    @Test
    void readsDepartmentsAndTheirAddresses() {
        DigestRecipients r = DigestRecipients.parse(
                " Financeiro = sofia@empresa.com.br, ana@empresa.com.br ;Logística=lucas@empresa.com.br;");

        assertThat(r.departments()).containsExactly("Financeiro", "Logística");
        assertThat(r.of("Financeiro")).containsExactly("sofia@empresa.com.br", "ana@empresa.com.br");
        assertThat(r.of("Logística")).containsExactly("lucas@empresa.com.br");
        assertThat(r.of("Ouvidoria")).isEmpty();
        assertThat(r.refused()).isEmpty();
    }

    @Test
    void aTypoCostsOneRecipientAndIsNamedMasked() {
        DigestRecipients r = DigestRecipients.parse("Financeiro=sofia@empresa.com.br,ana-empresa.com.br;=x@y.com;Ouvidoria");

        assertThat(r.of("Financeiro")).containsExactly("sofia@empresa.com.br");
        assertThat(r.departments()).containsExactly("Financeiro");
        assertThat(r.refused()).hasSize(3).allSatisfy(line -> assertThat(line).doesNotContain("ana-empresa"));
    }

    @Test
    void nothingConfiguredSendsNothing() {
        assertThat(DigestRecipients.parse("").departments()).isEmpty();
        assertThat(DigestRecipients.parse(null).departments()).isEmpty();
    }
}
