package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the published OpenAPI document × every demo role × a case of the caller's own
 * department and one of another: nobody gets a 2xx they are not entitled to, a foreign case is a 404,
 * and no list shows a foreign protocol. A new endpoint without a rule here fails the test.
 */
class AuthorizationMatrixIT extends DeployedTriagem {

    /** A demo user: name (null for anonymous), roles, departments. */
    record Who(String name, Set<String> roles, Set<String> departments) {
        boolean is(String role) {
            return roles.contains(role);
        }

        boolean staff() {
            return is("agent") || is("supervisor") || is("admin");
        }
    }

    static final List<Who> PEOPLE = List.of(
            new Who(null, Set.of(), Set.of()),
            new Who("admin", Set.of("admin"), Set.of()),
            new Who("ana", Set.of("analyst"), Set.of()),
            new Who("sofia", Set.of("supervisor"), Set.of("Financeiro")),
            new Who("fabio", Set.of("agent"), Set.of("Financeiro")),
            new Who("lucas", Set.of("agent"), Set.of("Logística")),
            new Who("integra", Set.of("integration"), Set.of()));

    /** Public paths: anyone may call them (intake, the customer's status page, signing in). */
    static boolean isPublic(String path) {
        return path.startsWith("/api/intake/") || path.startsWith("/api/public/") || path.equals("/api/session");
    }

    /**
     * Whether the person may get a 2xx from the endpoint for a case of {@code caseDepartment} (null
     * when the path names no case).
     */
    static boolean entitled(Who who, String method, String path, String caseDepartment) {
        if (path.contains("/impact")) {
            // The impact preview of a version that does not exist (concretise): nobody reads or starts one.
            return false;
        }
        if (path.startsWith("/api/rulesets") || path.startsWith("/api/rules/")) {
            return who.is("analyst") || who.is("admin");
        }
        if (path.startsWith("/api/quarantine")) {
            return who.is("admin");
        }
        if (path.startsWith("/api/staff")) {
            return who.is("admin") || (who.is("supervisor") && who.departments().contains(caseDepartment));
        }
        if (path.startsWith("/api/catalogues")) {
            // The managed lists: everyone who works cases or rules reads them; admins change them.
            return method.equals("get") ? who.staff() || who.is("analyst") : who.is("admin");
        }
        if (path.startsWith("/api/calendars")) {
            // Everyone who works cases or rules may read a department's business calendar; admins edit it.
            return method.equals("get") ? who.staff() || who.is("analyst") : who.is("admin");
        }
        if (path.startsWith("/api/privacy") || path.startsWith("/api/subjects")) {
            // The data protection officer's work: exports, anonymisation, holds, retention, the reveals' audit.
            return who.is("admin") || who.is("dpo");
        }
        if (path.equals("/api/reports/subject-requests") || path.equals("/api/subject-requests")) {
            // The subjects' requests and their tally: the DPO, admins and supervisors.
            return method.equals("get") && (who.is("admin") || who.is("dpo") || who.is("supervisor"));
        }
        if (path.startsWith("/api/subject-requests/{id}")) {
            // {id} names a request nobody made (concretise), so nobody may read or change it.
            return false;
        }
        if (path.equals("/api/reports/kpis")) {
            // Supervisors read their own departments' KPIs, admins all, agents only their own figures.
            return who.is("admin") || who.is("supervisor") || who.is("agent");
        }
        if (path.startsWith("/api/reports")) {
            // The digest quotes department-wide comments and breached cases: supervisors and admins only.
            return who.is("admin") || who.is("supervisor");
        }
        if (path.equals("/api/cases/backlog")) {
            return who.is("admin") || who.is("supervisor");
        }
        if (path.startsWith("/api/cases")) {
            if (!who.staff()) {
                return false;
            }
            return caseDepartment == null || who.is("admin") || who.departments().contains(caseDepartment);
        }
        throw new AssertionError("no authorization rule for " + method + " " + path + ": add one to this test");
    }

    @Test
    void nobodyGetsA2xxTheyAreNotEntitledToAndForeignCasesAre404() {
        Map<String, String> casesByDepartment = Map.of(
                StaffCases.FINANCEIRO, StaffCases.financeiro(api),
                StaffCases.LOGISTICA, StaffCases.logistica(api));
        JsonObject paths = openApiPaths();
        List<String> violations = new ArrayList<>();
        int calls = 0;

        for (String template : paths.keySet()) {
            String path = template.startsWith("/api/") ? template : "/api" + template;
            if (isPublic(path)) {
                continue;
            }
            for (String method : paths.getJsonObject(template).keySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                for (Map.Entry<String, String> target : casesByDepartment.entrySet()) {
                    boolean namesCase = path.contains("{protocol}");
                    // {username} is fabio, of Financeiro; other staff paths name the target department
                    String department = path.contains("{username}") ? StaffCases.FINANCEIRO
                            : namesCase || path.startsWith("/api/staff") ? target.getKey() : null;
                    for (String concrete : concretise(path, target.getValue(), target.getKey())) {
                        for (Who who : PEOPLE) {
                            boolean entitled = entitled(who, method, path, department);
                            // Entitled writes are exercised by the action ITs; here they would only disturb other tests.
                            if (entitled && !method.equals("get")) {
                                continue;
                            }
                            Api as = who.name() == null ? api.anonymous() : api.as(who.name());
                            String etag = namesCase ? StaffCases.etag(api, target.getValue()) : null;
                            Api.Reply r = method.equals("post") && path.contains("/actions/")
                                    ? as.act(target.getValue(), concrete.substring(concrete.lastIndexOf('/') + 1), etag, "{}")
                                    : as.request(method.toUpperCase(Locale.ROOT), concrete.substring(1),
                                            method.equals("get") ? null : "{}");
                            calls++;
                            String cell = method.toUpperCase(Locale.ROOT) + " " + concrete + " as " + who.name() + " → "
                                    + r.status();
                            if (!entitled && r.status() / 100 == 2) {
                                violations.add("unauthorized 2xx: " + cell);
                            }
                            if (namesCase && who.staff() && !who.is("admin") && !entitled && r.status() != 404) {
                                violations.add("foreign case not 404: " + cell);
                            }
                            if (entitled && method.equals("get") && r.status() / 100 != 2) {
                                violations.add("entitled read refused: " + cell);
                            }
                            if (entitled && method.equals("get") && path.equals("/api/cases")) {
                                violations.addAll(foreignProtocols(who, r));
                            }
                        }
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(100);
        assertThat(violations).isEmpty();
    }

    @Test
    void listsFilteredByAnotherDepartmentStayEmpty() {
        StaffCases.logistica(api);
        Api.Reply r = api.as("fabio").get("api/cases?department=Log%C3%ADstica&limit=200");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.jsonArray()).isEmpty();
        assertThat(r.header("X-Total-Count")).isEqualTo("0");
    }

    private static List<String> foreignProtocols(Who who, Api.Reply list) {
        List<String> found = new ArrayList<>();
        for (JsonValue v : list.jsonArray()) {
            JsonObject summary = v.asJsonObject();
            if (!who.is("admin") && !who.departments().contains(summary.getString("department"))) {
                found.add("foreign protocol " + summary.getString("protocol") + " listed to " + who.name());
            }
        }
        return found;
    }

    /** The concrete URLs of a path template: every action for the actions path. */
    private static List<String> concretise(String path, String protocol, String department) {
        String dept = URLEncoder.encode(department, StandardCharsets.UTF_8);
        String base = path.replace("/api/subject-requests/{id}", "/api/subject-requests/999999999")
                .replace("{version}/impact", "999999/impact")
                .replace("{job}", "no-such-job")
                .replace("{protocol}", protocol)
                .replace("{field}", "email")
                .replace("{version}", "1")
                .replace("{other}", "1")
                .replace("{path}", "ownership/ownership.drl.csv")
                .replace("{id}", "1")
                .replace("{username}", "fabio")
                .replace("{list}", "departments")
                .replace("{code}", "Comercial")
                .replace("{department}", dept)
                + (path.equals("/api/cases") ? "?limit=200" : path.equals("/api/staff") ? "?department=" + dept : "");
        if (!base.contains("{action}")) {
            return List.of(base);
        }
        return Arrays.stream(ACTIONS).map(a -> base.replace("{action}", a)).toList();
    }

    static final String[] ACTIONS = {"claim", "assign", "unassign", "start", "transfer", "pending-customer", "resolve",
        "close", "reopen", "merge"};

    private JsonObject openApiPaths() {
        Api.Reply doc = api.anonymous().request("GET", "openapi?format=JSON", null);
        assertThat(doc.status()).isEqualTo(200);
        return doc.json().getJsonObject("paths");
    }
}
