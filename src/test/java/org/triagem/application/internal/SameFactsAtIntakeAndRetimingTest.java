package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.domain.model.routing.SameComplaint.assertIsTheSameComplaint;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.triagem.application.WriteBehind;
import org.triagem.application.CaseClocks;
import org.triagem.application.ServiceCounters;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.IntakeReceipts;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.department.BusinessCalendars;
import org.triagem.domain.model.outbox.AcknowledgementComposer;
import org.triagem.domain.model.outbox.AcknowledgementQuota;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.routing.SameComplaint;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * The same complaint gives the rules the same fields when intake routes it and when its case is re-timed
 * later (a supervisor raises its priority, escalation moves it): both go through the real services.
 */
class SameFactsAtIntakeAndRetimingTest {

    private static final OffsetDateTime MONDAY_9AM = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    /** What the rules were asked about, in order. */
    private final List<Complaint> askedAbout = new ArrayList<>();

    private final List<Case> stored = new ArrayList<>();

    /** Maria's open cases: the earlier one, and the new one once intake has stored it. */
    private int openCasesOfMaria() {
        return SameComplaint.EARLIER_OPEN_CASES + stored.size();
    }

    @Test
    void intakeAndReTimingGiveTheRulesTheSameComplaint() {
        intake().register(SameComplaint.contact());
        Case opened = stored.get(0);
        clocks().retarget(opened, Priority.P2, opened.department(), "sofia", MONDAY_9AM.plusHours(1));

        assertThat(askedAbout).hasSize(2);
        assertIsTheSameComplaint(askedAbout.get(0));
        assertIsTheSameComplaint(askedAbout.get(1));
    }

    private DefaultIntakeService intake() {
        DefaultIntakeService intake = new DefaultIntakeService();
        intake.cases = stub(CaseRepository.class, Map.of(
                "nextProtocolSequences", args -> List.of(42L),
                "countOpenFor", args -> openCasesOfMaria(),
                "newestOpenFor", args -> Optional.empty(),
                "hasCaseOpenedSince", args -> false,
                "add", args -> stored.add((Case) args[0])));
        intake.receipts = stub(IntakeReceipts.class, Map.of(
                "claim", args -> true,
                "recordAll", args -> null));
        intake.routing = complaint -> {
            askedAbout.add(complaint);
            return new RoutingDecision("Cobrança", Set.of(), "Financeiro", Priority.P3, new SlaTargets(240, 1440, 7),
                    "v1", List.of(), null);
        };
        intake.counters = stub(ServiceCounters.class, Map.of("countSince", args -> null));
        intake.writes = stub(WriteBehind.class, Map.of());
        intake.quota = stub(AcknowledgementQuota.class, Map.of(
                "tally", args -> stub(AcknowledgementQuota.Tally.class, Map.of())));
        intake.acknowledgements = AcknowledgementComposer.brazilian();
        intake.codes = new CustomerCodes();
        intake.codes.codes = stub(org.triagem.domain.model.verification.VerificationCodes.class, Map.of());
        intake.clock = Clock.fixed(MONDAY_9AM.toInstant(), ZoneOffset.ofHours(-3));
        intake.clocks = new CaseClocks() {
            @Override
            public ClockSettings settingsFor(String department) {
                return ClockSettings.standard();
            }

            @Override
            public void retarget(org.triagem.domain.model.complaint.ProtocolNumber protocol, Priority priority,
                    String department, String actor) {
                throw new UnsupportedOperationException();
            }
        };
        intake.reopenWindowDays = 7;
        intake.repeatWindowMinutes = 1440;
        return intake;
    }

    private DefaultCaseClocks clocks() {
        DefaultCaseClocks clocks = new DefaultCaseClocks();
        clocks.cases = stub(CaseRepository.class, Map.of("countOpenFor", args -> openCasesOfMaria()));
        clocks.calendars = stub(BusinessCalendars.class, Map.of("of", args -> BusinessCalendar.standard()));
        clocks.slaRules = (complaint, category, tags, department, priority, current) -> {
            askedAbout.add(complaint);
            return current;
        };
        clocks.checkpointPercents = "50,80,100";
        clocks.repeatHours = 4;
        clocks.pausingClocks = "FIRST_RESPONSE,RESOLUTION";
        clocks.calendarCacheSeconds = 30;
        return clocks;
    }

    /**
     * A port that answers only what this test expects it to be asked; a void method not named does
     * nothing, any other question fails the test, so a new call to the port is noticed.
     */
    private static <T> T stub(Class<T> port, Map<String, Function<Object[], Object>> answers) {
        InvocationHandler handler = (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer != null) {
                return answer.apply(args);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getReturnType() == void.class) {
                return null;
            }
            throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName());
        };
        return port.cast(Proxy.newProxyInstance(SameFactsAtIntakeAndRetimingTest.class.getClassLoader(),
                new Class<?>[] {port}, handler));
    }
}
