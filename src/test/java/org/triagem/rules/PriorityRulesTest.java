package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.rules.RulesFixture.decide;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Priority;

/** The priority rules, {@code rules/priority/priority.drl}. */
class PriorityRulesTest {

    @Test
    void raisesComplaintsMentioningProconToP1() {
        var result = decide("Vou ao PROCON", "Ninguém resolve meu problema");
        assertThat(result.decision().getPriority()).isEqualTo(Priority.P1);
        assertThat(result.firedRules()).contains("Complaints that mention Procon are P1");
    }

    @Test
    void leavesOrdinaryComplaintsAtP3() {
        assertThat(decide("Atraso", "Meu pedido atrasou um dia").decision().getPriority())
                .isEqualTo(Priority.P3);
    }

    @Test
    void doesNotMistakeAWordContainingProconForProcon() {
        assertThat(decide(null, "proconsul é uma palavra").decision().getPriority()).isEqualTo(Priority.P3);
    }
}
