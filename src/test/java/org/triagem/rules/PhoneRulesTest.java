package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.rules.RulesFixture.decide;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.Complaint;

/** The phone rules, {@code rules/classification/phone.drl} and their rows in priority and SLA. */
class PhoneRulesTest {

    private static Complaint.Builder call() {
        return Complaint.builder().channel(Channel.PHONE).subject("Ligação: entrega")
                .description("Ligação recebida no SAC.").customerIdentified(true);
    }

    @Test
    void aCallWithinADayOfTheCallersOpenCaseIsARepeatCallAtLeastP2() {
        var result = decide(call().earlierOpenCases(1).minutesSinceOpenCase(90));
        assertThat(result.decision().getTags()).contains("rechamada");
        assertThat(result.decision().getPriority()).isEqualTo(Priority.P2);
        assertThat(result.firedRules()).contains("Rechamadas sobre um caso aberto são no mínimo P2");
    }

    @Test
    void aCallAboutANewMatterIsNoRepeatCall() {
        var result = decide(call().ivrChoice("Novo assunto").earlierOpenCases(1).minutesSinceOpenCase(90));
        assertThat(result.decision().getTags()).doesNotContain("rechamada");
    }

    @Test
    void aWebFormFromSomeoneWithAnOpenCaseIsNoRepeatCall() {
        var result = decide(Complaint.builder().channel(Channel.WEB_FORM).description("De novo")
                .customerIdentified(true).earlierOpenCases(1).minutesSinceOpenCase(5));
        assertThat(result.decision().getTags()).doesNotContain("rechamada");
    }

    @Test
    void aDroppedCallIsCalledBackWithin30Minutes() {
        var result = decide(call().callDropped(true));
        assertThat(result.decision().getTags()).contains("retorno");
        assertThat(result.decision().getSlaTargets().firstResponseMinutes()).isEqualTo(30);
    }

    @Test
    void aCallerWhoAsksForACallBackIsCalledBackWithin30Minutes() {
        var result = decide(call().callbackRequested(true));
        assertThat(result.decision().getSlaTargets().firstResponseMinutes()).isEqualTo(30);
    }
}
