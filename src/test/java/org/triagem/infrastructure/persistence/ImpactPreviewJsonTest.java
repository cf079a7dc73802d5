package org.triagem.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.impact.ImpactPreview;
import org.triagem.domain.model.impact.ImpactTally;
import org.triagem.domain.model.impact.Outcome;

/** A stored summary reads back as it was written, so activation on another node shows the same figures. */
class ImpactPreviewJsonTest {

    @Test
    void aStoredPreviewReadsBackWhole() throws Exception {
        ImpactTally tally = new ImpactTally();
        tally.record("20260000000014", new Outcome("Financeiro", "P3", "240/2880/7", "Cobrança", false),
                new Outcome("Comercial", "P3", "240/2880/7", "Cobrança", false));
        tally.record("20260000000022", new Outcome("Logística", "P3", "480/2880/7", null, false),
                new Outcome("Atendimento", "P2", "240/1440/7", null, true));
        OffsetDateTime started = OffsetDateTime.of(2026, 12, 6, 10, 0, 0, 0, ZoneOffset.UTC);
        ImpactPreview preview = new ImpactPreview(7, 5, 30, "ana", started, started.plusSeconds(12), tally.summary());

        try (Jsonb json = JsonbBuilder.create()) {
            ImpactPreview read = json.fromJson(json.toJson(preview), ImpactPreview.class);

            assertThat(read).isEqualTo(preview);
        }
    }
}
