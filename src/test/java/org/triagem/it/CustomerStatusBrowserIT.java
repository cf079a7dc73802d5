package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The consumer follows their case on the public status page (acompanhar.html) in real headless
 * Chromium: with the protocol and the email they gave they see the status and the staff's answer,
 * never an internal note; a wrong email gets a readable message; an answer that quotes markup is shown
 * as text.
 */
class CustomerStatusBrowserIT extends DeployedTriagem {

    private static final String ANSWER = "Estornamos o valor. Você escreveu: <img src=x onerror=alert('answer')>";
    private static final String NOTE = "Conferir com o banco antes de responder";

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.openCountingAlerts("pt-BR");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private String answeredCase(String email) {
        String json = Json.createObjectBuilder().add("subject", "Cobrança indevida")
                .add("description", "Fui cobrado duas vezes pela mesma compra no cartão.").add("email", email).build()
                .toString();
        String protocol = api.anonymous().postJson("api/intake/webform", json).json().getString("protocol");
        api.as("fabio").act(protocol, "claim", StaffCases.etag(api, protocol), "{}");
        api.as("fabio").postJson("api/cases/" + protocol + "/messages",
                Json.createObjectBuilder().add("kind", "NOTE").add("text", NOTE).build().toString());
        api.as("fabio").postJson("api/cases/" + protocol + "/messages",
                Json.createObjectBuilder().add("kind", "REPLY").add("text", ANSWER).build().toString());
        return protocol;
    }

    private void lookUp(String protocol, String verification, String lang) {
        browser.get(rootUrl() + "acompanhar.html?lang=" + lang + "&protocol=" + protocol);
        await().atMost(Duration.ofSeconds(10)).until(() -> byId("protocol-input").getAttribute("value").equals(protocol));
        byId("verification").sendKeys(verification);
        byId("follow-submit").click();
    }

    @Test
    void theCustomerSeesTheStatusAndTheAnswerButNotTheInternalNote() {
        String email = StaffCases.email();
        String protocol = answeredCase(email);

        lookUp(protocol, email, "pt-BR");

        WebElement view = byId("case-view");
        await().atMost(Duration.ofSeconds(20)).until(view::isDisplayed);
        Browser.screenshot(browser, "customer-status");
        assertThat(byId("case-protocol").getText()).isEqualTo(protocol);
        assertThat(byId("case-status").getText()).isEqualTo("Atribuído");
        assertThat(byId("case-deadline").getText()).isNotBlank().isNotEqualTo("—");
        assertThat(byId("answers").getText()).contains(ANSWER);
        assertThat(byId("history").getText()).contains("Reclamação registrada");
        assertThat(view.getText()).doesNotContain(NOTE).doesNotContain("fabio").doesNotContain("Financeiro");
        assertThat(browser.findElements(By.cssSelector("#case-view img, #case-view script"))).isEmpty();
        assertThat(Browser.alertsShown(browser)).isZero();
    }

    @Test
    void aWrongEmailGetsAReadableMessageAndShowsNothing() {
        String protocol = answeredCase(StaffCases.email());

        lookUp(protocol, "outra-pessoa@example.com", "pt-BR");

        WebElement error = byId("follow-error");
        await().atMost(Duration.ofSeconds(20)).until(() -> !error.getText().isBlank());
        assertThat(error.getText()).contains("Não encontramos um atendimento");
        assertThat(byId("case-view").isDisplayed()).isFalse();
        assertThat(browser.getPageSource()).doesNotContain("Estornamos");
    }

    @Test
    void thePageSpeaksEnglishWhenAskedTo() {
        String email = StaffCases.email();
        String protocol = answeredCase(email);

        lookUp(protocol, email, "en");

        await().atMost(Duration.ofSeconds(20)).until(() -> byId("case-view").isDisplayed()
                && browser.findElement(By.tagName("h1")).getText().equals("Follow your case"));
        assertThat(byId("case-status").getText()).isEqualTo("Assigned");
        assertThat(byId("history").getText()).contains("Complaint registered");
    }
}
