package org.triagem.domain.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A managed list accepts its active codes whatever their case, never a misspelling, never a retired entry. */
class CatalogueTest {

    private final Catalogue departments = new SeededCatalogues().retiring(CatalogueKind.DEPARTMENT, "Comercial")
            .current(CatalogueKind.DEPARTMENT);

    @Test
    void acceptsACodeWhateverItsCaseAndAnswersItAsTheListSpellsIt() {
        assertThat(departments.require("financeiro")).isEqualTo("Financeiro");
        assertThat(departments.require("  LOGÍSTICA ")).isEqualTo("Logística");
    }

    @Test
    void refusesADepartmentWithoutItsAccentAndListsTheAcceptedOnes() {
        assertThatThrownBy(() -> departments.require("Logistica"))
                .isInstanceOfSatisfying(NotInCatalogueException.class, e -> {
                    assertThat(e.refusals()).singleElement().satisfies(r -> {
                        assertThat(r.kind()).isEqualTo(CatalogueKind.DEPARTMENT);
                        assertThat(r.value()).isEqualTo("Logistica");
                        assertThat(r.known()).contains("Logística", "Financeiro").doesNotContain("Comercial");
                    });
                    assertThat(e.getMessage()).contains("Logistica").contains("Logística");
                });
    }

    @Test
    void aRetiredEntryIsFoundForOldCasesButNoLongerAccepted() {
        assertThat(departments.find("Comercial")).hasValueSatisfying(i -> assertThat(i.retired()).isTrue());
        assertThat(departments.accepts("Comercial")).isFalse();
        assertThat(departments.activeCodes()).doesNotContain("Comercial").hasSize(7);
    }

    @Test
    void blankOrMissingValuesAreNeverAccepted() {
        assertThat(departments.accepts(null)).isFalse();
        assertThat(departments.accepts(" ")).isFalse();
        assertThat(new Catalogue(CatalogueKind.ROOT_CAUSE, 0, List.of()).activeCodes()).isEmpty();
    }
}
