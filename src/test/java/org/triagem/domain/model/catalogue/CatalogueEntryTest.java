package org.triagem.domain.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** An entry keeps its code for life; its labels change, and it is retired, never deleted. */
class CatalogueEntryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(-3));

    @Test
    void aNewEntryIsActiveWithItsLabelsTrimmed() {
        CatalogueEntry e = new CatalogueEntry(CatalogueKind.DEPARTMENT, " Logística ", " Logística ", " ");

        assertThat(e.code()).isEqualTo("Logística");
        assertThat(e.state()).isEqualTo(new EntryState("Logística", null, false));
        assertThat(CatalogueEntry.keyOf("Logística")).isEqualTo("logística");
    }

    @Test
    void aCodeThatCouldBreakARuleCellOrAPathIsRefused() {
        for (String bad : new String[] {"", "a\"b", "a\\b", "a,b", "a/b", "a\nb", "x".repeat(81)}) {
            assertThatThrownBy(() -> new CatalogueEntry(CatalogueKind.ROOT_CAUSE, bad, "Rótulo", null))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("code");
        }
        assertThatThrownBy(() -> new CatalogueEntry(CatalogueKind.ROOT_CAUSE, "ok", " ", null))
                .hasMessageStartingWith("label");
    }

    @Test
    void relabellingSaysWhetherAnythingChanged() {
        CatalogueEntry e = new CatalogueEntry(CatalogueKind.RESOLUTION_CODE, "ESTORNO", "Estorno", null);

        assertThat(e.relabel("Estorno", null)).isFalse();
        assertThat(e.relabel("Estorno feito", "Refund issued")).isTrue();
        assertThat(e.state()).isEqualTo(new EntryState("Estorno feito", "Refund issued", false));
        assertThat(e.code()).isEqualTo("ESTORNO");
    }

    @Test
    void retiringAndReinstatingHappenOnceEach() {
        CatalogueEntry e = new CatalogueEntry(CatalogueKind.ROOT_CAUSE, "sistema", "Falha de sistema", null);

        assertThat(e.retire(NOW)).isTrue();
        assertThat(e.retire(NOW.plusDays(1))).isFalse();
        assertThat(e.retiredAt()).isEqualTo(NOW);
        assertThat(e.item().retired()).isTrue();
        assertThat(e.reinstate()).isTrue();
        assertThat(e.reinstate()).isFalse();
        assertThat(e.isRetired()).isFalse();
    }
}
