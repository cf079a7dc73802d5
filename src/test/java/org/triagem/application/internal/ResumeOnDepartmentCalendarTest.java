package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.application.Actor;
import org.triagem.application.CaseClocks;
import org.triagem.application.CaseCommand;
import org.triagem.application.ServiceCounters;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseFilter;
import org.triagem.domain.model.complaint.CasePage;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.CaseRepository.AssignedOpenCases;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.department.WorkingHours;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaPolicy;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * Issue 18: a case that waited on the customer, put back to work by staff, resumes its clocks on its
 * department's calendar, not on the default one. The Ouvidoria here works 09:00 to 13:00; the default
 * calendar works 08:00 to 18:00, so the two give different due times for the same minutes left.
 */
class ResumeOnDepartmentCalendarTest {

    private static final OffsetDateTime MONDAY_9AM = sp(23, 9, 0);
    private static final ClockSettings OUVIDORIA = new ClockSettings(mornings(), SlaPolicy.DEFAULT);
    private static final Actor ANA = new Actor("ana", Set.of(Actor.Role.AGENT), Set.of("Ouvidoria"));

    private final Case theCase = Case.open(ProtocolNumber.issue(2026, 18), contact(), decision(), OUVIDORIA,
            MONDAY_9AM);

    private static OffsetDateTime sp(int day, int hour, int minute) {
        return OffsetDateTime.of(2026, 11, day, hour, minute, 0, 0, ZoneOffset.ofHours(-3));
    }

    private static BusinessCalendar mornings() {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, new WorkingHours(LocalTime.of(9, 0), LocalTime.of(13, 0)));
        }
        return new BusinessCalendar(BusinessCalendar.SAO_PAULO, week, List.of());
    }

    private static IncomingContact contact() {
        return new IncomingContact(Channel.WEB_FORM, null, new Customer("Maria", "maria@example.com", null, null),
                "Procon", "Vou ao Procon", null);
    }

    private static RoutingDecision decision() {
        return new RoutingDecision("legal", Set.of("procon"), "Ouvidoria", Priority.P2, new SlaTargets(240, 1440, 7),
                "v1", List.of(), null);
    }

    /** The work service as production wires it, at a fixed time, over this one case. */
    private DefaultCaseWorkService serviceAt(OffsetDateTime now) {
        DefaultCaseWorkService service = new DefaultCaseWorkService();
        service.cases = new OneCase(theCase);
        service.clocks = new CaseClocks() {
            @Override
            public ClockSettings settingsFor(String department) {
                return "Ouvidoria".equals(department) ? OUVIDORIA : ClockSettings.standard();
            }

            @Override
            public void retarget(ProtocolNumber protocol, Priority priority, String department, String actor) {
                throw new AssertionError("not re-targeted here");
            }
        };
        service.clock = Clock.fixed(now.toInstant(), now.getOffset());
        service.counters = ServiceCounters.NONE;
        return service;
    }

    private void perform(CaseCommand command, OffsetDateTime at) {
        serviceAt(at).perform(ANA, theCase.protocol(), theCase.version(), command);
    }

    @Test
    void staffResumingACaseThatWaitedOnTheCustomerRestartsItsClocksOnTheDepartmentsCalendar() {
        perform(new CaseCommand.Start(), MONDAY_9AM);
        perform(new CaseCommand.AwaitCustomer(), sp(23, 10, 0)); // 60 of 240 minutes used

        perform(new CaseCommand.Start(), sp(24, 11, 0));

        assertThat(theCase.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        // 180 minutes left from Tuesday 11:00 on 09:00-13:00: 120 on Tuesday, 60 on Wednesday.
        // (The default calendar would say Tuesday 14:00.)
        assertThat(theCase.sla().clock(CheckpointClock.FIRST_RESPONSE).dueAt()).isEqualTo(sp(25, 10, 0));
    }

    /** A repository that holds one case and writes nothing. */
    private static final class OneCase implements CaseRepository {

        private final Case only;

        OneCase(Case only) {
            this.only = only;
        }

        @Override
        public Optional<Case> find(ProtocolNumber protocol) {
            return Optional.of(only).filter(c -> c.protocol().equals(protocol));
        }

        @Override
        public void touch(Case complaintCase) {
            // the version column moves on only in a database
        }

        @Override
        public List<Long> nextProtocolSequences(int count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(Case complaintCase) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int countOpenFor(Customer customer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasCaseOpenedSince(Customer customer, OffsetDateTime since) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Case> newestOpenFor(Customer customer, OffsetDateTime openedAfter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flush() {
        }

        @Override
        public CasePage list(CaseFilter filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Object[]> openCaseAges(Set<String> departments) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AssignedOpenCases> openCasesByAssignee(String department) {
            throw new UnsupportedOperationException();
        }
    }
}
