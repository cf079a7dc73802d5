package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An analyst foresees a proposed version's impact on past cases in Chromium, reads the department
 * matrix, and sees the preview again when asked to confirm the activation.
 */
class ImpactPreviewBrowserIT extends DeployedTriagem {

    private static final String CHARGE = "{\"subject\": \"Cobrança indevida\", \"description\":"
            + " \"Fui cobrada duas vezes pela mesma compra.\"}";

    private WebDriver browser;
    private long activeAtStart;

    @BeforeEach
    void openBrowser() {
        activeAtStart = activeVersion();
        browser = Browser.open("pt-BR");
        StaffLogin.signIn(browser, rootUrl(), "analyst.html?lang=pt-BR", "ana");
    }

    @AfterEach
    void restoreRulesAndCloseBrowser() {
        browser.quit();
        if (activeVersion() != activeAtStart) {
            api.postJson("api/rulesets/" + activeAtStart + "/activate",
                    "{\"actor\": \"test\", \"overrideReason\": \"restoring the rules after a browser test\"}");
        }
    }

    @Test
    void previewsAProposedVersionOnPastCasesAndShowsTheDepartmentMatrix() throws SQLException {
        List<String> seeded = List.of(seed(CHARGE, 4), seed(CHARGE, 6));
        long proposed = propose("impact-browser-" + System.nanoTime());

        byId("impact-version").sendKeys(String.valueOf(proposed));
        byId("impact-days").clear();
        byId("impact-days").sendKeys("30");
        byId("impact-run").click();

        await().atMost(Duration.ofSeconds(90)).until(() -> !browser.findElements(
                By.cssSelector("#impact-result table.impact-matrix")).isEmpty());
        Browser.screenshot(browser, "impact-preview-matrix");
        JsonObject stored = api.get("api/rulesets/" + proposed + "/impact").json().getJsonObject("summary");
        long moved = stored.getJsonArray("departmentMatrix").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("from").equals("Financeiro") && c.getString("to").equals("Comercial"))
                .mapToLong(c -> c.getJsonNumber("count").longValue()).sum();
        assertThat(moved).isGreaterThanOrEqualTo(seeded.size());
        assertThat(matrixCell("Financeiro", "Comercial")).isEqualTo(String.valueOf(moved));
        assertThat(byId("impact-status").getText()).isEqualTo("Prévia concluída.");
        assertThat(byId("impact-progress").getAttribute("value")).isEqualTo(byId("impact-progress").getAttribute("max"));
        assertThat(browser.findElement(By.cssSelector("#impact-result li[data-kind='department'] strong")).getText())
                .isEqualTo(String.valueOf(stored.getJsonObject("changed").getJsonNumber("department").longValue()));
        List<String> links = browser.findElements(By.cssSelector("#impact-result ul[data-kind='department'] a"))
                .stream().map(a -> a.getAttribute("href")).toList();
        assertThat(links).anySatisfy(href -> assertThat(href).endsWith("staff.html?q=" + seeded.get(0) + "#" + seeded.get(0)));
    }

    @Test
    void activationAsksForConfirmationAndShowsTheImpactSummary() {
        long proposed = propose("impact-confirm-" + System.nanoTime());
        Api.Reply started = api.postJson("api/rulesets/" + proposed + "/impact?days=30", "");
        String job = started.location().substring(started.location().indexOf("api/"));
        await().atMost(Duration.ofSeconds(90)).until(() -> "DONE".equals(api.get(job).json().getString("state")));
        browser.navigate().refresh();
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(
                By.cssSelector("#versions tr[data-version='" + proposed + "'] button.activate")).isEmpty());

        activateButton(proposed).click();
        WebElement dialog = byId("activate-dialog");
        await().atMost(Duration.ofSeconds(20)).until(() -> !dialog.findElements(By.cssSelector("table.impact-matrix")).isEmpty());
        Browser.screenshot(browser, "impact-activation-dialog");
        assertThat(dialog.isDisplayed()).isTrue();
        assertThat(byId("activate-dialog-title").getText()).isEqualTo("Ativar a versão v" + proposed + "?");
        assertThat(dialog.getText()).contains("reclamações reaplicadas").contains("mudariam de departamento");
        byId("activate-cancel").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !dialog.isDisplayed());
        assertThat(activeVersion()).isEqualTo(activeAtStart);

        activateButton(proposed).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("activate-confirm").isDisplayed());
        byId("activate-confirm").click();
        await().atMost(Duration.ofSeconds(20)).until(() -> activeVersion() == proposed);
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private WebElement activateButton(long version) {
        return browser.findElement(By.cssSelector("#versions tr[data-version='" + version + "'] button.activate"));
    }

    private String matrixCell(String from, String to) {
        return browser.findElement(By.cssSelector("#impact-result table.impact-matrix tr[data-from='" + from
                + "'] td[data-to='" + to + "']")).getText();
    }

    private long propose(String comment) {
        Api.Reply reply = api.postBytes("api/rulesets?author=it-analyst&comment=" + comment, "application/zip",
                RuleFileUploads.chargesToComercialUnique().zip());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("number").longValue();
    }

    private long activeVersion() {
        return api.get("api/rulesets").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getBoolean("active")).mapToLong(v -> v.getJsonNumber("number").longValue())
                .findFirst().orElseThrow();
    }

    /** A complaint sent through the web form, then dated {@code daysAgo} days back. */
    private String seed(String complaint, int daysAgo) throws SQLException {
        Api.Reply created = api.anonymous().postJson("api/intake/webform", complaint);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String protocol = created.json().getString("protocol");
        ItDatabase.update("UPDATE complaint_case SET opened_at = CURRENT_TIMESTAMP - (" + daysAgo
                + " * INTERVAL '1' DAY) WHERE protocol = ?", protocol);
        return protocol;
    }
}
