package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** An agent types in the queue's search box, without accents, and the queue shows the accented case. */
class CaseSearchBrowserIT extends DeployedTriagem {

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

    private static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    /** The protocols the queue shows, read at once (the rows are replaced whenever the queue loads). */
    @SuppressWarnings("unchecked")
    private List<String> queue() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#queue tbody tr')).map(r => r.dataset.protocol);");
    }

    @Test
    void typingWithoutAccentsShowsTheAccentedCaseAndTheAddressKeepsTheSearch() {
        String marker = word();
        // the subject has the accent (and markup, which must stay text); the agent types neither
        String protocol = StaffCases.open(api, "Cobrança indevida <b>" + marker + "</b>", "Fui cobrado duas vezes.");
        browser.navigate().refresh();
        WebElement box = browser.findElement(By.id("queue-search"));
        assertThat(browser.findElement(By.cssSelector("label[for='queue-search']")).getText()).isEqualTo("Buscar");
        await().atMost(Duration.ofSeconds(20)).until(() -> !box.getAttribute("placeholder").isEmpty()
                && !browser.findElement(By.id("queue-count")).getText().isEmpty());

        box.sendKeys("cobranca " + marker.toUpperCase());

        await().atMost(Duration.ofSeconds(20)).until(() -> queue().equals(List.of(protocol)));
        assertThat(browser.findElement(By.cssSelector("#queue tbody tr td:nth-child(2)")).getText())
                .isEqualTo("Cobrança indevida <b>" + marker + "</b>"); // shown as text, never as markup
        assertThat(browser.getCurrentUrl()).contains("q=cobranca+" + marker.toUpperCase());
        Browser.screenshot(browser, "staff-search");

        // a reload keeps the search; Escape clears it and the queue is the department's again
        browser.navigate().refresh();
        await().atMost(Duration.ofSeconds(20)).until(() -> queue().equals(List.of(protocol)));
        assertThat(browser.findElement(By.id("queue-search")).getAttribute("value")).isEqualTo("cobranca " + marker.toUpperCase());
        // "/" anywhere on the page goes to the box (staff-keys.js)
        browser.findElement(By.tagName("body")).sendKeys("/");
        await().atMost(Duration.ofSeconds(5)).until(() -> "queue-search".equals(
                browser.switchTo().activeElement().getAttribute("id")));
        browser.findElement(By.id("queue-search")).sendKeys(Keys.ESCAPE);
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.getCurrentUrl().contains("q="));
        assertThat(browser.findElement(By.id("queue-search")).getAttribute("value")).isEmpty();
        assertThat(Browser.alertsShown(browser)).isZero();
    }
}
