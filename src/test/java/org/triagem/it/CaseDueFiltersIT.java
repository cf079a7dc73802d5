package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case list's due filters and order over every SLA clock, on the server: "breached" (a running clock
 * past its due time), "due within N hours" (none past due, the nearest within the window), the due order
 * by the running clock due first, and each item's nextDue naming that clock. Four Financeiro cases,
 * their clocks set through the database; other tests share it, so each query is narrowed to this test's
 * marker.
 */
class CaseDueFiltersIT extends DeployedTriagem {

    private String marker;
    private String overdue;
    private String resolutionSoon;
    private String firstResponseInTwoDays;
    private String answeredLate;

    @BeforeEach
    void fourCasesWithKnownClocks() throws Exception {
        marker = "prazo-" + UUID.randomUUID();
        // Opened in the reverse of the due order, so that neither the opening order nor the legal deadline
        // (seven days from opening) gives the order the due sort must give.
        answeredLate = open("respondida com atraso");
        firstResponseInTwoDays = open("primeira resposta em 2 dias");
        resolutionSoon = open("resolução em 3 h");
        overdue = open("primeira resposta vencida");
        clocks(overdue, -120, 3 * 1440, 7 * 1440);
        clocks(resolutionSoon, 10 * 1440, 180, 7 * 1440);
        clocks(firstResponseInTwoDays, 2 * 1440, 3 * 1440, 7 * 1440);
        clocks(answeredLate, -60, 5 * 1440, 7 * 1440);
        // The first response came, late: a stopped clock is past due but no longer counts.
        ItDatabase.setClock(answeredLate, "FIRST_RESPONSE", "STOPPED", -60);
    }

    private String open(String subject) {
        return StaffCases.open(api, "Cobrança " + subject + " " + marker, "Fui cobrado duas vezes " + marker);
    }

    private static void clocks(String protocol, int firstResponse, int resolution, int legal) throws Exception {
        ItDatabase.setClock(protocol, "FIRST_RESPONSE", "RUNNING", firstResponse);
        ItDatabase.setClock(protocol, "RESOLUTION", "RUNNING", resolution);
        ItDatabase.setClock(protocol, "LEGAL", "RUNNING", legal);
    }

    private List<JsonObject> list(Api as, String query) {
        Api.Reply r = as.get("api/cases?limit=200&q=" + marker + "&" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private List<String> protocols(String query) {
        return list(api, query).stream().map(c -> c.getString("protocol")).toList();
    }

    @Test
    void breachedListsTheCasesWithARunningClockPastDue() {
        assertThat(protocols("due=breached")).containsExactly(overdue);
        Api.Reply r = api.get("api/cases?limit=1&q=" + marker + "&due=breached");
        assertThat(r.header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void dueWithinListsTheCasesWhoseNearestClockFallsDueInTheWindowOfAnyClock() {
        assertThat(protocols("due=within&hours=4")).containsExactly(resolutionSoon);
        assertThat(protocols("due=within&hours=72&sort=due")).containsExactly(resolutionSoon, firstResponseInTwoDays);
        assertThat(protocols("due=within")).as("24 hours unless told").containsExactly(resolutionSoon);
    }

    @Test
    void theDueOrderIsByTheRunningClockDueFirst() {
        assertThat(protocols("sort=due")).containsExactly(overdue, resolutionSoon, firstResponseInTwoDays, answeredLate);
    }

    @Test
    void eachItemNamesTheRunningClockItCountsDownTo() {
        List<JsonObject> items = list(api, "sort=due");

        assertThat(items).extracting(c -> c.getJsonObject("nextDue").getString("clock"))
                .containsExactly("FIRST_RESPONSE", "RESOLUTION", "FIRST_RESPONSE", "RESOLUTION");
        OffsetDateTime dueAt = OffsetDateTime.parse(items.get(1).getJsonObject("nextDue").getString("dueAt"));
        assertThat(dueAt).isBetween(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(170),
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(181));
    }

    @Test
    void openedSinceCountsOnlyTheCasesOpenedAtOrAfterAnInstant() {
        String before = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10).toString();
        String after = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1).toString();

        assertThat(protocols("openedSince=" + encoded(before))).hasSize(4);
        assertThat(protocols("openedSince=" + encoded(after))).isEmpty();
        assertThat(protocols("openedSince=" + encoded(before) + "&openedTo=2020-01-01")).isEmpty();
    }

    @Test
    void theDueFiltersKeepStaffWithinTheirDepartments() {
        assertThat(list(api.as("fabio"), "due=breached")).extracting(c -> c.getString("protocol"))
                .containsExactly(overdue);
        assertThat(list(api.as("lucas"), "due=breached")).isEmpty();
    }

    @Test
    void valuesTheFiltersCannotReadAreA400NamingTheField() {
        assertBadInput("due=vencidos", "due");
        assertBadInput("due=within&hours=0", "hours");
        assertBadInput("due=within&hours=muitas", "hours");
        assertBadInput("openedSince=ontem", "openedSince");
    }

    private void assertBadInput(String query, String field) {
        Api.Reply r = api.as("fabio").get("api/cases?" + query);
        assertThat(r.status()).as(query).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .as(query).containsExactly(field);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
