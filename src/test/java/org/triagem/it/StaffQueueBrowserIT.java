package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The staff queue in real headless Chromium, on departments seeded in bulk: every one of a thousand cases
 * reached through the pages, the due filters answered by the server (more overdue cases than one page
 * holds), the filter kept in the address across a reload, "Nenhum caso" for an empty result, each row's
 * countdown naming its nearest clock, rows opened from the keyboard, and the badge that counts the cases
 * that arrived since the queue was looked at.
 */
class StaffQueueBrowserIT extends DeployedTriagem {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

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
    void everyOneOfAThousandCasesIsReachedThroughThePages() throws Exception {
        String department = QueueLoad.newDepartment();
        // First responses due from 5 hours ago onwards, ten minutes apart: the due order is the seeding order.
        List<String> seeded = QueueLoad.seed(department, IntStream.range(0, 1000).map(i -> i * 10 - 300).toArray());
        StaffLogin.signIn(browser, rootUrl(), queueOf(department, ""), "admin");
        awaitCount("1000 caso(s) · página 1/10");

        List<String> reached = new ArrayList<>(rows());
        for (int page = 2; page <= 10; page++) {
            byCss("#queue-pager [data-role='next']").click();
            awaitCount("1000 caso(s) · página " + page + "/10");
            reached.addAll(rows());
        }

        assertThat(reached).containsExactlyElementsOf(seeded);
        assertThat(byCss("#queue-pager [data-role='next']").isEnabled()).isFalse();
        assertThat(browser.getCurrentUrl()).contains("page=10");
        Browser.screenshot(browser, "queue-last-page");

        browser.navigate().refresh();
        awaitCount("1000 caso(s) · página 10/10");
        assertThat(rows()).endsWith(seeded.get(999));
        byCss("#queue-pager button[data-page='1']").click();
        awaitCount("1000 caso(s) · página 1/10");
        assertThat(rows()).startsWith(seeded.get(0));
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void theDueFiltersAskTheServerAndStayInTheAddress() throws Exception {
        String department = QueueLoad.newDepartment();
        // 120 overdue (more than a page), 20 due within a day, 10 due in three days or more.
        int[] dues = IntStream.range(0, 150)
                .map(i -> i < 120 ? -(120 - i) * 5 : i < 140 ? (i - 119) * 60 - 30 : 3 * 1440 + i).toArray();
        QueueLoad.seed(department, dues);
        StaffLogin.signIn(browser, rootUrl(), queueOf(department, ""), "admin");
        awaitCount("150 caso(s) · página 1/2");

        new Select(byId("clock-filter")).selectByValue("breached");
        awaitCount("120 caso(s) · página 1/2");
        assertThat(browser.getCurrentUrl()).contains("due=breached");
        assertThat(dueCells()).hasSize(100).allSatisfy(text -> assertThat(text).startsWith("1ª resposta · vencido há"));

        browser.navigate().refresh();
        awaitCount("120 caso(s) · página 1/2");
        assertThat(new Select(byId("clock-filter")).getFirstSelectedOption().getText()).isEqualTo("Vencidos");

        new Select(byId("clock-filter")).selectByValue("within-24");
        awaitCount("20 caso(s)");
        assertThat(browser.getCurrentUrl()).contains("due=within").contains("hours=24");
        assertThat(dueCells()).hasSize(20).noneMatch(text -> text.contains("vencido"));

        new Select(byId("priority-filter")).selectByValue("P1");
        awaitCount("0 caso(s)");
        assertThat(byCss("#queue tbody tr.empty").getText()).isEqualTo("Nenhum caso");
        assertThat(byId("queue-pager").isDisplayed()).isFalse();
        Browser.screenshot(browser, "queue-empty");
    }

    @Test
    void aLinkWithAFilterTheServerRefusesSaysSoInPortuguese() {
        StaffLogin.signIn(browser, rootUrl(), "staff.html?lang=pt-BR&status=FECHADO&due=within&hours=0", "fabio");

        awaitCount("Um filtro do endereço não vale");
        assertThat(rows()).isEmpty();
        assertThat(browser.getCurrentUrl()).as("an hour count it could not read is dropped").contains("hours=24");
    }

    @Test
    void eachRowCountsDownToItsNearestClockAndNamesIt() throws Exception {
        String department = QueueLoad.newDepartment();
        List<String> cases = QueueLoad.seed(department, new int[] {180, 60, 60});
        String answered = cases.get(1);
        ItDatabase.setClock(answered, "FIRST_RESPONSE", "STOPPED", 30);
        ItDatabase.setClock(answered, "RESOLUTION", "RUNNING", -120);
        String resolved = cases.get(2);
        ItDatabase.setClock(resolved, "FIRST_RESPONSE", "STOPPED", 30);
        ItDatabase.setClock(resolved, "RESOLUTION", "STOPPED", 30);
        StaffLogin.signIn(browser, rootUrl(), queueOf(department, ""), "admin");
        awaitCount("3 caso(s)");

        assertThat(dueCell(answered)).isEqualTo("Resolução · vencido há 2 h");
        assertThat(dueCell(cases.get(0))).isEqualTo("1ª resposta · 3 h");
        assertThat(dueCell(resolved)).isEqualTo("Prazo legal · 7 d");
        assertThat(rows()).containsExactly(answered, cases.get(0), resolved);
    }

    @Test
    void rowsAreReachedAndOpenedFromTheKeyboard() throws Exception {
        String department = QueueLoad.newDepartment();
        List<String> cases = QueueLoad.seed(department, new int[] {60, 120, 180});
        StaffLogin.signIn(browser, rootUrl(), queueOf(department, ""), "admin");
        awaitCount("3 caso(s)");

        // Tab from the last control before the list (the department chip's button) enters it at a row.
        byCss("#active-filters li[data-filter='department'] button").sendKeys(Keys.TAB);
        assertThat(focusedRow()).isEqualTo(cases.get(0));
        new Actions(browser).sendKeys("j").sendKeys("j").sendKeys("k").perform();
        assertThat(focusedRow()).isEqualTo(cases.get(1));

        new Actions(browser).sendKeys(Keys.ENTER).perform();
        await().atMost(PATIENCE).until(() -> cases.get(1).equals(byId("case-protocol").getText()));
        assertThat(browser.getCurrentUrl()).endsWith("#" + cases.get(1));
        assertThat(byId("queue-keys").getText()).contains("j / k").contains("Enter");
    }

    @Test
    void aNewComplaintRaisesTheNewCasesBadge() {
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.triagemQueuePollMs = 1000;"));
        StaffLogin.signIn(browser, rootUrl(), "staff.html?lang=pt-BR", "fabio");
        await().atMost(PATIENCE).until(() -> byId("queue-count").getText().contains("caso(s)"));
        assertThat(byId("queue-new").isDisplayed()).isFalse();

        StaffCases.financeiro(api);

        try {
            // The page polls every second here; a loaded machine may still take a while to answer.
            await().atMost(PATIENCE.multipliedBy(2)).until(() -> byId("queue-new").isDisplayed());
        } catch (RuntimeException e) {
            throw new AssertionError("no badge: " + lastPoll(), e);
        }
        assertThat(byId("queue-new").getText()).isEqualTo("1 novo(s)");
        Browser.screenshot(browser, "queue-new-badge");
        byId("queue-new").click();
        await().atMost(PATIENCE).until(() -> !byId("queue-new").isDisplayed());
        assertThat(browser.getCurrentUrl()).doesNotContain("page=");
    }

    // ---------------------------------------------------------------- the page

    private static String queueOf(String department, String more) {
        return "staff.html?lang=pt-BR&department=" + URLEncoder.encode(department, StandardCharsets.UTF_8) + more;
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private WebElement byCss(String css) {
        await().atMost(PATIENCE).until(() -> !browser.findElements(By.cssSelector(css)).isEmpty());
        return browser.findElement(By.cssSelector(css));
    }

    private void awaitCount(String text) {
        await().atMost(PATIENCE).until(() -> text.equals(byId("queue-count").getText()));
    }

    /** The protocols the queue lists, read in one step: the list may be redrawn between two reads. */
    @SuppressWarnings("unchecked")
    private List<String> rows() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#queue tbody tr[data-protocol]'))"
                        + ".map(r => r.dataset.protocol);");
    }

    @SuppressWarnings("unchecked")
    private List<String> dueCells() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#queue tbody tr[data-protocol] td:last-child'))"
                        + ".map(td => td.textContent);");
    }

    private String dueCell(String protocol) {
        return byCss("#queue tr[data-protocol='" + protocol + "'] td:last-child").getText();
    }

    /** What the page's last count of new cases asked and what it answers now, for a failure's message. */
    private Object lastPoll() {
        return ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[0];"
                + " const polls = performance.getEntriesByType('resource').map(r => r.name)"
                + ".filter(n => n.includes('openedSince'));"
                + " const seen = {hidden: document.hidden, polls: polls.length, last: polls[polls.length - 1]};"
                + " if (!seen.last) { done(JSON.stringify(seen)); return; }"
                + " fetch(seen.last, {headers: {'X-Triagem-CSRF': '1'}}).then(r => done(JSON.stringify("
                + " Object.assign(seen, {status: r.status, total: r.headers.get('X-Total-Count')}))));");
    }

    private String focusedRow() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const r = document.activeElement; return r && r.dataset ? r.dataset.protocol || null : null;");
    }
}
