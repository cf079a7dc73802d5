package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An analyst reads a version's tables on regras.html in Chromium, edits a cell of a CSV table and
 * proposes it as a new version, and compares two versions with the changed cell highlighted. Nothing is
 * activated, so the routing other tests see never changes.
 */
class RulesPageBrowserIT extends DeployedTriagem {

    /** Generous: the first look at a workbook loads Apache POI, and the test machine is shared. */
    private static final Duration WAIT = Duration.ofSeconds(120);
    private WebDriver browser;
    private long active;

    @BeforeEach
    void openBrowser() {
        active = api.get("api/rulesets").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getBoolean("active")).findFirst().orElseThrow().getJsonNumber("number").longValue();
        browser = Browser.open("pt-BR");
        Browser.recordCspViolations(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private void open(String query) {
        StaffLogin.signIn(browser, rootUrl(), "regras.html?lang=pt-BR&" + query, "ana");
    }

    /** Waits for the page, and on a timeout says what the page showed instead, with a screenshot. */
    private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            await().atMost(WAIT).until(condition);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            Browser.screenshot(browser, "regras-timeout");
            throw new AssertionError("waiting for " + what + "; the page said: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    @Test
    void showsADecisionTableWithTheAnalystsOwnHeadersAndDrlHighlighted() {
        open("v=" + active + "&file=ownership/ownership.drl.csv");

        waitFor("the table's rules", () -> !all("#file-view table.rule-table tr.role-rule").isEmpty());
        Browser.screenshot(browser, "regras-table");
        List<String> titles = all("#file-view tr.role-titles th").stream().map(WebElement::getText)
                .filter(s -> !s.isBlank()).toList();
        assertThat(titles).isEqualTo(apiTitles(active, "ownership/ownership.drl.csv"));
        assertThat(all("#file-view tr.role-rule td.col-action")).extracting(WebElement::getText)
                .contains("Financeiro", "Ouvidoria", "Atendimento");
        assertThat(all("#file-view tr.role-rule_table")).isNotEmpty();
        assertThat(browser.findElement(By.id("edit-start")).isDisplayed()).isTrue();

        browser.findElement(By.cssSelector("#file-list a[data-path='classification/categories.drl.xlsx']")).click();
        waitFor("the XLSX hint", () -> browser.findElement(By.id("xlsx-hint")).isDisplayed());
        assertThat(browser.findElement(By.id("edit-start")).isDisplayed()).isFalse();
        assertThat(all("#file-view h3").get(0).getText()).startsWith("Planilha ");

        browser.findElement(By.cssSelector("#file-list a[data-path='priority/priority.drl']")).click();
        waitFor("highlighted DRL", () -> !all("#file-view pre.drl span.kw").isEmpty());
        assertThat(all("#file-view pre.drl span.kw")).extracting(WebElement::getText).contains("rule", "when", "then");
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void editsACellAndProposesTheTableAsANewVersionThenShowsItsVerdict() {
        open("v=" + active + "&file=ownership/ownership.drl.csv");
        waitFor("the edit button", () -> browser.findElement(By.id("edit-start")).isDisplayed());
        browser.findElement(By.id("edit-start")).click();

        WebElement charges = all("#file-view tr.role-rule").stream()
                .filter(r -> r.findElements(By.tagName("input")).stream()
                        .anyMatch(i -> "Cobrança".equals(i.getAttribute("value"))))
                .findFirst().orElseThrow();
        WebElement department = charges.findElements(By.cssSelector("td.col-action input")).get(0);
        assertThat(department.getAttribute("value")).isEqualTo("Financeiro");
        department.clear();
        department.sendKeys("Comercial");
        String comment = "cobrança para o Comercial " + System.nanoTime();
        browser.findElement(By.id("edit-comment")).sendKeys(comment);
        browser.findElement(By.id("propose")).click();

        waitFor("the new version's verdict", () -> !all("#proposal-verdict").isEmpty());
        Browser.screenshot(browser, "regras-proposed");
        String verdict = browser.findElement(By.id("proposal-verdict")).getText();
        long proposed = Long.parseLong(browser.findElement(By.id("proposal-verdict")).getAttribute("data-version"));
        // It compiles, and the scenarios that expect charges in Financeiro now fail: the gate saw the edit.
        assertThat(verdict).contains("Versão proposta: v" + proposed).contains("compila").contains("cenário(s) falhando")
                .contains("esperado \"Financeiro\", obtido \"Comercial\"");
        JsonObject stored = api.get("api/rulesets/" + proposed).json();
        assertThat(stored.getString("comment")).contains(comment);
        assertThat(stored.getBoolean("active")).isFalse();
        assertThat(actionOfTheChargesRow(proposed)).isEqualTo("Comercial");
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void comparesTwoVersionsAndHighlightsTheChangedCell() {
        RulesTree tree = RuleFileUploads.chargesToComercialUnique();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(RuleFileUploads.OWNERSHIP, tree.file(RuleFileUploads.OWNERSHIP));
        Api.Reply reply = api.postBytes("api/rulesets?base=" + active + "&comment=diff-browser-it",
                RuleFileUploads.MULTIPART, RuleFileUploads.multipart(files));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long proposed = reply.json().getJsonNumber("number").longValue();

        open("v=" + proposed + "&diff=" + active);

        String ownership = "#diff article.file-diff[data-path='ownership/ownership.drl.csv']";
        waitFor("the highlighted cell", () -> !all(ownership + " td.cell-changed").isEmpty());
        Browser.screenshot(browser, "regras-diff");
        WebElement changed = all(ownership + " td.cell-changed").get(0);
        assertThat(changed.findElement(By.tagName("del")).getText()).isEqualTo("Financeiro");
        assertThat(changed.findElement(By.tagName("ins")).getText()).isEqualTo("Comercial");
        assertThat(all(ownership + " tr.row-added")).hasSize(1);
        assertThat(all("#diff article.file-diff[data-path='classification/categories.drl.xlsx']")).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#diff .diff-summary")).getText())
                .contains("Da versão " + active + " para a " + proposed);
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    private List<String> apiTitles(long version, String path) {
        JsonObject sheet = api.get("api/rulesets/" + version + "/files/" + path).json().getJsonObject("table")
                .getJsonArray("sheets").getJsonObject(0);
        return sheet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("role").equals("TITLES")).findFirst().orElseThrow()
                .getJsonArray("cells").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .filter(s -> !s.isBlank()).toList();
    }

    private String actionOfTheChargesRow(long version) {
        JsonObject sheet = api.get("api/rulesets/" + version + "/files/ownership/ownership.drl.csv").json()
                .getJsonObject("table").getJsonArray("sheets").getJsonObject(0);
        int action = sheet.getJsonArray("columns").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList().indexOf("ACTION");
        return sheet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("role").equals("RULE"))
                .filter(r -> r.getJsonArray("cells").toString().contains("\"Cobrança\""))
                .findFirst().orElseThrow().getJsonArray("cells").getString(action);
    }
}
