package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** An analyst simulates, publishes, activates and rolls back rule-set versions in a real browser. */
class AnalystPageBrowserIT extends DeployedTriagem {

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

    private long activeVersion() {
        return api.get("api/rulesets").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getBoolean("active")).mapToLong(v -> v.getJsonNumber("number").longValue())
                .findFirst().orElseThrow();
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    /** Activation asks first (the impact dialog): confirm it. */
    private void confirmActivation() {
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("activate-confirm").isDisplayed());
        byId("activate-confirm").click();
    }

    private WebElement row(long version) {
        return browser.findElement(By.cssSelector("#versions tr[data-version='" + version + "']"));
    }

    private long upload(Path zip, String comment) {
        byId("zip").sendKeys(zip.toAbsolutePath().toString());
        byId("comment").sendKeys(comment);
        byId("upload").click();
        await().atMost(Duration.ofSeconds(60)).until(() -> byId("upload-result").getText().contains("Versão proposta"));
        // "Versão proposta: v7 sha256:…", a new version or the stored one with the same files.
        java.util.regex.Matcher label = java.util.regex.Pattern.compile("v(\\d+) sha256:")
                .matcher(browser.findElement(By.cssSelector("#upload-result h3")).getText());
        assertThat(label.find()).isTrue();
        return Long.parseLong(label.group(1));
    }

    @Test
    void simulatesAComplaintAndShowsTheDecisionAndTheRulesThatFired() {
        byId("sim-description").sendKeys("Quero cancelar minha assinatura hoje");
        byId("simulate").click();

        await().atMost(Duration.ofSeconds(20)).until(() -> !byId("simulation").getText().isBlank());
        Browser.screenshot(browser, "analyst-simulation");
        assertThat(byId("sim-department").getText()).isEqualTo("Cancelamento");
        List<String> fired = browser.findElements(By.cssSelector("#simulation ol.fired li")).stream()
                .map(WebElement::getText).toList();
        assertThat(fired).contains("Pedidos de cancelamento vão para o Cancelamento");
    }

    @Test
    void aBrokenRuleFileIsReportedWithItsFileAndLineAndCannotBeActivated() {
        Path zip = RulesTree.current().with("priority/broken.drl", """
                package priority;
                rule "Half-written rule"
                when
                    this is not DRL
                then
                end
                """).zipFile();

        long version = upload(zip, "broken-" + System.nanoTime());

        Browser.screenshot(browser, "analyst-broken-upload");
        assertThat(byId("upload-result").getText()).contains("não compila").contains("priority/broken.drl");
        assertThat(row(version).findElements(By.cssSelector("button.activate"))).isEmpty();
    }

    @Test
    void aRedVersionNeedsAReasonThenRollbackRestoresTheEarlierVersion() {
        long original = activeVersion();
        long changed = upload(RulesTree.chargesToComercial(false).zipFile(), "charges-to-comercial-" + System.nanoTime());
        assertThat(byId("upload-result").getText()).contains("cenário(s) falhando");

        row(changed).findElement(By.cssSelector("button.activate")).click();
        confirmActivation();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> byId("versions-message").getAttribute("class").contains("error"));
        assertThat(byId("versions-message").getText()).isNotBlank();
        assertThat(activeVersion()).isEqualTo(original);

        byId("override-reason").sendKeys("Logística em greve: Comercial atende as entregas nesta semana");
        row(changed).findElement(By.cssSelector("button.activate")).click();
        confirmActivation();
        await().atMost(Duration.ofSeconds(20)).ignoreException(StaleElementReferenceException.class)
                .until(() -> row(changed).getAttribute("class").contains("active"));
        assertThat(activeVersion()).isEqualTo(changed);
        Browser.screenshot(browser, "analyst-activated-with-reason");
        // The list says who let the red version in, signed in as ana, and why; the reason is used once.
        assertThat(row(changed).findElement(By.cssSelector(".override-reason")).getText())
                .isEqualTo("Justificativa de ana: Logística em greve: Comercial atende as entregas nesta semana");
        assertThat(byId("override-reason").getAttribute("value")).isEmpty();

        row(original).findElement(By.cssSelector("button.activate")).click();
        confirmActivation();
        await().atMost(Duration.ofSeconds(20)).ignoreException(StaleElementReferenceException.class)
                .until(() -> row(original).getAttribute("class").contains("active"));
        assertThat(activeVersion()).isEqualTo(original);
    }
}
