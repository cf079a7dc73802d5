package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.triagem.application.RuleEngine;
import org.triagem.domain.model.catalogue.Catalogue;
import org.triagem.domain.model.catalogue.CatalogueKind;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.impact.Outcome;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.ComplaintFacts;
import org.triagem.domain.model.routing.CustomerFacts;
import org.triagem.domain.model.routing.Decision;
import org.triagem.domain.model.routing.Explanation;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyExplanation;
import org.triagem.domain.model.ruleset.BuildVerdict;
import org.triagem.domain.model.ruleset.ProposedTree;
import org.triagem.domain.model.ruleset.StoredTree;

/** A replayed decision ends where intake would have put the case, the safety net included. */
class ImpactReplayTest {

    private static final Catalogue DEPARTMENTS = new Catalogue(CatalogueKind.DEPARTMENT, 1, List.of(
            new Catalogue.Item("Financeiro", "Financeiro", "Finance", false),
            new Catalogue.Item("Comercial", "Comercial", "Sales", false),
            new Catalogue.Item("Expedição", "Expedição", "Shipping", true)));
    private static final Outcome FALLBACK = ImpactReplay.fallback("Atendimento", "P2", 240, 1440);
    private static final StoredTree VERSION = new StoredTree(4, "v4 sha256:0123", new byte[0]);
    private static final Complaint CHARGE = new ComplaintFacts(Channel.WEB_FORM, "Cobrança indevida",
            "Fui cobrada duas vezes", null, null, CustomerFacts.of(true, 0, null)).complaint();

    private static Outcome replay(Consumer<Decision> rules) {
        return new ImpactReplay(engineDeciding(rules), DEPARTMENTS, FALLBACK).decide(CHARGE, VERSION);
    }

    @Test
    void aCompleteDecisionIsTheOutcomeWithTheDepartmentAsTheListSpellsIt() {
        Outcome outcome = replay(d -> {
            d.classifyAs("Cobrança");
            d.assignTo("comercial");
            d.prioritize(Priority.P3);
            d.setSlaTargets(240, 2880, 7);
        });

        assertThat(outcome).isEqualTo(new Outcome("Comercial", "P3", "240/2880/7", "Cobrança", false));
    }

    @Test
    void aDecisionWithoutSlaTargetsFallsBack() {
        Outcome outcome = replay(d -> {
            d.assignTo("Financeiro");
            d.prioritize(Priority.P3);
        });

        assertThat(outcome).isEqualTo(new Outcome("Atendimento", "P2", "240/1440/7", null, true));
    }

    @Test
    void aRetiredOrUnknownDepartmentFallsBack() {
        assertThat(replay(d -> {
            d.assignTo("Expedição");
            d.prioritize(Priority.P1);
            d.setSlaTargets(60, 480, 7);
        }).fallback()).isTrue();
        assertThat(replay(d -> {
            d.assignTo("Logistca");
            d.prioritize(Priority.P1);
            d.setSlaTargets(60, 480, 7);
        }).department()).isEqualTo("Atendimento");
    }

    @Test
    void aRuleThatThrowsFallsBack() {
        Outcome outcome = replay(d -> {
            throw new IllegalStateException("a rule looped");
        });

        assertThat(outcome).isEqualTo(FALLBACK);
    }

    /** An engine whose every version decides by running {@code rules} on the worksheet. */
    private static RuleEngine engineDeciding(Consumer<Decision> rules) {
        return new RuleEngine() {
            @Override
            public Explanation explain(Complaint complaint, Optional<StoredTree> version) {
                Decision decision = new Decision();
                rules.accept(decision);
                return new Explanation(version.orElseThrow().label(), decision, List.of());
            }

            @Override
            public BuildVerdict build(StoredTree version, ProposedTree.Source source) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void prepare(StoredTree version) {
            }

            @Override
            public void install(StoredTree version) {
            }

            @Override
            public OptionalLong installedNumber() {
                return OptionalLong.empty();
            }

            @Override
            public void startupFinished() {
            }

            @Override
            public void startupFailed(RuntimeException cause) {
            }

            @Override
            public SurveyExplanation explainSurvey(ResolvedCase resolved, Optional<StoredTree> version) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
