package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triagem.infrastructure.rules.ScenarioRunner;

/**
 * Every sample complaint in {@code rules/scenarios/*.csv} gets the outcome its row expects: the same
 * gate a new rule-set version must pass before it becomes active.
 */
class ScenarioRulesTest {

    @Test
    void everyScenarioGetsTheOutcomeItExpects() {
        var failures = new ScenarioRunner().run(RulesFixture.rulesDir(), RulesFixture.rules());
        assertThat(failures).as("scenario failures").isEmpty();
    }
}
