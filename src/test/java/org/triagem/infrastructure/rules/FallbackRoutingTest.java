package org.triagem.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.RoutingDecision;

/** A faulty rule set must never lose a complaint: it goes to default triage, flagged. */
class FallbackRoutingTest {

    @TempDir
    Path rules;

    private DroolsRoutingDecisions routingWith(String ownershipDrl) throws IOException {
        Files.createDirectories(rules.resolve("ownership"));
        Files.writeString(rules.resolve("ownership/ownership.drl"), ownershipDrl);
        ActiveRuleSet active = new ActiveRuleSet();
        active.install(1, new RuleSetCompiler().compile(RuleSetFiles.readFrom(rules)));
        FallbackRouting fallback = new FallbackRouting();
        fallback.department = "Atendimento";
        fallback.priority = Priority.P2;
        fallback.firstResponseMinutes = 240;
        fallback.resolutionMinutes = 1440;
        DroolsRoutingDecisions routing = new DroolsRoutingDecisions();
        routing.ruleSet = active;
        routing.fallback = fallback;
        routing.catalogues = new org.triagem.domain.model.catalogue.SeededCatalogues();
        return routing;
    }

    private static Complaint complaint(String text) {
        return new Complaint(Channel.WEB_FORM, null, text, null, false);
    }

    @Test
    void aRuleThatThrowsSendsTheComplaintToDefaultTriageFlagged() throws IOException {
        DroolsRoutingDecisions routing = routingWith("""
                package ownership;
                import org.triagem.domain.model.routing.Decision;
                rule "A rule with a bug"
                when $d : Decision()
                then throw new IllegalStateException("division by zero in a consequence");
                end
                """);

        RoutingDecision decision = routing.decide(complaint("qualquer coisa"));

        assertThat(decision.isFallback()).isTrue();
        assertThat(decision.department()).isEqualTo("Atendimento");
        assertThat(decision.priority()).isEqualTo(Priority.P2);
        assertThat(decision.tags()).contains(FallbackRouting.RULES_ERROR_TAG);
        assertThat(decision.fallbackReason()).contains("rule evaluation failed")
                .contains("division by zero in a consequence");
        assertThat(decision.slaTargets().legalDays()).isEqualTo(7);
    }

    @Test
    void rulesThatLeaveTheDecisionIncompleteAlsoFallBackAndSayWhatIsMissing() throws IOException {
        DroolsRoutingDecisions routing = routingWith("""
                package ownership;
                import org.triagem.domain.model.routing.Decision;
                rule "Assigns but decides nothing else"
                when $d : Decision()
                then $d.assignTo("Financeiro");
                end
                """);

        RoutingDecision decision = routing.decide(complaint("cobrança"));

        assertThat(decision.isFallback()).isTrue();
        assertThat(decision.fallbackReason()).contains("priority");
        assertThat(decision.firedRules()).containsExactly("Assigns but decides nothing else");
    }

    @Test
    void aDepartmentNotInTheListSendsTheComplaintToDefaultTriageSayingWhich() throws IOException {
        DroolsRoutingDecisions routing = routingWith("""
                package ownership;
                import org.triagem.domain.model.routing.Decision;
                import org.triagem.domain.model.complaint.Priority;
                rule "Tudo para a Logistica sem acento"
                when $d : Decision()
                then $d.assignTo("Logistica"); $d.prioritize(Priority.P3); $d.setSlaTargets(240, 1440, 7);
                end
                """);

        RoutingDecision decision = routing.decide(complaint("minha entrega atrasou"));

        assertThat(decision.isFallback()).isTrue();
        assertThat(decision.department()).isEqualTo("Atendimento");
        assertThat(decision.fallbackReason()).contains("\"Logistica\"").contains("not in the list of departments");
        assertThat(decision.firedRules()).containsExactly("Tudo para a Logistica sem acento");
    }

    @Test
    void aDepartmentSpelledInAnotherCaseIsStoredAsTheListSpellsIt() throws IOException {
        DroolsRoutingDecisions routing = routingWith("""
                package ownership;
                import org.triagem.domain.model.routing.Decision;
                import org.triagem.domain.model.complaint.Priority;
                rule "Tudo para a ouvidoria"
                when $d : Decision()
                then $d.assignTo("OUVIDORIA"); $d.prioritize(Priority.P3); $d.setSlaTargets(240, 1440, 7);
                end
                """);

        RoutingDecision decision = routing.decide(complaint("qualquer coisa"));

        assertThat(decision.isFallback()).isFalse();
        assertThat(decision.department()).isEqualTo("Ouvidoria");
    }
}
