package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An agent signs in, claims, answers and resolves a case in real headless Chromium. */
class StaffWorkspaceBrowserIT extends DeployedTriagem {

    private static final String SUBJECT_PAYLOAD = "<img src=x onerror=alert('subject')>Cobrança";
    private static final String BODY_PAYLOAD = "<script>alert('body')</script><svg onload=alert('svg')></svg>"
            + "\"><iframe src=javascript:alert('iframe')></iframe> Fui cobrado duas vezes.";

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.openCountingAlerts("pt-BR");
        StaffLogin.signIn(browser, rootUrl(), "staff.html?lang=pt-BR", "fabio");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private void open(String protocol) {
        browser.get(rootUrl() + "staff.html?lang=pt-BR#" + protocol);
        await().atMost(Duration.ofSeconds(20)).until(() -> protocol.equals(byId("case-protocol").getText()));
    }

    private void clickAction(String action) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !browser.findElements(By.cssSelector("#case-actions button[data-action='" + action + "']")).isEmpty());
        browser.findElement(By.cssSelector("#case-actions button[data-action='" + action + "']")).click();
    }

    private void awaitStatus(String shown) {
        await().atMost(Duration.ofSeconds(20)).until(() -> shown.equals(byId("case-status").getText()));
    }

    @Test
    void anAgentClaimsAndResolvesACaseOfTheQueue() {
        String protocol = StaffCases.financeiro(api);
        browser.navigate().refresh();
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(
                By.cssSelector("#queue tr[data-protocol='" + protocol + "']")).isEmpty());
        browser.findElement(By.cssSelector("#queue tr[data-protocol='" + protocol + "']")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> protocol.equals(byId("case-protocol").getText()));
        assertThat(browser.findElements(By.cssSelector("#case-rules li"))).isNotEmpty();

        clickAction("claim");
        awaitStatus("Atribuído");
        assertThat(byId("case-assignee").getText()).isEqualTo("fabio");

        clickAction("resolve");
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("action-code").isDisplayed()
                && byId("action-code").findElements(By.cssSelector("option[value='ESTORNO']")).size() == 1);
        new Select(byId("action-code")).selectByValue("ESTORNO");
        new Select(byId("action-cause")).selectByValue("cobranca-duplicada");
        byId("action-confirm").click();
        awaitStatus("Resolvido");
        Browser.screenshot(browser, "staff-resolved");
        assertThat(byId("case-timeline").getText()).contains("ESTORNO").contains("cobranca-duplicada");
        assertThat(api.get("api/cases/" + protocol).json().getString("status")).isEqualTo("RESOLVED");
    }

    @Test
    void anAgentRepliesToTheCustomerFromTheCasePage() {
        // The reply endpoint is another piece of work (POST /api/cases/{protocol}/messages); until it is
        // merged there is nothing to reply through.
        Assumptions.assumeTrue(api.anonymous().request("GET", "openapi?format=JSON", null).body()
                .contains("/messages"), "the messages endpoint is not deployed");
        String protocol = StaffCases.financeiro(api);
        open(protocol);
        clickAction("claim");
        awaitStatus("Atribuído");
        byId("reply-text").sendKeys("Olá! Já pedimos o estorno da cobrança em dobro.");
        byId("reply-send").click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> byId("case-timeline").getText().contains("Já pedimos o estorno"));
    }

    @Test
    void aComplaintCarryingScriptsIsShownAsTextAndRunsNothing() {
        String protocol = StaffCases.open(api, SUBJECT_PAYLOAD, BODY_PAYLOAD);
        open(protocol);

        assertThat(byId("case-subject").getText()).isEqualTo(SUBJECT_PAYLOAD);
        assertThat(byId("case-description").getText()).isEqualTo(BODY_PAYLOAD);
        browser.navigate().refresh();
        await().atMost(Duration.ofSeconds(20)).until(() -> protocol.equals(byId("case-protocol").getText()));
        assertThat(browser.findElement(By.cssSelector("#queue")).getText()).contains(SUBJECT_PAYLOAD);
        Browser.screenshot(browser, "staff-xss");

        assertThat(browser.findElements(By.cssSelector("main img, .workspace img, .workspace script, .workspace svg,"
                + " .workspace iframe"))).isEmpty();
        assertThat(Browser.alertsShown(browser)).isZero();
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert dialog is open");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
