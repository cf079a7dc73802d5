package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.it.StaffCases.etag;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A push department (Suporte Técnico, supervised by sergio; agents samuel, simone and saulo) hands its
 * new cases to its present agents within their caps; the rest wait in the queue until someone frees up.
 * The department goes back to pull afterwards, as other tests expect of its queue.
 */
class PushAssignmentIT extends DeployedTriagem {

    static final String SUPORTE = "Suporte Técnico";
    static final String SUPORTE_PATH = URLEncoder.encode(SUPORTE, StandardCharsets.UTF_8).replace("+", "%20");

    /** A complaint the default rules route to Suporte Técnico (category Defeito), from a customer of its own. */
    static String defeito(Api api, int i) {
        return StaffCases.open(api, "Produto com defeito " + i, "O aparelho chegou quebrado e não liga.");
    }

    static JsonObject overview(Api as) {
        Api.Reply r = as.get("api/staff/overview/" + SUPORTE_PATH);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static Map<String, JsonObject> agents(JsonObject overview) {
        Map<String, JsonObject> byName = new HashMap<>();
        overview.getJsonArray("workload").getValuesAs(JsonObject.class).forEach(a -> byName.put(a.getString("username"), a));
        return byName;
    }

    static void put(Api as, String path, String json) {
        Api.Reply r = as.request("PUT", path, json);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
    }

    @AfterEach
    void backToPull() {
        put(api.as("sergio"), "api/staff/assignment/" + SUPORTE_PATH, "{\"mode\": \"PULL\"}");
        // saulo is known once he signed in; back at work for the next test
        api.as("saulo").get("api/session");
        put(api.as("sergio"), "api/staff/saulo", "{\"absent\": false}");
    }

    @Test
    void aPushDepartmentSpreadsNewCasesOverItsPresentAgentsWithinTheirCapsAndAResolutionPullsTheNextOne()
            throws Exception {
        // The department starts empty: what earlier tests (or an earlier run on this database) left open in
        // its queue or on its agents' desks is closed, so the counts below are this test's alone.
        ItDatabase.update("UPDATE complaint_case SET status = 'CLOSED' WHERE department = ?"
                + " AND status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING_CUSTOMER', 'REOPENED')", SUPORTE);
        Api sergio = api.as("sergio");
        for (String user : List.of("sergio", "samuel", "simone", "saulo")) {
            assertThat(api.as(user).get("api/session").json().getBoolean("authenticated")).isTrue();
        }
        put(sergio, "api/staff/assignment/" + SUPORTE_PATH, "{\"mode\": \"PULL\", \"strategy\": \"LEAST_LOADED\"}");
        put(sergio, "api/staff/saulo", "{\"absent\": true}");
        put(sergio, "api/staff/samuel", "{\"absent\": false}");
        put(sergio, "api/staff/simone", "{\"absent\": false}");
        Map<String, JsonObject> before = agents(overview(sergio));
        assertThat(before.get("samuel").getInt("openTotal") + before.get("simone").getInt("openTotal")).isZero();
        put(sergio, "api/staff/samuel", "{\"cap\": 30}");
        put(sergio, "api/staff/simone", "{\"cap\": 25}");
        put(sergio, "api/staff/assignment/" + SUPORTE_PATH, "{\"mode\": \"PUSH\"}");
        JsonObject pushing = overview(sergio);
        assertThat(pushing.getString("mode")).isEqualTo("PUSH");
        assertThat(pushing.getJsonNumber("waiting").longValue()).isZero();
        Map<String, JsonObject> start = agents(pushing);
        int room = room(start.get("samuel")) + room(start.get("simone"));
        assertThat(room).isEqualTo(55);

        List<String> protocols = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            protocols.add(defeito(api, i));
        }

        Map<String, Integer> taken = new HashMap<>();
        List<String> waiting = new ArrayList<>();
        for (String protocol : protocols) {
            JsonObject view = api.get("api/cases/" + protocol).json();
            assertThat(view.getString("department")).isEqualTo(SUPORTE);
            if (view.containsKey("assignee")) {
                taken.merge(view.getString("assignee"), 1, Integer::sum);
                assertThat(view.getString("status")).isEqualTo("ASSIGNED");
                assertThat(assignmentDetails(view)).last().asString()
                        .startsWith("system: assigned on arrival by strategy LEAST_LOADED");
            } else {
                assertThat(view.getString("status")).isEqualTo("NEW");
                waiting.add(protocol);
            }
        }
        assertThat(taken).containsOnlyKeys("samuel", "simone")
                .containsEntry("samuel", room(start.get("samuel"))).containsEntry("simone", room(start.get("simone")));
        assertThat(waiting).hasSize(100 - room);

        JsonObject full = overview(sergio);
        Map<String, JsonObject> after = agents(full);
        for (String agent : List.of("samuel", "simone")) {
            assertThat(after.get(agent).getInt("openTotal")).as(agent).isEqualTo(after.get(agent).getInt("cap"));
        }
        assertThat(after.get("saulo").getInt("openTotal")).isEqualTo(start.get("saulo").getInt("openTotal"));
        assertThat(after.get("saulo").getBoolean("absent")).isTrue();
        assertThat(full.getJsonNumber("waiting").longValue()).isEqualTo(100 - room);

        // samuel resolves one of his: he is under his cap again and takes the oldest waiting case
        String his = protocols.stream().filter(p -> "samuel".equals(api.get("api/cases/" + p).json().getString("assignee", null)))
                .findFirst().orElseThrow();
        Api samuel = api.as("samuel");
        Api.Reply resolved = samuel.act(his, "resolve", etag(samuel, his),
                "{\"resolutionCode\": \"TROCA\", \"rootCause\": \"produto-defeituoso\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);

        JsonObject oldest = api.get("api/cases/" + waiting.get(0)).json();
        assertThat(oldest.getString("assignee", null)).isEqualTo("samuel");
        assertThat(assignmentDetails(oldest)).last().asString()
                .startsWith("system: assigned from the queue by strategy LEAST_LOADED");
        assertThat(api.get("api/cases/" + waiting.get(1)).json().containsKey("assignee")).isFalse();
        assertThat(agents(overview(sergio)).get("samuel").getInt("openTotal"))
                .isEqualTo(after.get("samuel").getInt("cap"));
    }

    @Test
    void aCapOutsideZeroToFiveHundredOrAnUnknownModeIsRefusedAsAProblem() {
        Api sergio = api.as("sergio");
        assertThat(api.as("simone").get("api/session").status()).isEqualTo(200);

        Api.Reply cap = sergio.request("PUT", "api/staff/simone", "{\"cap\": 501}");
        assertThat(cap.status()).isEqualTo(400);
        assertThat(cap.contentType()).startsWith("application/problem+json");
        assertThat(cap.body()).contains("cap");

        Api.Reply mode = sergio.request("PUT", "api/staff/assignment/" + SUPORTE_PATH, "{\"mode\": \"SHOVE\"}");
        assertThat(mode.status()).isEqualTo(400);
        assertThat(mode.body()).contains("PULL or PUSH");

        // another department's supervisor neither reads nor changes Suporte Técnico
        assertThat(api.as("sofia").get("api/staff/overview/" + SUPORTE_PATH).status()).isEqualTo(403);
        assertThat(api.as("sofia").request("PUT", "api/staff/assignment/" + SUPORTE_PATH, "{\"mode\": \"PUSH\"}")
                .status()).isEqualTo(403);
        assertThat(api.as("samuel").get("api/staff/overview/" + SUPORTE_PATH).status()).isEqualTo(403);
    }

    private static int room(JsonObject agent) {
        return agent.getInt("cap") - agent.getInt("openTotal");
    }

    /** Each ASSIGNMENT event of the history as "actor: detail". */
    private static List<String> assignmentDetails(JsonObject view) {
        return view.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("ASSIGNMENT"))
                .map(e -> e.getString("actor") + ": " + e.getString("detail", "")).toList();
    }
}
