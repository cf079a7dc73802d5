package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.it.StaffCases.etag;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Department staff work cases through the lifecycle actions; every change is guarded by If-Match. */
class CaseActionsIT extends DeployedTriagem {

    private JsonObject act(Api as, String protocol, String action, String json) {
        Api.Reply r = as.act(protocol, action, etag(as, protocol), json);
        assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
        assertThat(r.header("ETag")).isNotNull();
        return r.json();
    }

    private static List<String> eventTypes(JsonObject view) {
        return view.getJsonArray("history").stream().map(v -> v.asJsonObject().getString("type")).toList();
    }

    @Test
    void anAgentClaimsWorksWaitsOnTheCustomerResolvesAndClosesACase() {
        Api fabio = api.as("fabio");
        String protocol = StaffCases.financeiro(api);

        JsonObject claimed = act(fabio, protocol, "claim", "{}");
        assertThat(claimed.getString("status")).isEqualTo("ASSIGNED");
        assertThat(claimed.getString("assignee")).isEqualTo("fabio");
        JsonObject assignment = claimed.getJsonArray("history").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("type").equals("ASSIGNMENT")).findFirst().orElseThrow();
        assertThat(assignment.getString("actor")).isEqualTo("fabio");
        assertThat(assignment.getString("valueAfter")).isEqualTo("fabio");
        assertThat(assignment.getString("at")).isNotBlank();

        assertThat(act(fabio, protocol, "start", "{}").getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(act(fabio, protocol, "pending-customer", "{}").getString("status")).isEqualTo("PENDING_CUSTOMER");
        assertThat(act(fabio, protocol, "start", "{}").getString("status")).isEqualTo("IN_PROGRESS");

        Api.Reply withoutCode = fabio.act(protocol, "resolve", etag(fabio, protocol), "{\"rootCause\": \"sistema\"}");
        assertThat(withoutCode.status()).isEqualTo(422);
        assertThat(withoutCode.json().getString("detail")).isEqualTo("Informe o código de resolução.");

        JsonObject resolved = act(fabio, protocol, "resolve",
                "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"cobranca-duplicada\", \"note\": \"estorno feito\"}");
        assertThat(resolved.getString("status")).isEqualTo("RESOLVED");
        assertThat(resolved.getJsonObject("resolution").getString("code")).isEqualTo("ESTORNO");
        assertThat(resolved.getJsonObject("resolution").getString("rootCause")).isEqualTo("cobranca-duplicada");

        JsonObject closed = act(fabio, protocol, "close", "{}");
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getJsonArray("allowedActions")).isEmpty();
    }

    @Test
    void aResolvedCaseIsReopenedAndAReopenedCaseIsClaimedAgain() {
        Api fabio = api.as("fabio");
        String protocol = StaffCases.financeiro(api);
        act(fabio, protocol, "resolve", "{\"resolutionCode\": \"ORIENTACAO\", \"rootCause\": \"duvida\"}");
        assertThat(act(fabio, protocol, "reopen", "{}").getString("status")).isEqualTo("REOPENED");
        assertThat(act(fabio, protocol, "claim", "{}").getString("status")).isEqualTo("ASSIGNED");
    }

    @Test
    void anIllegalActionIs409NamingTheStatusAndTheAllowedActions() {
        String protocol = StaffCases.financeiro(api);
        Api.Reply refused = api.as("fabio").speaking("en").act(protocol, "close", etag(api, protocol), "{}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonObject problem = refused.json();
        assertThat(problem.getString("caseStatus")).isEqualTo("NEW");
        assertThat(problem.getJsonArray("allowedActions").getValuesAs(JsonString::getString))
                .contains("claim", "assign", "transfer", "resolve", "merge").doesNotContain("close", "reopen");
        assertThat(problem.getString("detail")).contains("NEW").contains("close");
    }

    @Test
    void anActionWithoutIfMatchIs428AndWithAStaleETagIs412() {
        Api fabio = api.as("fabio");
        String protocol = StaffCases.financeiro(api);
        String first = etag(fabio, protocol);

        assertThat(fabio.act(protocol, "claim", null, "{}").status()).isEqualTo(428);
        assertThat(fabio.act(protocol, "claim", "*", "{}").status()).isEqualTo(428);
        assertThat(fabio.act(protocol, "claim", first, "{}").status()).isEqualTo(200);

        // a colleague who read the case before fabio's claim cannot overwrite it
        Api.Reply stale = api.as("fernanda").act(protocol, "claim", first, "{}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).isNotEqualTo(first);
        assertThat(api.get("api/cases/" + protocol).json().getString("assignee")).isEqualTo("fabio");

        // a weak tag of the current version is accepted
        String weak = "W/" + etag(fabio, protocol);
        assertThat(fabio.act(protocol, "start", weak, "{}").status()).isEqualTo(200);
    }

    @Test
    void onlyASupervisorAssignsAndTheDepartmentsStrategyPicksAPresentAgent() {
        Api sofia = api.as("sofia");
        // staff join the directory when they sign in
        for (String user : List.of("fabio", "fernanda", "sofia")) {
            assertThat(api.as(user).get("api/session").json().getBoolean("authenticated")).isTrue();
        }
        assertThat(sofia.request("PUT", "api/staff/fabio", "{\"absent\": false, \"skills\": [\"cartao\"]}").status())
                .isEqualTo(200);
        assertThat(sofia.request("PUT", "api/staff/fernanda", "{\"absent\": true}").status()).isEqualTo(200);
        assertThat(sofia.request("PUT", "api/staff/assignment/Financeiro", "{\"strategy\": \"ROUND_ROBIN\"}").status())
                .isEqualTo(200);

        String protocol = StaffCases.financeiro(api);
        assertThat(api.as("fabio").act(protocol, "assign", etag(api, protocol), "{\"agent\": \"fernanda\"}").status())
                .isEqualTo(403);
        // fernanda is away: round-robin skips her, whoever was picked last
        for (int i = 0; i < 2; i++) {
            String next = StaffCases.financeiro(api);
            JsonObject auto = act(sofia, next, "assign", "{}");
            assertThat(auto.getString("assignee")).isEqualTo("fabio");
            assertThat(auto.toString()).contains("ROUND_ROBIN");
        }

        assertThat(sofia.request("PUT", "api/staff/fernanda", "{\"absent\": false}").status()).isEqualTo(200);
        JsonObject named = act(sofia, protocol, "assign", "{\"agent\": \"fernanda\"}");
        assertThat(named.getString("assignee")).isEqualTo("fernanda");
        assertThat(named.getString("status")).isEqualTo("ASSIGNED");

        // an agent of another department cannot be given the case
        assertThat(sofia.act(protocol, "assign", etag(sofia, protocol), "{\"agent\": \"lucas\"}").status())
                .isEqualTo(422);

        JsonObject unassigned = act(api.as("fernanda"), protocol, "unassign", "{}");
        assertThat(unassigned.getString("status")).isEqualTo("NEW");
        assertThat(unassigned.containsKey("assignee")).isFalse();
    }

    @Test
    void aTransferMovesTheCaseToTheOtherDepartmentsQueueAndOutOfSight() {
        String protocol = StaffCases.financeiro(api);
        Api fabio = api.as("fabio");
        act(fabio, protocol, "claim", "{}");

        Api.Reply noReason = fabio.act(protocol, "transfer", etag(fabio, protocol), "{\"department\": \"Logística\"}");
        assertThat(noReason.status()).isEqualTo(422);

        JsonObject moved = act(fabio, protocol, "transfer",
                "{\"department\": \"Logística\", \"reason\": \"é sobre a entrega, não a cobrança\"}");
        assertThat(moved.getString("department")).isEqualTo("Logística");
        assertThat(moved.getString("status")).isEqualTo("NEW");
        assertThat(moved.containsKey("assignee")).isFalse();
        assertThat(eventTypes(moved)).contains("TRANSFERRED", "REDECIDED");
        JsonObject transfer = moved.getJsonArray("history").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("type").equals("TRANSFERRED")).findFirst().orElseThrow();
        assertThat(transfer.getString("valueBefore")).isEqualTo("Financeiro");
        assertThat(transfer.getString("valueAfter")).isEqualTo("Logística");
        assertThat(transfer.getString("detail")).isEqualTo("é sobre a entrega, não a cobrança");

        assertThat(fabio.get("api/cases/" + protocol).status()).isEqualTo(404);
        assertThat(api.as("lucas").get("api/cases/" + protocol).status()).isEqualTo(200);

        JsonObject kept = act(api.as("lucas"), protocol, "transfer",
                "{\"department\": \"Financeiro\", \"reason\": \"volta\", \"keepDecisions\": true}");
        assertThat(eventTypes(kept).stream().filter("REDECIDED"::equals).count()).isEqualTo(1);
    }

    @Test
    void aDuplicateIsMergedIntoTheSurvivingCaseAndBothHistoriesStay() {
        Api fabio = api.as("fabio");
        String survivor = StaffCases.financeiro(api);
        String duplicate = StaffCases.financeiro(api);

        JsonObject merged = act(fabio, duplicate, "merge", "{\"into\": \"" + survivor + "\"}");
        assertThat(merged.getString("status")).isEqualTo("MERGED");
        assertThat(merged.getString("mergedInto")).isEqualTo(survivor);
        assertThat(eventTypes(merged)).startsWith("OPENED").contains("MERGED", "STATUS_CHANGED");

        JsonObject kept = api.get("api/cases/" + survivor).json();
        assertThat(kept.getString("status")).isEqualTo("NEW");
        assertThat(eventTypes(kept)).startsWith("OPENED").contains("MERGED");

        // a case of another department is not a merge target the agent can name
        String foreign = StaffCases.logistica(api);
        String other = StaffCases.financeiro(api);
        assertThat(fabio.act(other, "merge", etag(fabio, other), "{\"into\": \"" + foreign + "\"}").status())
                .isEqualTo(404);
    }

    @Test
    void aMergeBringsTheConversationAlongAndACaseCanBeMarkedADuplicate() {
        Api fabio = api.as("fabio");
        String survivor = StaffCases.financeiro(api);
        String merged = StaffCases.financeiro(api);
        assertThat(fabio.postJson("api/cases/" + merged + "/messages", "{\"kind\": \"NOTE\", \"text\": \"ligou às 10h\"}")
                .status()).isEqualTo(201);

        act(fabio, merged, "merge", "{\"into\": \"" + survivor + "\"}");

        JsonObject kept = api.get("api/cases/" + survivor).json();
        assertThat(kept.getJsonArray("messages").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("body")).contains("ligou às 10h");

        String repeat = StaffCases.financeiro(api);
        JsonObject marked = act(fabio, repeat, "mark-duplicate", "{\"into\": \"" + survivor + "\"}");
        assertThat(marked.getString("status")).isEqualTo("DUPLICATE");
        assertThat(marked.getString("mergedInto")).isEqualTo(survivor);
        assertThat(eventTypes(api.get("api/cases/" + survivor).json())).contains("DUPLICATE_MARKED");
    }

    @Test
    void departmentPriorityAndSlaCannotBeSetDirectly() {
        String protocol = StaffCases.financeiro(api);
        String forged = "{\"department\": \"Logística\", \"priority\": \"P1\", \"status\": \"CLOSED\","
                + " \"sla\": {\"resolutionMinutes\": 1}, \"assignee\": \"lucas\"}";

        assertThat(api.request("PUT", "api/cases/" + protocol, forged).status()).isEqualTo(405);
        assertThat(api.request("PATCH", "api/cases/" + protocol, forged).status()).isEqualTo(405);
        JsonObject claimed = act(api.as("fabio"), protocol, "claim", forged);

        assertThat(claimed.getString("department")).isEqualTo("Financeiro");
        assertThat(claimed.getString("priority")).isEqualTo("P3");
        assertThat(claimed.getString("status")).isEqualTo("ASSIGNED");
        assertThat(claimed.getString("assignee")).isEqualTo("fabio");
        assertThat(claimed.getJsonObject("sla").getInt("resolutionMinutes")).isGreaterThan(1);
    }
}
