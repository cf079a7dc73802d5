package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The supervisors' page (supervisao.html) in real headless Chromium, as sergio, supervisor of Suporte
 * Técnico: a case with a breached clock is listed with a link to the case (its hostile subject shown as
 * text), and among the escalated ones once escalated; setting an agent absent in the form shows in the workload table, and an agent is refused the
 * page in pt-BR. The staff page links to it for supervisors only.
 */
class SupervisaoBrowserIT extends DeployedTriagem {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String HOSTILE = "<img src=x onerror=alert(1)> Tela quebrada";

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.openCountingAlerts("pt-BR");
        Browser.recordCspViolations(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
        api.as("sergio").request("PUT", "api/staff/simone", "{\"absent\": false}");
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private WebElement row(String table, String attribute, String value) {
        return browser.findElement(By.cssSelector("#" + table + " tbody tr[data-" + attribute + "='" + value + "']"));
    }

    private boolean hasRow(String table, String attribute, String value) {
        return !browser.findElements(By.cssSelector("#" + table + " tbody tr[data-" + attribute + "='" + value + "']"))
                .isEmpty();
    }

    @Test
    void aBreachedCaseIsListedWithALinkAndSettingAnAgentAbsentShowsInTheWorkload() throws Exception {
        for (String user : List.of("sergio", "simone")) {
            assertThat(api.as(user).get("api/session").status()).isEqualTo(200);
        }
        String protocol = StaffCases.open(api, HOSTILE, "O aparelho chegou quebrado e não liga.");
        // An hour late on its first response: the clock ran past its due time (the sweeper would mark it).
        assertThat(ItDatabase.update("UPDATE sla_clock SET due_at = CURRENT_TIMESTAMP - INTERVAL '1' HOUR"
                + " WHERE clock = 'FIRST_RESPONSE' AND case_id = (SELECT id FROM complaint_case WHERE protocol = ?)",
                protocol)).isEqualTo(1);
        // ... and escalated once (the sweeper's rules would have done it at 100 %).
        assertThat(ItDatabase.update("UPDATE complaint_case SET escalation_level = 1 WHERE protocol = ?", protocol))
                .isEqualTo(1);

        StaffLogin.signIn(browser, rootUrl(), "supervisao.html?lang=pt-BR&department=Suporte%20T%C3%A9cnico", "sergio");
        await().atMost(PATIENCE).until(() -> hasRow("breached", "protocol", protocol));

        WebElement breached = row("breached", "protocol", protocol);
        WebElement link = breached.findElement(By.tagName("a"));
        assertThat(link.getText()).isEqualTo(protocol);
        assertThat(link.getAttribute("href")).endsWith("staff.html#" + protocol);
        assertThat(breached.findElements(By.tagName("td")).get(1).getText()).isEqualTo(HOSTILE);
        assertThat(breached.getText()).contains("Primeira resposta");
        assertThat(Browser.alertsShown(browser)).isZero();
        await().atMost(PATIENCE).until(() -> hasRow("escalated", "protocol", protocol));
        assertThat(row("escalated", "protocol", protocol).findElements(By.tagName("td")).get(3).getText()).isEqualTo("1");

        // simone goes away: the form says so, and the workload table shows it
        await().atMost(PATIENCE).until(() -> hasRow("workload", "agent", "simone"));
        new Select(byId("agent")).selectByValue("simone");
        WebElement absent = byId("agent-absent");
        if (!absent.isSelected()) {
            absent.click();
        }
        byId("agent-save").click();
        await().atMost(PATIENCE).until(() -> row("workload", "agent", "simone").getText().contains("ausente"));
        assertThat(byId("agent-message").getText()).contains("simone");
        assertThat(row("workload", "agent", "simone").findElement(By.cssSelector(".presence")).getText())
                .isEqualTo("ausente");
        Browser.screenshot(browser, "supervisao");

        row("breached", "protocol", protocol).findElement(By.tagName("a")).click();
        await().atMost(PATIENCE).until(() -> byId("case-protocol").getText().equals(protocol));
        assertThat(byId("supervisao-link").isDisplayed()).isTrue();
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void anAgentIsRefusedThePageInPortugueseAndSeesNoLinkToIt() {
        // Signing in lands an agent on the queue (a ?next= the role cannot use is not honoured): open it after.
        StaffLogin.signIn(browser, rootUrl(), "staff.html?lang=pt-BR", "samuel");
        browser.get(rootUrl() + "supervisao.html?lang=pt-BR");

        await().atMost(PATIENCE).until(() -> byId("refusal").isDisplayed());
        assertThat(byId("refusal").getText()).contains("Esta página é para supervisores e administradores.");
        assertThat(byId("overview").isDisplayed()).isFalse();

        browser.get(rootUrl() + "staff.html?lang=pt-BR");
        await().atMost(PATIENCE).until(() -> !byId("who").getText().isEmpty());
        assertThat(byId("supervisao-link").isDisplayed()).isFalse();
    }
}
