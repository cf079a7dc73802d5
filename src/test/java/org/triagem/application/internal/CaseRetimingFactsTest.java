package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.department.BusinessCalendars;
import org.triagem.domain.model.department.DepartmentCalendar;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * Re-timing a case asks the {@code sla} rules again: they must read the complaint the consumer made, the
 * category picked on the web form included, or a rule on that hint decides otherwise than at intake.
 */
class CaseRetimingFactsTest {

    private static final OffsetDateTime MONDAY_9AM = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    private final List<Complaint> askedAbout = new ArrayList<>();

    @Test
    void reTimingGivesTheSlaRulesTheCategoryTheConsumerPickedOnTheForm() {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, "form-1",
                new Customer("Maria", "maria@example.com", null, null), "Ajuda", "Preciso de ajuda com minha conta.",
                "cobranca");
        Case theCase = Case.open(ProtocolNumber.issue(2026, 7), contact, routedTo("Financeiro"),
                ClockSettings.standard(), MONDAY_9AM);

        clocks().retarget(theCase, Priority.P2, "Financeiro", "supervisor", MONDAY_9AM.plusHours(1));

        assertThat(askedAbout).singleElement().satisfies(complaint -> {
            assertThat(complaint.getCategoryHint()).isEqualTo("cobranca");
            assertThat(complaint.hinted("Cobrança")).isTrue();
        });
    }

    private static RoutingDecision routedTo(String department) {
        // The text alone says nothing of charges: the hint is the only sign of them.
        return new RoutingDecision("Outros", Set.of(), department, Priority.P3, new SlaTargets(240, 1440, 7), "v1",
                List.of(), null);
    }

    private DefaultCaseClocks clocks() {
        DefaultCaseClocks clocks = new DefaultCaseClocks();
        clocks.cases = (CaseRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CaseRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("countOpenFor")) {
                        return 1; // the case being re-timed
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        clocks.calendars = new BusinessCalendars() {
            @Override
            public BusinessCalendar of(String department) {
                return BusinessCalendar.standard();
            }

            @Override
            public Optional<DepartmentCalendar> find(String department) {
                return Optional.empty();
            }

            @Override
            public void add(DepartmentCalendar calendar) {
            }
        };
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
}
