package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triagem.domain.model.routing.SameComplaint.assertIsTheSameComplaint;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.application.CaseNotFoundException;
import org.triagem.application.ComplaintSimulation;
import org.triagem.application.RuleSetService;
import org.triagem.application.SimulationSample;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Decision;
import org.triagem.domain.model.routing.Explanation;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.routing.SameComplaint;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * A simulation gives the rules the complaint intake would give them: the customer identified as at
 * intake, their open cases counted in the case base unless the analyst states them, and an earlier case
 * as it was first taken in.
 */
class DefaultComplaintSimulationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    private final List<Complaint> decided = new ArrayList<>();
    private final List<Case> stored = new ArrayList<>();

    private SimulationSample maria(Integer earlierOpenCases) {
        return new SimulationSample(Channel.WEB_FORM, SameComplaint.SUBJECT, SameComplaint.DESCRIPTION,
                SameComplaint.CATEGORY_HINT, null, new Customer("Maria", null, SameComplaint.PHONE, null),
                earlierOpenCases, null, null);
    }

    @Test
    void anIdentifiedCustomersOpenCasesAreCountedAsIntakeCountsThem() {
        simulation().simulate(maria(null), Optional.empty());

        assertIsTheSameComplaint(decided.get(0));
    }

    @Test
    void theAnalystsCountOfOpenCasesWinsOverTheCaseBase() {
        simulation().simulate(maria(3), Optional.empty());

        assertThat(decided.get(0).getEarlierOpenCases()).isEqualTo(3);
        assertThat(decided.get(0).isCustomerIdentified()).isTrue();
    }

    @Test
    void anEarlierCaseIsDecidedOnItsFactsAsTakenInAndSaysHowItWasRoutedThen() {
        Case earlier = Case.open(ProtocolNumber.issue(2026, 41), SameComplaint.contact(),
                new RoutingDecision("Outros", Set.of(), "Atendimento", Priority.P3, new SlaTargets(240, 1440, 7), "v1",
                        List.of(), null), ClockSettings.standard(), NOW.minusDays(2));
        stored.add(earlier);

        ComplaintSimulation.Simulated simulated = simulation().simulate(SimulationSample.ofCase(earlier.protocol()),
                Optional.empty());

        // Two open cases of hers in the base, this one among them: one other, as when it came in.
        assertIsTheSameComplaint(decided.get(0));
        assertThat(simulated.earlier()).hasValueSatisfying(then -> {
            assertThat(then.department()).isEqualTo("Atendimento");
            assertThat(then.ruleSetVersion()).isEqualTo("v1");
        });
    }

    @Test
    void anUnknownEarlierCaseIsNotFound() {
        assertThatThrownBy(() -> simulation().simulate(SimulationSample.ofCase(ProtocolNumber.issue(2026, 99)),
                Optional.empty())).isInstanceOf(CaseNotFoundException.class);
    }

    private DefaultComplaintSimulation simulation() {
        DefaultComplaintSimulation simulation = new DefaultComplaintSimulation();
        simulation.clock = Clock.fixed(Instant.from(NOW), ZoneOffset.UTC);
        simulation.repeatWindowMinutes = 1440;
        simulation.cases = (CaseRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CaseRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> stored.stream().filter(c -> c.protocol().equals(args[0])).findFirst();
                    case "countOpenFor" -> 2;
                    case "openCasesOf" -> new CaseRepository.OpenCases(1, Optional.empty());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        simulation.rulesets = (RuleSetService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RuleSetService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("simulate")) {
                        decided.add((Complaint) args[0]);
                        return new Explanation("v9 sha256:0", new Decision(), List.of());
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return simulation;
    }
}
