package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The case list's filters behind the dashboard's click-through: channel, category and the opening days
 * (America/Sao_Paulo), still scoped to the caller's departments, and a clear 400 for values it cannot read.
 * Other tests share the database, so each assertion looks at the cases seeded here.
 */
class CaseListFiltersIT extends DeployedTriagem {

    private static final ZoneId DESK = ZoneId.of("America/Sao_Paulo");

    private List<String> protocols(Api as, String query) {
        Api.Reply r = as.get("api/cases?limit=200&" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.jsonArray().stream().map(JsonValue::asJsonObject).map(c -> c.getString("protocol")).toList();
    }

    private String phoneCase() {
        Api.Reply started = new SignedCalls(api).send(SignedCalls.newEventId(), SignedCalls.event("call.started",
                SignedCalls.newCallId(), "\"caller\":\"" + SignedCalls.randomCaller() + "\",\"ivrChoice\":\"cobranca\""));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json().getString("protocol");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theChannelFilterListsOnlyThatChannelsCases() {
        String web = StaffCases.financeiro(api);
        String phone = phoneCase();
        String today = LocalDate.now(DESK).toString();

        List<String> byPhone = protocols(api, "channel=PHONE&openedFrom=" + today);
        List<String> byWeb = protocols(api, "channel=WEB_FORM&openedFrom=" + today);

        assertThat(byPhone).contains(phone).doesNotContain(web);
        assertThat(byWeb).contains(web).doesNotContain(phone);
        assertThat(api.get("api/cases?limit=200&channel=PHONE").jsonArray()).allSatisfy(c ->
                assertThat(c.asJsonObject().getString("channel")).isEqualTo("PHONE"));
        assertThat(protocols(api, "channel=PHONE,WEB_FORM&openedFrom=" + today)).contains(phone, web);
    }

    @Test
    void theCategoryFilterListsOnlyThatCategorysCases() {
        String marker = "marca-" + UUID.randomUUID();
        String charge = StaffCases.open(api, "Cobrança indevida " + marker, "Fui cobrado duas vezes na fatura " + marker);
        String delivery = StaffCases.open(api, "Entrega atrasada " + marker, "Meu pedido não chegou, entrega atrasada " + marker);
        JsonObject chargeCase = api.get("api/cases/" + charge).json();
        String category = chargeCase.getString("category");
        assertThat(api.get("api/cases/" + delivery).json().getString("category", "")).isNotEqualTo(category);

        assertThat(protocols(api, "q=" + marker + "&category=" + encoded(category))).containsExactly(charge);
        assertThat(protocols(api, "q=" + marker + "&category=" + encoded("não-existe"))).isEmpty();
    }

    @Test
    void openingDaysAreWholeDaysInSaoPauloBothInclusive() {
        String marker = "marca-" + UUID.randomUUID();
        String protocol = StaffCases.open(api, "Cobrança " + marker, "Cobrança em dobro " + marker);
        LocalDate today = LocalDate.now(DESK);

        assertThat(protocols(api, "q=" + marker + "&openedFrom=" + today + "&openedTo=" + today)).containsExactly(protocol);
        assertThat(protocols(api, "q=" + marker + "&openedTo=" + today.minusDays(1))).isEmpty();
        assertThat(protocols(api, "q=" + marker + "&openedFrom=" + today.plusDays(1))).isEmpty();
        assertThat(protocols(api, "q=" + marker + "&openedFrom=" + today.minusDays(7))).containsExactly(protocol);
    }

    @Test
    void theNewFiltersKeepStaffWithinTheirDepartments() {
        String marker = "marca-" + UUID.randomUUID();
        String financeiro = StaffCases.open(api, "Cobrança " + marker, "Fui cobrado duas vezes " + marker);
        String logistica = StaffCases.open(api, "Entrega " + marker, "Meu pedido não chegou, entrega atrasada " + marker);
        String today = LocalDate.now(DESK).toString();
        String query = "q=" + marker + "&channel=WEB_FORM&openedFrom=" + today + "&openedTo=" + today;

        assertThat(protocols(api.as("fabio"), query)).containsExactly(financeiro);
        assertThat(protocols(api.as("lucas"), query)).containsExactly(logistica);
        assertThat(protocols(api.as("fabio"), query + "&department=" + encoded(StaffCases.LOGISTICA))).isEmpty();
        assertThat(protocols(api, query)).containsExactlyInAnyOrder(financeiro, logistica);
    }

    @Test
    void valuesTheListCannotReadAreA400NamingTheField() {
        assertBadInput("channel=FAX", "channel");
        assertBadInput("openedFrom=02/03/2026", "openedFrom");
        assertBadInput("openedTo=amanha", "openedTo");
        assertBadInput("openedFrom=2026-03-08&openedTo=2026-03-02", "openedTo");
    }

    private void assertBadInput(String query, String field) {
        Api.Reply r = api.as("sofia").get("api/cases?" + query);
        assertThat(r.status()).as(query).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonObject problem = r.json();
        assertThat(problem.getString("type")).endsWith("/invalid-input");
        assertThat(problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .as(query).containsExactly(field);
    }
}
