package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.triagem.it.clock.SettableClockProducer;

/**
 * Every KPI of the report, asserted exactly on a data set whose every number is computed by hand in the
 * comments ({@link KpiDataSet} tells the story), as JSON by day and by week, with and without a
 * department filter, as CSV, and as the sums of the SQL view {@code kpi_daily_v}.
 *
 * <p><b>The clock.</b> This test deploys the packaged WAR plus {@code org.triagem.it.clock}: a CDI
 * alternative that replaces the system clock with one the test sets over {@code /api/test/clock}. The
 * clock stands still between steps, so the server's poll delays move no time.
 *
 * <p><b>Why two weeks of 2025.</b> The ITs share one database and run one after another. Other tests write
 * at today's time, so a past period holds only what this test writes. A future period would not: the
 * sweeper, with the clock set ahead, would find every other test's open cases overdue and escalate them
 * at that future time, writing escalations and breaches into this test's days. In the past, nothing of
 * theirs is due. The reverse holds too: the cases this test leaves open have checkpoints due in 2025,
 * which the next test's sweeper, on the system clock, would fire at once; they are retired at the end
 * ({@link KpiDataSet#retireOpenCheckpoints}). And since the database outlives a run, an earlier run's
 * rows in these two weeks are removed before seeding ({@link KpiDataSet#forgetEarlierRuns}).
 *
 * <p><b>Business minutes</b> are on the default calendar (Monday to Friday, 08:00-18:00 in São Paulo);
 * no national holiday falls between 2025-07-28 and 2025-08-10. Every event is in São Paulo time.
 *
 * <p>One method per KPI group: the figures another branch adds (surveys, repeat contacts, requester
 * wait, previous period) have their hand-computed values ready in the methods at the end.
 */
@ExtendWith(ArquillianExtension.class)
class KpiExactIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup[] {
        new ServerSetup(Integer.getInteger("it.imap.port", 39143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
        new ServerSetup(Integer.getInteger("it.smtp.port", 39025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)})
            .withPerMethodLifecycle(false);

    /** Seeded once for all the methods, which only read it; kept if seeding failed, so each says why. */
    private static KpiDataSet seeded;
    private static Exception seedingFailed;

    @ArquillianResource
    URL base;

    Api api;

    /** The packaged WAR as it ships, plus the settable clock and its resource: test classes only. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return TriagemDeployment.packagedWar().addPackage(SettableClockProducer.class.getPackage());
    }

    @BeforeEach
    void seedOnce() throws Exception {
        api = TriagemDeployment.readyApi(base);
        if (seeded == null && seedingFailed == null) {
            if (mail.getUserManager().getUserByEmail("sac@triagem.test") == null) {
                mail.setUser("sac@triagem.test", "sac", "it-only-secret");
            }
            try {
                seeded = KpiDataSet.seed(api, mail);
            } catch (Exception | AssertionError e) {
                seedingFailed = e instanceof Exception ex ? ex : new IllegalStateException(e);
            }
        }
        if (seedingFailed != null) {
            throw new IllegalStateException("the data set could not be seeded", seedingFailed);
        }
    }

    @AfterAll
    static void leaveNothingDue() throws SQLException {
        KpiDataSet.retireOpenCheckpoints();
    }

    // --- the reports read ---

    private static final String WEEK = "from=2025-08-04&to=2025-08-10";
    private static final String PREVIOUS_WEEK = "from=2025-07-28&to=2025-08-03";

    private JsonObject report(String query) {
        Api.Reply r = api.get("api/reports/kpis?" + query, "application/json");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private JsonObject total(String query) {
        return report(query).getJsonObject("total");
    }

    /** The day's figures of a day-by-day report of the week (days without an event have no period). */
    private JsonObject day(String date) {
        return report(WEEK + "&groupBy=day").getJsonArray("periods").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("period").equals(date)).findFirst().orElseThrow();
    }

    @Test
    void theReportNamesItsPeriodsAndCutsDaysInSaoPaulo() {
        JsonObject byDay = report(WEEK + "&groupBy=day");
        assertThat(byDay.getString("from")).isEqualTo("2025-08-04");
        assertThat(byDay.getString("to")).isEqualTo("2025-08-10");
        assertThat(byDay.getString("groupBy")).isEqualTo("day");
        assertThat(byDay.getString("timeZone")).isEqualTo("America/Sao_Paulo");
        // A day with no event has no period: Saturday and Sunday. Tuesday has one (B's reply, resolution, reopen).
        assertThat(periods(byDay)).containsExactly("2025-08-04", "2025-08-05", "2025-08-06", "2025-08-07", "2025-08-08");

        JsonObject byWeek = report("from=2025-07-28&to=2025-08-10&groupBy=week");
        assertThat(periods(byWeek)).containsExactly("2025-07-28", "2025-08-04");
        // Each week's period is that week alone; the total, both: 2 + 7 opened, 2 + 5 resolved.
        assertThat(flat(byWeek.getJsonArray("periods").getJsonObject(1))).isEqualTo(flat(total(WEEK), "2025-08-04"));
        assertThat(flat(byWeek.getJsonArray("periods").getJsonObject(0)))
                .isEqualTo(flat(total(PREVIOUS_WEEK), "2025-07-28"));
        expect(byWeek.getJsonObject("total"), "opened", 9, "resolved", 7);
    }

    @Test
    void complaintsInPerChannelAndResolved() {
        // Opened: A B (Mon), C D (Wed), E F (Thu), G (Fri) = 7; web form A C D F G = 5, email B, phone E.
        // Resolved, resolutions that stand: A (Mon), B's second (Wed; its first, Tue, was taken back by the
        // reopen), C (Wed), E (Thu), G (Fri) = 5. D was merged: opened, never resolved.
        expect(total(WEEK), "opened", 7, "openedByChannel.WEB_FORM", 5, "openedByChannel.EMAIL", 1,
                "openedByChannel.PHONE", 1, "resolved", 5);
        // Financeiro: all but F.
        expect(total(WEEK + "&department=Financeiro"), "opened", 6, "openedByChannel.WEB_FORM", 4,
                "openedByChannel.EMAIL", 1, "openedByChannel.PHONE", 1, "resolved", 5);
        // Logística: F, open.
        expect(total(WEEK + "&department=Log%C3%ADstica"), "opened", 1, "openedByChannel.WEB_FORM", 1,
                "openedByChannel.EMAIL", null, "openedByChannel.PHONE", null, "resolved", 0);
        expect(day("2025-08-04"), "opened", 2, "openedByChannel.WEB_FORM", 1, "openedByChannel.EMAIL", 1, "resolved", 1);
        // Tuesday: B resolved (+1) and reopened (-1 on the resolution's day).
        expect(day("2025-08-05"), "opened", 0, "openedByChannel.WEB_FORM", null, "resolved", 0);
        expect(day("2025-08-06"), "opened", 2, "openedByChannel.WEB_FORM", 2, "resolved", 2);
        expect(day("2025-08-07"), "opened", 2, "openedByChannel.WEB_FORM", 1, "openedByChannel.PHONE", 1, "resolved", 1);
        expect(day("2025-08-08"), "opened", 1, "openedByChannel.WEB_FORM", 1, "resolved", 1);
        // The channel filter: the parts add up to the whole.
        expect(total(WEEK + "&channel=EMAIL"), "opened", 1, "resolved", 1);
        expect(total(WEEK + "&channel=PHONE"), "opened", 1, "resolved", 1);
        expect(total(WEEK + "&channel=WEB_FORM"), "opened", 5, "resolved", 3);
    }

    @Test
    void responseAndResolutionTimesInCalendarAndBusinessMinutes() {
        // First responses (first staff reply; A's note does not count; E and G had none):
        //   A Mon 09:00 -> 09:30 =  30 min, business  30
        //   B Mon 17:00 -> Tue 09:00 = 960 min, business 60 (Mon 17-18) + 60 (Tue 08-09) = 120
        //   C Wed 08:00 -> 12:30 = 270 min, business 270
        //   F Thu 14:00 -> 14:15 =  15 min, business  15
        // mean 1275 / 4 = 318.75 -> 318.8; business 435 / 4 = 108.75 -> 108.8.
        // Buckets (0,15,30,60,120,240,480,960,1440,...): calendar 15 in [15,30), 30 in [30,60), 270 in
        // [240,480), 960 in [960,1440). Median: rank 0.5*4 = 2 reaches the end of [30,60): 60.0.
        // p90: rank 3.6, 0.6 into [960,1440): 960 + 0.6*480 = 1248.0. Business 15, 30, 120 in [120,240),
        // 270: median 60.0, p90 0.6 into [240,480) = 384.0.
        // Resolution (full: opening to the resolution that stands):
        //   A  60 (Mon 09-10), business 60;   B 2460 (Mon 17:00 -> Wed 10:00, 41 h), business 60+600+120 = 780
        //   C 360 (Wed 08-14), business 360;  E 5 (Thu 10:00-10:05), business 5;  G 360 (Fri 10-16), business 360
        // (pauses count: G waited on the customer 11:00-14:00). mean 3245 / 5 = 649.0; business 1565 / 5 = 313.0.
        // Buckets: 5 [0,15), 60 [60,120), 360 360 [240,480), 2460 [1440,2880): median rank 2.5, 0.25 into
        // [240,480) = 300.0; p90 rank 4.5, 0.5 into [1440,2880) = 2160.0. Business 5, 60, 360, 360, 780 in
        // [480,960): median 300.0, p90 0.5 into [480,960) = 720.0.
        // First resolution: A 60, B 1080 (Tue 11:00), C 360, E 5, G 360: 1865 / 5 = 373.0;
        // business 60 + 240 (Mon 60, Tue 180) + 360 + 5 + 360 = 1025 / 5 = 205.0.
        expect(total(WEEK),
                "firstResponseMinutes.count", 4, "firstResponseMinutes.mean", 318.8,
                "firstResponseMinutes.median", 60.0, "firstResponseMinutes.p90", 1248.0,
                "firstResponseBusinessMinutes.count", 4, "firstResponseBusinessMinutes.mean", 108.8,
                "firstResponseBusinessMinutes.median", 60.0, "firstResponseBusinessMinutes.p90", 384.0,
                "resolutionMinutes.count", 5, "resolutionMinutes.mean", 649.0,
                "resolutionMinutes.median", 300.0, "resolutionMinutes.p90", 2160.0,
                "resolutionBusinessMinutes.count", 5, "resolutionBusinessMinutes.mean", 313.0,
                "resolutionBusinessMinutes.median", 300.0, "resolutionBusinessMinutes.p90", 720.0,
                "firstResolutionMeanMinutes", 373.0, "firstResolutionMeanBusinessMinutes", 205.0);
        // Financeiro, without F: first responses 30, 960, 270: mean 1260 / 3 = 420.0; median rank 1.5, 0.5
        // into [240,480) = 360.0; p90 rank 2.7, 0.7 into [960,1440) = 1296.0. Business 30, 120, 270: 420 / 3
        // = 140.0; median 0.5 into [120,240) = 180.0; p90 0.7 into [240,480) = 408.0. Resolutions: as above.
        expect(total(WEEK + "&department=Financeiro"),
                "firstResponseMinutes.count", 3, "firstResponseMinutes.mean", 420.0,
                "firstResponseMinutes.median", 360.0, "firstResponseMinutes.p90", 1296.0,
                "firstResponseBusinessMinutes.count", 3, "firstResponseBusinessMinutes.mean", 140.0,
                "firstResponseBusinessMinutes.median", 180.0, "firstResponseBusinessMinutes.p90", 408.0,
                "resolutionMinutes.count", 5, "resolutionMinutes.mean", 649.0,
                "resolutionBusinessMinutes.mean", 313.0, "firstResolutionMeanMinutes", 373.0,
                "firstResolutionMeanBusinessMinutes", 205.0);
        // Logística: F's 15 minutes, in [15,30): median 15 + 0.5*15 = 22.5, p90 15 + 0.9*15 = 28.5. Nothing
        // resolved: no resolution figure at all (nothing to divide by), count 0.
        expect(total(WEEK + "&department=Log%C3%ADstica"),
                "firstResponseMinutes.count", 1, "firstResponseMinutes.mean", 15.0,
                "firstResponseMinutes.median", 22.5, "firstResponseMinutes.p90", 28.5,
                "firstResponseBusinessMinutes.mean", 15.0, "firstResponseBusinessMinutes.median", 22.5,
                "resolutionMinutes.count", 0, "resolutionMinutes.mean", null, "resolutionMinutes.median", null,
                "resolutionMinutes.p90", null, "firstResolutionMeanMinutes", null);
        // Day by day. Mon: A 30 in [30,60): median 45.0, p90 57.0; resolution 60 in [60,120): 90.0, 114.0.
        expect(day("2025-08-04"), "firstResponseMinutes.mean", 30.0, "firstResponseMinutes.median", 45.0,
                "firstResponseMinutes.p90", 57.0, "resolutionMinutes.count", 1, "resolutionMinutes.mean", 60.0,
                "resolutionMinutes.median", 90.0, "resolutionMinutes.p90", 114.0, "firstResolutionMeanMinutes", 60.0);
        // Tue: B's reply 960 in [960,1440): 1200.0, 1392.0; business 120 in [120,240): 180.0, 228.0. Its
        // resolution was taken back: count 0, no mean; its first resolution stays: 1080, business 240.
        expect(day("2025-08-05"), "firstResponseMinutes.mean", 960.0, "firstResponseMinutes.median", 1200.0,
                "firstResponseMinutes.p90", 1392.0, "firstResponseBusinessMinutes.mean", 120.0,
                "firstResponseBusinessMinutes.median", 180.0, "firstResponseBusinessMinutes.p90", 228.0,
                "resolutionMinutes.count", 0, "resolutionMinutes.mean", null, "resolutionMinutes.median", null,
                "firstResolutionMeanMinutes", 1080.0, "firstResolutionMeanBusinessMinutes", 240.0);
        // Wed: C's reply 270: 360.0, 456.0. Resolutions B 2460 and C 360: mean 1410.0; median rank 1 ends
        // [240,480): 480.0; p90 rank 1.8, 0.8 into [1440,2880): 2592.0. Business 780 and 360: 570.0, 480.0,
        // 0.8 into [480,960) = 864.0. First resolution: C only.
        expect(day("2025-08-06"), "firstResponseMinutes.mean", 270.0, "firstResponseMinutes.median", 360.0,
                "firstResponseMinutes.p90", 456.0, "resolutionMinutes.count", 2, "resolutionMinutes.mean", 1410.0,
                "resolutionMinutes.median", 480.0, "resolutionMinutes.p90", 2592.0,
                "resolutionBusinessMinutes.mean", 570.0, "resolutionBusinessMinutes.median", 480.0,
                "resolutionBusinessMinutes.p90", 864.0, "firstResolutionMeanMinutes", 360.0);
        // Thu: F's reply 15; E resolved in 5, in [0,15): 7.5, 13.5.
        expect(day("2025-08-07"), "firstResponseMinutes.mean", 15.0, "resolutionMinutes.mean", 5.0,
                "resolutionMinutes.median", 7.5, "resolutionMinutes.p90", 13.5, "firstResolutionMeanMinutes", 5.0);
        // Fri: no reply; G resolved in 360: 360.0 (0.5 into [240,480)), 456.0.
        expect(day("2025-08-08"), "firstResponseMinutes.count", 0, "firstResponseMinutes.mean", null,
                "resolutionMinutes.mean", 360.0, "resolutionMinutes.median", 360.0, "resolutionMinutes.p90", 456.0,
                "resolutionBusinessMinutes.mean", 360.0, "firstResolutionMeanBusinessMinutes", 360.0);
    }

    @Test
    void firstContactResolutionReopenAndEscalationRates() {
        // First resolutions A B C E G = 5. One-touch (at most one staff reply before): A (1), C (1), E (0),
        // G (0) = 4; B had two: FCR 4/5 = 80.0. Reopened: B (its first resolution, Tue) = 1/5 = 20.0.
        // Escalated: C (Wed, first-response checkpoint at 100 %) = 1 of 7 opened = 14.3.
        expect(total(WEEK), "firstResolutions", 5, "firstContactResolutionPercent", 80.0, "reopenPercent", 20.0,
                "escalated", 1, "escalationPercent", 14.3);
        // Financeiro: the same, of 6 opened: 16.7.
        expect(total(WEEK + "&department=Financeiro"), "firstResolutions", 5, "firstContactResolutionPercent", 80.0,
                "reopenPercent", 20.0, "escalated", 1, "escalationPercent", 16.7);
        // Logística: nothing resolved, so no FCR and no reopen rate; 0 escalated of 1 opened.
        expect(total(WEEK + "&department=Log%C3%ADstica"), "firstResolutions", 0,
                "firstContactResolutionPercent", null, "reopenPercent", null, "escalated", 0, "escalationPercent", 0.0);
        expect(day("2025-08-04"), "firstResolutions", 1, "firstContactResolutionPercent", 100.0, "reopenPercent", 0.0,
                "escalated", 0, "escalationPercent", 0.0);
        // Tue: B's first resolution (two replies: not one-touch), reopened; nothing opened, so no escalation rate.
        expect(day("2025-08-05"), "firstResolutions", 1, "firstContactResolutionPercent", 0.0, "reopenPercent", 100.0,
                "escalated", 0, "escalationPercent", null);
        // Wed: C's first resolution, one-touch; C escalated, of C and D opened: 50.0.
        expect(day("2025-08-06"), "firstResolutions", 1, "firstContactResolutionPercent", 100.0, "reopenPercent", 0.0,
                "escalated", 1, "escalationPercent", 50.0);
        expect(day("2025-08-07"), "firstResolutions", 1, "firstContactResolutionPercent", 100.0, "escalated", 0);
        expect(day("2025-08-08"), "firstResolutions", 1, "firstContactResolutionPercent", 100.0, "escalated", 0);
        // The escalation counts with the case's dimensions after it: C rose to P2. Opened at P3, so P2 has
        // the escalation but nothing opened (no rate), and C's late first response and its resolution.
        expect(total(WEEK + "&priority=P2"), "opened", 0, "escalated", 1, "escalationPercent", null, "resolved", 1,
                "firstResponseSla.ended", 1, "firstResponseSla.met", 0, "firstResponseSla.compliancePercent", 0.0);
    }

    @Test
    void slaAndLegalDeadlineCompliance() {
        // A clock counts when it stops. First response: A (reply Mon), B (reply Tue), C (reply Wed, after its
        // breach at 12:00: late), E (resolved on the call, Thu), F (reply Thu), G (resolved Fri, its pause
        // 11:00-14:00 left out: 60 + 120 of 240 business minutes) = 6 ended, 5 met: 83.3. D, merged, never
        // stops. Resolution and legal: stopped by the first resolutions A B C E G, all in time (C's target
        // became 960 business minutes at P2, due Thu 14:00), and again by B's second resolution: B's reopening
        // Tue 15:00 restarted both clocks (a new resolution and a new legal answer are owed), met Wed 10:00
        // = 6 of 6; F's are still running and stay out.
        expect(total(WEEK), "firstResponseSla.ended", 6, "firstResponseSla.met", 5,
                "firstResponseSla.compliancePercent", 83.3, "resolutionSla.ended", 6, "resolutionSla.met", 6,
                "resolutionSla.compliancePercent", 100.0, "legalDeadline.ended", 6, "legalDeadline.met", 6,
                "legalDeadline.compliancePercent", 100.0);
        expect(total(WEEK + "&department=Financeiro"), "firstResponseSla.ended", 5, "firstResponseSla.met", 4,
                "firstResponseSla.compliancePercent", 80.0, "resolutionSla.ended", 6, "legalDeadline.met", 6);
        expect(total(WEEK + "&department=Log%C3%ADstica"), "firstResponseSla.ended", 1, "firstResponseSla.met", 1,
                "firstResponseSla.compliancePercent", 100.0, "resolutionSla.ended", 0,
                "resolutionSla.compliancePercent", null, "legalDeadline.ended", 0, "legalDeadline.compliancePercent", null);
        expect(day("2025-08-05"), "firstResponseSla.ended", 1, "firstResponseSla.met", 1, "resolutionSla.met", 1,
                "legalDeadline.met", 1);
        expect(day("2025-08-06"), "firstResponseSla.ended", 1, "firstResponseSla.met", 0,
                "firstResponseSla.compliancePercent", 0.0, "resolutionSla.ended", 2, "resolutionSla.met", 2);
        expect(day("2025-08-07"), "firstResponseSla.ended", 2, "firstResponseSla.met", 2, "resolutionSla.ended", 1,
                "legalDeadline.ended", 1);
    }

    @Test
    void topCategoriesAndRootCausesAgainstThePreviousWeek() {
        // Categories by cases opened: this week Cobrança A B C D E G = 6, Entrega F = 1; the week before
        // Cobrança P1 = 1, Entrega P2 = 1. Change: (6 - 1) / 1 = +500.0 %, (1 - 1) / 1 = 0.0 %.
        // Root causes of standing resolutions: cobranca-duplicada A C G = 3 (before: P1 = 1, +200.0 %);
        // estorno-atrasado B = 1 (its first resolution's cause was taken back with it; before: none, no change);
        // "solved on the call" E = 1 (the phone channel's resolution). Ties by name. atraso-transportadora
        // (P2, the week before) is not among this week's causes.
        JsonObject all = report(WEEK);
        assertThat(ranked(all.getJsonArray("topCategories")))
                .containsExactly("Cobrança 6 1 500.0", "Entrega 1 1 0.0");
        assertThat(ranked(all.getJsonArray("topRootCauses")))
                .containsExactly("cobranca-duplicada 3 1 200.0", "estorno-atrasado 1 0 -", "solved on the call 1 0 -");
        JsonObject financeiro = report(WEEK + "&department=Financeiro");
        assertThat(ranked(financeiro.getJsonArray("topCategories"))).containsExactly("Cobrança 6 1 500.0");
        assertThat(ranked(financeiro.getJsonArray("topRootCauses")))
                .containsExactly("cobranca-duplicada 3 1 200.0", "estorno-atrasado 1 0 -", "solved on the call 1 0 -");
        JsonObject logistica = report(WEEK + "&department=Log%C3%ADstica");
        assertThat(ranked(logistica.getJsonArray("topCategories"))).containsExactly("Entrega 1 1 0.0");
        assertThat(ranked(logistica.getJsonArray("topRootCauses"))).isEmpty();
    }

    @Test
    void thePreviousWeekHasTheFiguresATrendComparesWith() {
        // P1: opened Tue 10:00, resolved 11:00 (60 min); P2: Wed 10:00 -> 13:00 (180 min); no reply, both
        // one-touch, every clock met at the resolution. Mean 240 / 2 = 120.0; 60 in [60,120), 180 in
        // [120,240): median rank 1 ends [60,120): 120.0; p90 rank 1.8, 0.8 into [120,240): 216.0.
        // These are the figures of the "previous" member the kpi-figures branch adds (see previousMember).
        expect(total(PREVIOUS_WEEK), "opened", 2, "openedByChannel.WEB_FORM", 2, "resolved", 2,
                "firstResponseMinutes.count", 0, "firstResponseMinutes.mean", null,
                "resolutionMinutes.count", 2, "resolutionMinutes.mean", 120.0, "resolutionMinutes.median", 120.0,
                "resolutionMinutes.p90", 216.0, "resolutionBusinessMinutes.mean", 120.0,
                "resolutionBusinessMinutes.p90", 216.0, "firstResolutionMeanMinutes", 120.0,
                "firstResolutions", 2, "firstContactResolutionPercent", 100.0, "reopenPercent", 0.0, "escalated", 0,
                "escalationPercent", 0.0, "firstResponseSla.met", 2, "resolutionSla.met", 2, "legalDeadline.met", 2,
                "legalDeadline.compliancePercent", 100.0);
    }

    @Test
    void theCsvCarriesTheJsonFiguresLineByLine() {
        for (String query : List.of(WEEK + "&groupBy=day", WEEK + "&department=Financeiro",
                WEEK + "&department=Log%C3%ADstica", "from=2025-07-28&to=2025-08-10&groupBy=week")) {
            JsonObject json = report(query);
            List<Map<String, String>> csv = csv(api.get("api/reports/kpis?" + query, "text/csv"));
            // The CSV's lines: the previous period first (for a spreadsheet's trend), each period, the total last.
            List<JsonObject> lines = new java.util.ArrayList<>();
            lines.add(json.getJsonObject("previous"));
            lines.addAll(json.getJsonArray("periods").getValuesAs(JsonObject.class));
            lines.add(json.getJsonObject("total"));
            assertThat(csv).as(query).hasSize(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                Map<String, String> fromJson = flat(lines.get(i));
                Map<String, String> line = csv.get(i);
                assertThat(line.get("period")).isEqualTo(lines.get(i).getString("period"));
                CSV_COLUMNS.forEach((column, path) -> assertThat(number(line.get(column)))
                        .as(query + " " + line.get("period") + " " + column)
                        .isEqualTo(number(fromJson.getOrDefault(path, path.startsWith("openedByChannel") ? "0" : ""))));
            }
        }
    }

    @Test
    void theSqlViewHoldsTheSumsTheFiguresAreDividedFrom() throws SQLException {
        // All departments, the week: opened 7; resolved 5; first responses 4, 1275 and 435 minutes; first
        // resolutions 5, 1865 and 1025; resolutions 3245 and 1565 (B's first, 1080 and 240, in and out on
        // Tuesday); one-touch 4; reopened 1; escalated 1; first response met 5 breached 1; resolution and
        // legal met 5.
        Map<String, Long> all = new LinkedHashMap<>();
        all.putAll(Map.of("opened", 7L, "resolved", 5L, "first_responses", 4L, "first_response_minutes", 1275L,
                "first_response_business_minutes", 435L, "first_resolutions", 5L, "first_resolution_minutes", 1865L,
                "first_resolution_business_minutes", 1025L, "resolution_minutes", 3245L,
                "resolution_business_minutes", 1565L));
        all.putAll(Map.of("one_touch", 4L, "reopened", 1L, "escalated", 1L, "first_response_met", 5L,
                "first_response_breached", 1L, "resolution_met", 6L, "resolution_breached", 0L, "legal_met", 6L,
                "legal_breached", 0L));
        assertThat(viewSums(null)).isEqualTo(all);
        // Financeiro: without F (opened, its reply of 15 minutes, its first response met).
        Map<String, Long> financeiro = new LinkedHashMap<>(all);
        financeiro.putAll(Map.of("opened", 6L, "first_responses", 3L, "first_response_minutes", 1260L,
                "first_response_business_minutes", 420L, "first_response_met", 4L));
        assertThat(viewSums("Financeiro")).isEqualTo(financeiro);
        // Roll up first, divide after: the JSON's means and rates are the view's sums divided.
        JsonObject week = total(WEEK);
        assertThat(week.getJsonObject("firstResponseMinutes").getJsonNumber("mean").doubleValue())
                .isEqualTo(Math.round(10.0 * all.get("first_response_minutes") / all.get("first_responses")) / 10.0);
        assertThat(week.getJsonNumber("firstContactResolutionPercent").doubleValue())
                .isEqualTo(Math.round(1000.0 * all.get("one_touch") / all.get("first_resolutions")) / 10.0);
        // Opened by day, as the view cuts days (Tuesday's rows hold B's other events).
        assertThat(viewOpenedByDay()).containsExactly(Map.entry("2025-08-04", 2L), Map.entry("2025-08-05", 0L),
                Map.entry("2025-08-06", 2L), Map.entry("2025-08-07", 2L), Map.entry("2025-08-08", 1L));
    }

    // --- surveys, repeat contact, requester wait and the previous period ---

    /**
     * Surveys (by the time they were sent and answered; Financeiro surveys every resolution with CSAT and
     * CES, and NPS once per customer every 90 days). This week: sent 5 (A Mon; B1 Tue, never answered; B2
     * Wed, no NPS: b was offered one on Tuesday; C Wed; G Fri, no NPS: a was offered one on Monday, never
     * answered). E (phone) has no email, F is not resolved. Answered 3 (A, B2, C): response rate 60.0.
     * CSAT 5, 3, 4: answers 3, mean 4.0, satisfied (4-5) 2/3 = 66.7. NPS 10 (promoter), 6 (detractor):
     * answers 2, promoters 1, passives 0, detractors 1, shares 50.0 / 0.0 / 50.0, score 50 - 50 = 0.
     * CES 6, 4, 3: answers 3, mean 13/3 = 4.33 (scores keep two decimals). Financeiro: the same; Logística: sent 0, nothing answered.
     * The week before: sent 2 (P1, P2), answered 0: response rate 0.0, no score.
     */
    @Test
    void surveysSentAnsweredCsatNpsAndCes() {
        expect(total(WEEK), "surveys.sent", 5, "surveys.answered", 3, "surveys.responseRatePercent", 60.0,
                "surveys.csat.answers", 3, "surveys.csat.mean", 4.0, "surveys.csat.satisfiedPercent", 66.7,
                "surveys.nps.answers", 2, "surveys.nps.score", 0, "surveys.nps.promoters", 1,
                "surveys.nps.passives", 0, "surveys.nps.detractors", 1, "surveys.nps.promotersPercent", 50.0,
                "surveys.nps.passivesPercent", 0.0, "surveys.nps.detractorsPercent", 50.0,
                "surveys.ces.answers", 3, "surveys.ces.mean", 4.33);
    }

    /**
     * Repeat contact within 30 days, per case opened (docs/kpis.md: a daily row can add cases, not distinct
     * customers): cases opened this week A, B, C, D, E, F, G = 7; G is customer a's second case within 30
     * days of A: 1 repeat, 1/7 = 14.3 %. Financeiro opened A, B, C, D, E, G = 6: 1/6 = 16.7 %.
     */
    @Test
    void repeatContactsWithinThirtyDays() {
        expect(total(WEEK), "repeatContacts", 1, "repeatContactPercent", 14.3);
        expect(total(WEEK + "&department=Financeiro"), "repeatContacts", 1, "repeatContactPercent", 16.7);
    }

    /**
     * Requester wait (time in new, assigned, in progress and reopened, at each standing resolution; waiting
     * on the customer and resolved are left out): A 60; B 1080 (Mon 17:00 - Tue 11:00) + 1140 (reopened
     * Tue 15:00 - Wed 10:00) = 2220; C 360; E 5; G 60 (10:00-11:00) + 120 (14:00-16:00) = 180. Count 5,
     * mean 2825 / 5 = 565.0; buckets 5, 60, 180, 360, 2220: median rank 2.5, 0.5 into [120,240) = 180.0;
     * p90 rank 4.5, 0.5 into [1440,2880) = 2160.0.
     */
    @Test
    void requesterWaitLeavesOutTimeWaitingOnTheCustomer() {
        expect(total(WEEK), "requesterWaitMinutes.count", 5, "requesterWaitMinutes.mean", 565.0,
                "requesterWaitMinutes.median", 180.0, "requesterWaitMinutes.p90", 2160.0);
    }

    /** The period just before, as a member of the report: the previous week's figures, asserted above. */
    @Test
    void thePreviousPeriodIsAMemberOfTheReport() {
        assertThat(flat(report(WEEK).getJsonObject("previous"), "total")).isEqualTo(flat(total(PREVIOUS_WEEK)));
    }

    // --- reading the answers ---

    /** CSV column to JSON member of a KpiFigures (KpiCsv's header). */
    private static final Map<String, String> CSV_COLUMNS = new LinkedHashMap<>();

    static {
        CSV_COLUMNS.put("opened", "opened");
        CSV_COLUMNS.put("opened_web_form", "openedByChannel.WEB_FORM");
        CSV_COLUMNS.put("opened_email", "openedByChannel.EMAIL");
        CSV_COLUMNS.put("opened_phone", "openedByChannel.PHONE");
        CSV_COLUMNS.put("resolved", "resolved");
        Map.of("first_response", "firstResponseMinutes", "first_response_business", "firstResponseBusinessMinutes",
                "resolution", "resolutionMinutes", "resolution_business", "resolutionBusinessMinutes")
                .forEach((csv, json) -> {
                    CSV_COLUMNS.put(csv + "_count", json + ".count");
                    CSV_COLUMNS.put(csv + "_mean_minutes", json + ".mean");
                    CSV_COLUMNS.put(csv + "_median_minutes", json + ".median");
                    CSV_COLUMNS.put(csv + "_p90_minutes", json + ".p90");
                });
        CSV_COLUMNS.put("first_resolution_mean_minutes", "firstResolutionMeanMinutes");
        CSV_COLUMNS.put("first_resolution_mean_business_minutes", "firstResolutionMeanBusinessMinutes");
        CSV_COLUMNS.put("first_resolutions", "firstResolutions");
        CSV_COLUMNS.put("fcr_percent", "firstContactResolutionPercent");
        CSV_COLUMNS.put("reopen_percent", "reopenPercent");
        CSV_COLUMNS.put("escalated", "escalated");
        CSV_COLUMNS.put("escalation_percent", "escalationPercent");
        Map.of("sla_first_response", "firstResponseSla", "sla_resolution", "resolutionSla",
                "legal_deadline", "legalDeadline").forEach((csv, json) -> {
                    CSV_COLUMNS.put(csv + "_ended", json + ".ended");
                    CSV_COLUMNS.put(csv + "_met", json + ".met");
                    CSV_COLUMNS.put(csv + "_percent", json + ".compliancePercent");
                });
    }

    /**
     * Asserts members of a KpiFigures by dotted path: numbers compared by value (318.8, 0.0, 7); null means
     * the member is absent or null (nothing to divide by). Members not named are not compared, so figures
     * added later do not break this test.
     */
    private static void expect(JsonObject figures, Object... pathsAndValues) {
        Map<String, String> actual = flat(figures);
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            String path = (String) pathsAndValues[i];
            Object expected = pathsAndValues[i + 1];
            String period = figures.getString("period", "?");
            if (expected == null) {
                assertThat(actual.get(path)).as(period + " " + path).isNull();
            } else {
                assertThat(actual.get(path)).as(period + " " + path).isNotNull();
                assertThat(new BigDecimal(actual.get(path))).as(period + " " + path)
                        .isEqualByComparingTo(new BigDecimal(expected.toString()));
            }
        }
    }

    /** Every number of a JSON object by dotted path; nulls left out, as JSON-B leaves them out. */
    private static Map<String, String> flat(JsonObject o) {
        Map<String, String> into = new TreeMap<>();
        flat("", o, into);
        return into;
    }

    /** The same, with the period renamed (a week's total compared with that week's period). */
    private static Map<String, String> flat(JsonObject o, String period) {
        Map<String, String> f = flat(o);
        f.put("period", period);
        return f;
    }

    private static void flat(String prefix, JsonValue v, Map<String, String> into) {
        switch (v.getValueType()) {
            case OBJECT -> v.asJsonObject().forEach((k, child) -> flat(prefix.isEmpty() ? k : prefix + "." + k, child, into));
            case NUMBER -> into.put(prefix, ((JsonNumber) v).bigDecimalValue().toPlainString());
            case STRING -> into.put(prefix, ((jakarta.json.JsonString) v).getString());
            case TRUE, FALSE -> into.put(prefix, v.toString());
            default -> { /* null, arrays: none in KpiFigures */ }
        }
    }

    private static BigDecimal number(String cell) {
        return cell == null || cell.isEmpty() ? null : new BigDecimal(cell).stripTrailingZeros();
    }

    private static List<String> periods(JsonObject report) {
        return report.getJsonArray("periods").getValuesAs(JsonObject.class).stream().map(p -> p.getString("period"))
                .toList();
    }

    /** "name count previous change" per entry, "-" for no change (nothing before). */
    private static List<String> ranked(JsonArray ranked) {
        return ranked.getValuesAs(JsonObject.class).stream().map(r -> r.getString("name") + " "
                + r.getJsonNumber("count") + " " + r.getJsonNumber("previous") + " "
                + (r.containsKey("changePercent") && !r.isNull("changePercent")
                        ? r.getJsonNumber("changePercent").bigDecimalValue().toPlainString() : "-"))
                .toList();
    }

    private static List<Map<String, String>> csv(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        String[] lines = reply.body().split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(",", -1));
        assertThat(header).containsAll(CSV_COLUMNS.keySet());
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells[c]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static final List<String> VIEW_SUMS = List.of("opened", "resolved", "first_responses",
            "first_response_minutes", "first_response_business_minutes", "first_resolutions",
            "first_resolution_minutes", "first_resolution_business_minutes", "resolution_minutes",
            "resolution_business_minutes", "one_touch", "reopened", "escalated", "first_response_met",
            "first_response_breached", "resolution_met", "resolution_breached", "legal_met", "legal_breached");

    /** The view's sums over the week, for one department or all (null). */
    private static Map<String, Long> viewSums(String department) throws SQLException {
        String sums = String.join(", ", VIEW_SUMS.stream().map(c -> "COALESCE(SUM(" + c + "), 0) AS " + c).toList());
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("SELECT " + sums
                + " FROM kpi_daily_v WHERE report_day BETWEEN ? AND ?"
                + (department == null ? "" : " AND department = ?"))) {
            s.setObject(1, KpiDataSet.MONDAY);
            s.setObject(2, KpiDataSet.SUNDAY);
            if (department != null) {
                s.setString(3, department);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Map<String, Long> values = new LinkedHashMap<>();
                for (String column : VIEW_SUMS) {
                    values.put(column, r.getLong(column));
                }
                return values;
            }
        }
    }

    private static Map<String, Long> viewOpenedByDay() throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("SELECT report_day,"
                + " SUM(opened) FROM kpi_daily_v WHERE report_day BETWEEN ? AND ? GROUP BY report_day ORDER BY report_day")) {
            s.setObject(1, KpiDataSet.MONDAY);
            s.setObject(2, KpiDataSet.SUNDAY);
            Map<String, Long> byDay = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byDay.put(r.getObject(1, java.time.LocalDate.class).toString(), r.getLong(2));
                }
            }
            return byDay;
        }
    }
}
