package org.triagem.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.domain.model.routing.SameComplaint.assertIsTheSameComplaint;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.SameComplaint;

/** A scenario row gives the rules the same complaint that intake would, one column to one field. */
class ScenarioFactsTest {

    @Test
    void aScenarioRowGivesTheRulesTheSameComplaintAsIntake() {
        assertIsTheSameComplaint(new Scenario(SameComplaint.scenarioRow()).complaint());
    }

    @Test
    void everyInputColumnReachesTheRules() {
        Complaint c = new Scenario(Map.ofEntries(Map.entry("channel", "phone"), Map.entry("subject", "s"),
                Map.entry("description", "d"), Map.entry("category_hint", "entrega"),
                Map.entry("ivr_choice", "financeiro"), Map.entry("earlier_open_cases", "2"),
                Map.entry("segment", "VIP"), Map.entry("customer_identified", "sim"),
                Map.entry("minutes_since_open_case", "15"), Map.entry("call_dropped", "sim"),
                Map.entry("callback_requested", "x"))).complaint();

        assertThat(SameComplaint.fieldsOf(c)).containsEntry("getCategoryHint", "entrega")
                .containsEntry("getIvrChoice", "financeiro").containsEntry("getEarlierOpenCases", 2)
                .containsEntry("getCustomerSegment", "VIP").containsEntry("isCustomerIdentified", true)
                .containsEntry("getMinutesSinceOpenCase", 15).containsEntry("isCallDropped", true)
                .containsEntry("isCallbackRequested", true);
        assertThat(Scenario.INPUT_COLUMNS).hasSize(12);
    }
}
