package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The SAC manager's dashboard (painel.html) in real headless Chromium: a supervisor's tiles equal the
 * report API's numbers for the same filters, a click on a bar of the volume chart opens the staff queue
 * filtered to exactly that bar's cases, and an agent is refused the page in pt-BR.
 */
class PainelBrowserIT extends DeployedTriagem {

    private static final ZoneId DESK = ZoneId.of("America/Sao_Paulo");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Each tile of the page and where the report (a KpiFigures) holds its number. */
    private static final Map<String, String> BASE_TILES = Map.ofEntries(
            Map.entry("opened", "/opened"),
            Map.entry("resolved", "/resolved"),
            Map.entry("firstResponseMedian", "/firstResponseMinutes/median"),
            Map.entry("resolutionMedian", "/resolutionMinutes/median"),
            Map.entry("fcr", "/firstContactResolutionPercent"),
            Map.entry("slaFirstResponse", "/firstResponseSla/compliancePercent"),
            Map.entry("slaResolution", "/resolutionSla/compliancePercent"),
            Map.entry("slaLegal", "/legalDeadline/compliancePercent"),
            Map.entry("reopen", "/reopenPercent"),
            Map.entry("escalation", "/escalationPercent"));

    /** Tiles the report feeds once it carries surveys, repeat contacts and cost: drawn only then. */
    private static final Map<String, String> LATER_TILES = Map.ofEntries(
            Map.entry("csat", "/surveys/csat/mean"),
            Map.entry("nps", "/surveys/nps/score"),
            Map.entry("ces", "/surveys/ces/mean"),
            Map.entry("responseRate", "/surveys/responseRatePercent"),
            Map.entry("repeatContact", "/repeatContactPercent"),
            Map.entry("costPerResolution", "/cost/perResolutionBrl"));

    private static final Map<String, String> LATER_TILE_NEEDS = Map.of("csat", "/surveys", "nps", "/surveys",
            "ces", "/surveys", "responseRate", "/surveys", "repeatContact", "/repeatContacts",
            "costPerResolution", "/cost");

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("pt-BR");
        Browser.recordCspViolations(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theTilesShowTheReportsNumbersForTheSameFilters() {
        seedFinanceiro();
        StaffLogin.signIn(browser, rootUrl(), "painel.html?lang=pt-BR", "sofia");
        awaitFiguresFor("groupBy=day");

        LocalDate today = LocalDate.now(DESK);
        String range = "from=" + today.minusDays(29) + "&to=" + today;
        assertTilesEqual(report(range + "&groupBy=day"));
        assertThat(byId("updated").getText()).matches("atualizado às \\d{2}:\\d{2}");
        assertThat(browser.findElements(By.cssSelector("#chart-volume canvas"))).isNotEmpty();

        // The same through the filters: web form only, by week.
        new Select(byId("f-channel")).selectByValue("WEB_FORM");
        awaitFiguresFor("channel=WEB_FORM");
        new Select(byId("f-group")).selectByValue("week");
        awaitFiguresFor("groupBy=week");
        assertThat(browser.getCurrentUrl()).contains("channel=WEB_FORM").contains("groupBy=week");
        assertTilesEqual(report(range + "&groupBy=week&channel=WEB_FORM"));
        Browser.screenshot(browser, "painel-supervisor");

        assertThat(Browser.cspViolations(browser)).as("nothing the strict CSP had to block").isEmpty();
    }

    @Test
    void aClickOnAVolumeBarOpensTheQueueFilteredToThatBarsCases() {
        String web = StaffCases.financeiro(api);
        String phone = phoneCase();
        String today = LocalDate.now(DESK).toString();
        StaffLogin.signIn(browser, rootUrl(), "painel.html?lang=pt-BR", "sofia");
        awaitFiguresFor("groupBy=day");

        clickBar("chart-volume", "WEB_FORM", today);

        await().atMost(PATIENCE).until(() -> browser.getCurrentUrl().contains("staff.html"));
        assertThat(browser.getCurrentUrl()).contains("channel=WEB_FORM").contains("openedFrom=" + today)
                .contains("openedTo=" + today);
        assertThat(byCss("#active-filters li[data-filter='channel']").getText()).contains("Canal: Formulário web");
        List<String> expected = sofiasCases("channel=WEB_FORM&openedFrom=" + today + "&openedTo=" + today);
        await().atMost(PATIENCE).until(() -> queueRows().equals(Set.copyOf(expected)));
        assertThat(queueRows()).doesNotContain(phone);
        // The queue shows the first 100 by due time; on a busy test database the new case (due last) may lie
        // past them, so that it is one of the bar's cases is asked of the same filter with its protocol.
        String bar = "channel=WEB_FORM&openedFrom=" + today + "&openedTo=" + today;
        assertThat(sofiasCases(bar + "&q=" + web)).contains(web);
        assertThat(sofiasCases(bar + "&q=" + phone)).isEmpty();
        Browser.screenshot(browser, "painel-click-through");

        // Clearing the channel leaves the day's cases of every channel: the queue's first page (100 by due
        // time, as the API answers it), which on a busy test database need not reach the phone case.
        byCss("#active-filters li[data-filter='channel'] button").click();
        await().atMost(PATIENCE).until(() -> !browser.getCurrentUrl().contains("channel="));
        assertThat(browser.getCurrentUrl()).contains("openedFrom=" + today);
        await().atMost(PATIENCE).until(() -> queueRows()
                .equals(Set.copyOf(sofiasCases("openedFrom=" + today + "&openedTo=" + today))));
        assertThat(browser.findElements(By.cssSelector("#active-filters li[data-filter='channel']"))).isEmpty();
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void anAgentIsRefusedThePageInPortuguese() {
        // Signing in lands an agent on the queue (a ?next= the role cannot use is not honoured): open it after.
        StaffLogin.signIn(browser, rootUrl(), "staff.html?lang=pt-BR", "fabio");
        browser.get(rootUrl() + "painel.html?lang=pt-BR");

        await().atMost(PATIENCE).until(() -> byId("refusal").isDisplayed());
        assertThat(byId("refusal").getText()).contains("Este painel é para supervisores e administradores.");
        assertThat(byId("dashboard").isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#tiles .tile"))).isEmpty();
    }

    // ---------------------------------------------------------------- seeding

    /** Two web cases and a phone case of Financeiro: one answered and resolved, so times and rates exist. */
    private void seedFinanceiro() {
        Api fabio = api.as("fabio");
        String answered = StaffCases.financeiro(api);
        StaffCases.financeiro(api);
        phoneCase();
        Api.Reply reply = fabio.postJson("api/cases/" + answered + "/messages", Json.createObjectBuilder()
                .add("kind", "REPLY").add("text", "Estamos verificando a cobrança.").build().toString());
        assertThat(reply.status() / 100).as(reply.body()).isEqualTo(2);
        Api.Reply resolved = fabio.act(answered, "resolve", StaffCases.etag(fabio, answered),
                "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"cobranca-duplicada\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    }

    private String phoneCase() {
        Api.Reply started = new SignedCalls(api).send(SignedCalls.newEventId(), SignedCalls.event("call.started",
                SignedCalls.newCallId(), "\"caller\":\"" + SignedCalls.randomCaller() + "\",\"ivrChoice\":\"cobranca\""));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json().getString("protocol");
    }

    // ---------------------------------------------------------------- the API's side

    private JsonObject report(String query) {
        Api.Reply r = api.as("sofia").get("api/reports/kpis?" + query, "application/json");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The cases the queue must list, as the API lists them for sofia with the same filters (any status). */
    private List<String> sofiasCases(String query) {
        Api.Reply r = api.as("sofia").get("api/cases?sort=due&limit=100&" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.jsonArray().stream().map(JsonValue::asJsonObject).map(c -> c.getString("protocol")).toList();
    }

    // ---------------------------------------------------------------- the page's side

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private WebElement byCss(String css) {
        await().atMost(PATIENCE).until(() -> !browser.findElements(By.cssSelector(css)).isEmpty());
        return browser.findElement(By.cssSelector(css));
    }

    /** Waits until the figures on screen answer a report query containing this. */
    private void awaitFiguresFor(String queryPart) {
        await().atMost(PATIENCE).until(() -> {
            String shown = byId("tiles").getAttribute("data-report");
            return shown != null && shown.contains(queryPart);
        });
    }

    private void assertTilesEqual(JsonObject report) {
        JsonObject total = report.getJsonObject("total");
        BASE_TILES.forEach((tile, pointer) -> assertTile(tile, numberAt(total, pointer)));
        LATER_TILES.forEach((tile, pointer) -> {
            if (Json.createPointer(LATER_TILE_NEEDS.get(tile)).containsValue(total)) {
                assertTile(tile, numberAt(total, pointer));
            } else {
                assertThat(browser.findElements(By.cssSelector("[data-kpi='" + tile + "']")))
                        .as("no tile without its figure in the report: " + tile).isEmpty();
            }
        });
        String opened = NumberFormat.getIntegerInstance(Locale.forLanguageTag("pt-BR"))
                .format(total.getJsonNumber("opened").longValue());
        assertThat(byCss("[data-kpi='opened'] .tile-value").getText()).isEqualTo(opened);
    }

    private void assertTile(String tile, Double expected) {
        WebElement value = byCss("[data-kpi='" + tile + "'] .tile-value");
        String shown = value.getAttribute("value");
        if (expected == null) {
            assertThat(shown).as(tile).isEmpty();
            assertThat(value.getText()).as(tile).isEqualTo("—");
        } else {
            assertThat(Double.parseDouble(shown)).as(tile).isEqualTo(expected);
        }
        assertThat(browser.findElements(By.cssSelector("[data-kpi='" + tile + "'] .tile-trend"))).as(tile).hasSize(1);
    }

    private static Double numberAt(JsonObject figures, String pointer) {
        var at = Json.createPointer(pointer);
        if (!at.containsValue(figures)) {
            return null;
        }
        JsonValue v = at.getValue(figures);
        return v instanceof JsonNumber n ? n.doubleValue() : null;
    }

    /**
     * Clicks, with the mouse, the middle of one series' bar segment in the period that starts on {@code day}:
     * ECharts tells where it drew it (convertToPixel), Selenium clicks there on the canvas.
     */
    private void clickBar(String chartId, String seriesId, String day) {
        JsonObject report = report("from=" + LocalDate.now(DESK).minusDays(29) + "&to=" + LocalDate.now(DESK)
                + "&groupBy=day");
        List<JsonObject> periods = report.getJsonArray("periods").stream().map(JsonValue::asJsonObject).toList();
        int index = periods.stream().map(p -> p.getString("period")).toList().indexOf(day);
        assertThat(index).as("today is a period of the report").isNotNegative();
        long count = periods.get(index).getJsonObject("openedByChannel").getJsonNumber(seriesId).longValue();
        assertThat(count).isPositive();
        @SuppressWarnings("unchecked")
        List<Number> where = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "const dom = document.getElementById(arguments[0]);"
                        + " const chart = echarts.getInstanceByDom(dom);"
                        + " const p = chart.convertToPixel({ seriesId: arguments[1] }, [arguments[2], arguments[3]]);"
                        + " return [p[0], p[1], dom.clientWidth, dom.clientHeight];",
                chartId, seriesId, index, count / 2.0);
        WebElement chart = byId(chartId);
        int x = (int) Math.round(where.get(0).doubleValue() - where.get(2).doubleValue() / 2);
        int y = (int) Math.round(where.get(1).doubleValue() - where.get(3).doubleValue() / 2);
        new Actions(browser).scrollToElement(chart).moveToElement(chart, x, y).click().perform();
    }

    /** The protocols the queue lists, read in one step: the queue may be redrawn between two reads. */
    @SuppressWarnings("unchecked")
    private Set<String> queueRows() {
        return Set.copyOf((List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#queue tbody tr')).map(r => r.dataset.protocol);"));
    }
}
