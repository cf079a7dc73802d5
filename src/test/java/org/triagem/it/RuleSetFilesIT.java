package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Analysts read a version's files over HTTP: listed, one table as rows and columns with their roles,
 * downloaded byte for byte (one file or the whole version), and two versions compared row by row. No
 * test activates anything: proposing a version changes no routing.
 */
class RuleSetFilesIT extends DeployedTriagem {

    private long active;

    @BeforeEach
    void findTheActiveVersion() {
        active = api.get("api/rulesets").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getBoolean("active")).findFirst().orElseThrow().getJsonNumber("number").longValue();
    }

    /** Proposes the edited ownership table and scenarios on top of the active version, as the page does. */
    private long proposeChargesToComercial(RulesTree tree) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(RuleFileUploads.OWNERSHIP, tree.file(RuleFileUploads.OWNERSHIP));
        files.put(RuleFileUploads.SCENARIOS, tree.file(RuleFileUploads.SCENARIOS));
        Api.Reply reply = api.postBytes("api/rulesets?base=" + active + "&comment=files-it", RuleFileUploads.MULTIPART,
                RuleFileUploads.multipart(files));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().getBoolean("green")).as(reply.body()).isTrue();
        return reply.json().getJsonNumber("number").longValue();
    }

    @Test
    void listsTheFilesOfAVersionWithTheirKindsAndWhichCanBeEditedInPlace() {
        List<JsonObject> files = api.get("api/rulesets/" + active + "/files").jsonArray()
                .getValuesAs(JsonObject.class);

        assertThat(files).anySatisfy(f -> {
            assertThat(f.getString("path")).isEqualTo("ownership/ownership.drl.csv");
            assertThat(f.getString("kind")).isEqualTo("DECISION_TABLE");
            assertThat(f.getBoolean("editable")).isTrue();
        }).anySatisfy(f -> {
            assertThat(f.getString("path")).isEqualTo("classification/categories.drl.xlsx");
            assertThat(f.getBoolean("editable")).isFalse();
        }).anySatisfy(f -> {
            assertThat(f.getString("path")).isEqualTo("scenarios/intake.csv");
            assertThat(f.getString("kind")).isEqualTo("SCENARIOS");
        }).anySatisfy(f -> assertThat(f.getString("kind")).isEqualTo("DRL"));
    }

    @Test
    void showsADecisionTableWithItsTitlesConditionsActionsAndRules() {
        JsonObject file = api.get("api/rulesets/" + active + "/files/ownership/ownership.drl.csv").json();

        JsonObject sheet = file.getJsonObject("table").getJsonArray("sheets").getJsonObject(0);
        List<String> columns = sheet.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertThat(columns).contains("NAME", "CONDITION", "ACTION");
        List<JsonObject> rows = sheet.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getString("role")).contains("RULE_SET", "RULE_TABLE", "TITLES", "RULE");
        int action = columns.indexOf("ACTION");
        assertThat(rows).filteredOn(r -> r.getString("role").equals("RULE"))
                .extracting(r -> r.getJsonArray("cells").getString(action, ""))
                .contains("Financeiro", "Ouvidoria", "Atendimento");
        assertThat(rows).filteredOn(r -> r.getString("role").equals("TITLES")).singleElement()
                .satisfies(r -> assertThat(r.getJsonArray("cells").toString()).doesNotContain("$param"));

        JsonObject xlsx = api.get("api/rulesets/" + active + "/files/classification/categories.drl.xlsx").json();
        JsonObject workbookSheet = xlsx.getJsonObject("table").getJsonArray("sheets").getJsonObject(0);
        assertThat(workbookSheet.getString("name")).isNotBlank();
        assertThat(workbookSheet.getJsonArray("rows").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("role")).contains("TITLES", "RULE");

        JsonObject drl = api.get("api/rulesets/" + active + "/files/priority/priority.drl").json();
        assertThat(drl.getString("text")).contains("rule ");
    }

    @Test
    void downloadsAFileAndTheWholeVersionExactlyAsProposed() {
        RulesTree tree = RuleFileUploads.chargesToComercialUnique();
        long proposed = proposeChargesToComercial(tree);

        HttpResponse<byte[]> csv = RuleFileUploads.download(api.base(),
                "api/rulesets/" + proposed + "/files/ownership/ownership.drl.csv?download", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo(tree.file(RuleFileUploads.OWNERSHIP));
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment").contains("ownership.drl.csv");

        HttpResponse<byte[]> xlsx = RuleFileUploads.download(api.base(),
                "api/rulesets/" + proposed + "/files/classification/categories.drl.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");

        HttpResponse<byte[]> zip = RuleFileUploads.download(api.base(), "api/rulesets/" + proposed + "/files",
                "application/zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        Map<String, byte[]> zipped = RuleFileUploads.unzip(zip.body());
        assertThat(zipped.get(RuleFileUploads.OWNERSHIP)).isEqualTo(tree.file(RuleFileUploads.OWNERSHIP));
        assertThat(zipped.get("classification/categories.drl.xlsx")).isEqualTo(xlsx.body());
        HttpResponse<byte[]> base = RuleFileUploads.download(api.base(), "api/rulesets/" + active + "/files?download",
                null);
        assertThat(RuleFileUploads.unzip(base.body()).get("classification/categories.drl.xlsx"))
                .isEqualTo(xlsx.body());
    }

    @Test
    void comparesTwoVersionsRowByRowNamingTheChangedCell() {
        long proposed = proposeChargesToComercial(RuleFileUploads.chargesToComercialUnique());

        JsonObject diff = api.get("api/rulesets/" + active + "/diff/" + proposed).json();

        List<JsonObject> files = diff.getJsonArray("files").getValuesAs(JsonObject.class);
        assertThat(files).filteredOn(f -> f.getString("path").equals("classification/categories.drl.xlsx"))
                .singleElement().satisfies(f -> assertThat(f.getString("change")).isEqualTo("UNCHANGED"));
        JsonObject ownership = files.stream().filter(f -> f.getString("path").equals(RuleFileUploads.OWNERSHIP))
                .findFirst().orElseThrow();
        assertThat(ownership.getString("change")).isEqualTo("CHANGED");
        List<JsonObject> rows = ownership.getJsonArray("sheets").getJsonObject(0).getJsonArray("rows")
                .getValuesAs(JsonObject.class);
        assertThat(rows).filteredOn(r -> r.getString("change").equals("CHANGED")).singleElement().satisfies(r -> {
            assertThat(r.getJsonArray("from").toString()).contains("Financeiro");
            assertThat(r.getJsonArray("to").toString()).contains("Comercial");
            int column = r.getJsonArray("changedColumns").getInt(0);
            assertThat(r.getJsonArray("to").getString(column)).isEqualTo("Comercial");
        });
        assertThat(rows).filteredOn(r -> r.getString("change").equals("ADDED")).singleElement()
                .satisfies(r -> assertThat(r.getJsonArray("to").getString(4)).isEqualTo("Atendimento"));
        assertThat(files).filteredOn(f -> f.getString("path").equals(RuleFileUploads.SCENARIOS)).singleElement()
                .satisfies(f -> assertThat(f.getString("change")).isEqualTo("CHANGED"));
    }

    @Test
    void aFileTheVersionDoesNotHaveIsAProblemNamingIt() {
        Api.Reply reply = api.get("api/rulesets/" + active + "/files/ownership/nao-existe.drl.csv");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).contains("ownership/nao-existe.drl.csv");
    }
}
