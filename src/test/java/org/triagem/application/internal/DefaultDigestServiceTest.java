package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.application.ActionNotPermittedException;
import org.triagem.application.Actor;
import org.triagem.application.Actor.Role;
import org.triagem.application.DigestService;
import org.triagem.application.KpiQuery;
import org.triagem.application.ReportService;
import org.triagem.application.digest.BreachedCase;
import org.triagem.application.digest.DetractorComment;
import org.triagem.application.digest.Digest;
import org.triagem.application.digest.DigestPeriod;
import org.triagem.application.digest.DigestRuns;
import org.triagem.application.digest.DigestSources;
import org.triagem.application.digest.Listing;
import org.triagem.application.report.Counter;
import org.triagem.application.report.KpiFilter;
import org.triagem.application.report.KpiReport;
import org.triagem.application.report.KpiRow;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.outbox.MailKind;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;
import org.triagem.domain.model.routing.CheckpointClock;

/** A digest's figures come from the KPI rows; each department's digest of a period is queued once. */
class DefaultDigestServiceTest {

    private static final DigestPeriod WEEK = new DigestPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6));
    // Tuesday 8 December 2026, 12:00 in São Paulo: the latest run is Monday's, about WEEK
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T15:00:00Z"), ZoneOffset.UTC);
    private static final Actor SOFIA = new Actor("sofia", Set.of(Role.SUPERVISOR), Set.of("Financeiro"));
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), Set.of());

    private final List<KpiQuery> queries = new ArrayList<>();
    private final List<OutgoingMail> outbox = new ArrayList<>();
    private final Set<String> runs = new HashSet<>();
    private final DefaultDigestService service = new DefaultDigestService(reports(), sources(), claimOnce(),
            outbox(), CLOCK, settings("Financeiro=sofia@triagem.test,supervisao@triagem.test"));

    @Test
    void breachesAreTheKpiReportsClocksEndedLateAgainstThePeriodBefore() {
        Digest digest = service.digest(Set.of("Financeiro"), WEEK);

        assertThat(digest.breaches()).extracting(b -> b.clock() + " " + b.breached() + "/" + b.ended() + " before "
                + b.previousBreached())
                .containsExactly("FIRST_RESPONSE 2/9 before 1", "RESOLUTION 0/4 before 0", "LEGAL 1/3 before 0");
        assertThat(digest.breachedCases().total()).isEqualTo(3);
        assertThat(digest.dashboardUrl())
                .isEqualTo("http://sac.example/painel.html?department=Financeiro&from=2026-11-30&to=2026-12-06");
        // the week, then the week before; never anything but the department
        assertThat(queries).extracting(KpiQuery::from).containsExactly(WEEK.from(), WEEK.previous().from());
        assertThat(queries).allSatisfy(q -> assertThat(q.departments()).containsExactly("Financeiro"));
    }

    @Test
    void aDepartmentsDigestIsQueuedOncePerRecipientAndNeverAgainForThatPeriod() {
        DigestService.Delivery first = service.sendOnce("Financeiro", WEEK, "schedule");
        DigestService.Delivery second = service.sendOnce("Financeiro", WEEK, "schedule");

        assertThat(first.outcome()).isEqualTo(DigestService.Outcome.SENT);
        assertThat(first.recipients()).isEqualTo(2);
        assertThat(second.outcome()).isEqualTo(DigestService.Outcome.ALREADY_SENT);
        assertThat(outbox).extracting(OutgoingMail::recipient)
                .containsExactly("sofia@triagem.test", "supervisao@triagem.test");
        OutgoingMail mail = outbox.get(0);
        assertThat(mail.kind()).isEqualTo(MailKind.DIGEST);
        assertThat(mail.protocol()).isNull();
        assertThat(mail.subject()).isEqualTo("[Triagem] Causas-raiz e prazos de Financeiro: 30/11/2026 a 06/12/2026");
        assertThat(mail.body()).contains("Primeira resposta: 2 de 9 encerrados fora do prazo (antes: 1)");
        assertThat(mail.htmlBody()).contains("&lt;b&gt;péssimo&lt;/b&gt;");
        assertThat(mail.headers()).containsEntry("Auto-Submitted", "auto-generated");
        assertThat(mail.messageId()).startsWith("<digest.");
    }

    @Test
    void aDepartmentWithoutRecipientsGetsNothingAndRecordsNoRun() {
        DigestService.Delivery delivery = service.sendOnce("Logística", WEEK, "schedule");

        assertThat(delivery.outcome()).isEqualTo(DigestService.Outcome.NO_RECIPIENTS);
        assertThat(outbox).isEmpty();
        assertThat(runs).isEmpty();
    }

    @Test
    void theScheduleSendsTheLatestRunsPeriodToEveryConfiguredDepartmentOnce() {
        DigestScheduler scheduler = new DigestScheduler(service, service.settings, new Transactions() {
            @Override
            public <T> T inNewTransaction(java.util.function.Supplier<T> work) {
                return work.get();
            }
        }, CLOCK);

        assertThat(scheduler.sendDue()).isEqualTo(1);
        assertThat(scheduler.sendDue()).isZero();
        assertThat(runs).containsExactly("Financeiro " + WEEK);
        assertThat(outbox).hasSize(2);
    }

    @Test
    void agentsAndSupervisorsOfNoDepartmentAreRefused() {
        Actor fabio = new Actor("fabio", Set.of(Role.AGENT), Set.of("Financeiro"));
        Actor nobody = new Actor("nadia", Set.of(Role.SUPERVISOR), Set.of());

        assertThatThrownBy(() -> service.compose(fabio, Set.of(), WEEK)).isInstanceOf(ActionNotPermittedException.class);
        assertThatThrownBy(() -> service.send(fabio, "Financeiro", WEEK)).isInstanceOf(ActionNotPermittedException.class);
        assertThatThrownBy(() -> service.compose(nobody, Set.of(), WEEK)).isInstanceOf(ActionNotPermittedException.class);
        assertThat(queries).isEmpty();
    }

    @Test
    void supervisorsSendAndReadOnlyTheirOwnDepartments() {
        assertThatThrownBy(() -> service.send(SOFIA, "Logística", WEEK)).isInstanceOf(ActionNotPermittedException.class);
        assertThatThrownBy(() -> service.compose(SOFIA, Set.of("Logística"), WEEK))
                .isInstanceOf(ActionNotPermittedException.class);
        assertThat(service.compose(SOFIA, Set.of(), WEEK).digest().departments()).containsExactly("Financeiro");
        assertThat(service.compose(ADMIN, Set.of(), WEEK).digest().departments()).isNull();
        assertThat(service.send(SOFIA, "Financeiro", WEEK).outcome()).isEqualTo(DigestService.Outcome.SENT);
        assertThat(service.latestScheduledPeriod()).isEqualTo(WEEK);
    }

    private static DigestSettings settings(String recipients) {
        DigestSettings s = new DigestSettings();
        s.enabled = true;
        s.cadence = "weekly";
        s.day = "MONDAY";
        s.time = "08:00";
        s.zone = "America/Sao_Paulo";
        s.recipients = Optional.of(recipients);
        s.dashboardUrl = "http://sac.example/painel.html";
        s.pollSeconds = 60;
        s.locale = "pt-BR";
        s.messageIdDomain = "triagem.test";
        s.read();
        return s;
    }

    /**
     * The KPI report over the daily rows the test gives. This week: 9 first responses ended (2 late), 4
     * resolutions in time, 3 legal clocks (1 late); the week before, 1 first response late.
     */
    private ReportService reports() {
        return (actor, query, grouping) -> {
            queries.add(query);
            boolean thisWeek = query.from().equals(WEEK.from());
            List<KpiRow> rows = thisWeek
                    ? List.of(row(query.from(), Counter.FIRST_RESPONSE_MET, 4, Counter.FIRST_RESPONSE_BREACHED, 1,
                                    Counter.RESOLUTION_MET, 4),
                            row(query.to(), Counter.FIRST_RESPONSE_MET, 3, Counter.FIRST_RESPONSE_BREACHED, 1,
                                    Counter.LEGAL_MET, 2, Counter.LEGAL_BREACHED, 1))
                    : List.of(row(query.from(), Counter.FIRST_RESPONSE_BREACHED, 1));
            KpiFilter filter = new KpiFilter(query.from(), query.to(),
                    query.departments().isEmpty() ? null : query.departments(), Set.of(), Set.of(), Set.of());
            return KpiReport.of(filter, grouping, "America/Sao_Paulo", rows, List.of());
        };
    }

    private static KpiRow row(LocalDate day, Object... counts) {
        Map<Counter, Long> counters = new EnumMap<>(Counter.class);
        for (int i = 0; i < counts.length; i += 2) {
            counters.put((Counter) counts[i], ((Integer) counts[i + 1]).longValue());
        }
        return new KpiRow(day, "WEB", counters);
    }

    private static DigestSources sources() {
        return new DigestSources() {
            @Override
            public Listing<BreachedCase> breachedCases(Set<String> departments, DigestPeriod period, int limit) {
                return new Listing<>(List.of(new BreachedCase("20260000000014", CheckpointClock.LEGAL,
                        OffsetDateTime.parse("2026-12-01T17:00:00Z"), OffsetDateTime.parse("2026-12-02T12:30:00Z"))), 3);
            }

            @Override
            public Listing<DetractorComment> detractorComments(Set<String> departments, DigestPeriod period, int limit) {
                return new Listing<>(List.of(new DetractorComment("20260000000022", 1, null, "<b>péssimo</b>",
                        OffsetDateTime.parse("2026-12-03T13:15:00Z"))), 1);
            }
        };
    }

    /** The unique key of digest_run, as a set. */
    private DigestRuns claimOnce() {
        return (department, period, sentBy, recipients, now) -> runs.add(department + " " + period);
    }

    private Outbox outbox() {
        return new Outbox() {
            @Override
            public void add(OutgoingMail mail) {
                outbox.add(mail);
            }

            @Override
            public List<OutgoingMail> claimDue(OffsetDateTime now, int limit) {
                return List.of();
            }

            @Override
            public int countAutomaticTo(String recipient, OffsetDateTime since) {
                return 0;
            }

            @Override
            public boolean hasFailedTo(String recipient) {
                return false;
            }

            @Override
            public boolean hasQueued(ProtocolNumber protocol, MailKind kind) {
                return false;
            }

            @Override
            public Optional<OutgoingMail> withMessageId(String messageId) {
                return Optional.empty();
            }
        };
    }
}
