package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scrape reader the metrics IT relies on. */
class PrometheusTextTest {

    private static final String SCRAPE = """
            # HELP triagem_intake_contacts_total Contacts received, by channel and outcome
            # TYPE triagem_intake_contacts_total counter
            triagem_intake_contacts_total{channel="web_form",mp_scope="application",outcome="new_case",} 3.0
            triagem_intake_contacts_total{channel="phone",mp_scope="application",outcome="new_case"} 1
            triagem_backlog_open{department="Log\\"ística\\\\ A\\nB",mp_scope="application",priority="P1",} 2.0
            triagem_rules_decision_seconds_bucket{le="+Inf",mp_scope="application",} 5.0 1712345678000
            triagem_rules_decision_seconds_max{mp_scope="application"} NaN
            triagem_quarantine_size 7.0
            """;

    private final PrometheusText text = PrometheusText.parse(SCRAPE);

    @Test
    void readsASampleByNameAndSomeOfItsLabels() {
        assertThat(text.value("triagem_intake_contacts_total", Map.of("channel", "web_form", "outcome", "new_case")))
                .isEqualTo(3.0);
        assertThat(text.value("triagem_intake_contacts_total", Map.of("channel", "phone"))).isEqualTo(1.0);
        assertThat(text.value("triagem_quarantine_size", Map.of())).isEqualTo(7.0);
    }

    @Test
    void readsEscapedLabelValuesInfinityNanAndTimestamps() {
        assertThat(text.find("triagem_backlog_open", Map.of("priority", "P1"))).singleElement()
                .satisfies(s -> assertThat(s.labels()).containsEntry("department", "Log\"ística\\ A\nB"));
        assertThat(text.find("triagem_rules_decision_seconds_bucket", Map.of())).singleElement()
                .satisfies(s -> assertThat(s.labels()).containsEntry("le", "+Inf"))
                .satisfies(s -> assertThat(s.value()).isEqualTo(5.0));
        assertThat(text.value("triagem_rules_decision_seconds_max", Map.of())).isNaN();
    }

    @Test
    void refusesAnAmbiguousOrMissingSample() {
        assertThatThrownBy(() -> text.value("triagem_intake_contacts_total", Map.of("outcome", "new_case")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("found 2");
        assertThatThrownBy(() -> text.value("triagem_outbox_pending", Map.of()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("found 0");
    }
}
