package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.catalogue.CatalogueKind;
import org.triagem.domain.model.catalogue.NotInCatalogueException;
import org.triagem.domain.model.catalogue.SeededCatalogues;
import org.triagem.domain.model.complaint.Resolution;

/** What staff name on a case is checked against the lists and stored as the list spells it. */
class CatalogueChecksTest {

    private final CatalogueChecks checks = new CatalogueChecks();

    CatalogueChecksTest() {
        checks.catalogues = new SeededCatalogues();
    }

    @Test
    void aResolutionIsStoredWithTheCodesAsTheListsSpellThem() {
        Resolution r = checks.resolution(new Resolution("estorno", "COBRANCA-DUPLICADA", "feito"));

        assertThat(r).isEqualTo(new Resolution("ESTORNO", "cobranca-duplicada", "feito"));
    }

    @Test
    void anUnknownCodeAndAnUnknownRootCauseAreRefusedTogetherWithWhatIsAccepted() {
        assertThatThrownBy(() -> checks.resolution(new Resolution("RESOLVIDO", "cliente chato", null)))
                .isInstanceOfSatisfying(NotInCatalogueException.class, e -> {
                    assertThat(e.refusals()).extracting(NotInCatalogueException.Refusal::kind)
                            .containsExactly(CatalogueKind.RESOLUTION_CODE, CatalogueKind.ROOT_CAUSE);
                    assertThat(e.refusals().get(0).known()).contains("ESTORNO", "first-contact");
                    assertThat(e.refusals().get(1).known()).contains("cobranca-duplicada", "outros");
                });
    }

    @Test
    void aTransferTargetMustBeAnActiveDepartment() {
        checks.catalogues = new SeededCatalogues().retiring(CatalogueKind.DEPARTMENT, "Comercial");

        assertThat(checks.department("ouvidoria")).isEqualTo("Ouvidoria");
        assertThatThrownBy(() -> checks.department("Logistica")).isInstanceOf(NotInCatalogueException.class);
        assertThatThrownBy(() -> checks.department("Comercial")).isInstanceOf(NotInCatalogueException.class);
        assertThat(checks.knownDepartment("Vendas")).isEmpty();
    }
}
