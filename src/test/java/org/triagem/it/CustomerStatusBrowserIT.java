package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
 * as text. A phone caller follows with the verification code read out to them and answers from the
 * page; the web form's receipt shows the code and leads to the status page in the language chosen.
 */
class CustomerStatusBrowserIT extends DeployedTriagem {

    private static final String ANSWER = "Estornamos o valor. Você escreveu: <img src=x onerror=alert('answer')>";
    private static final String NOTE = "Conferir com o banco antes de responder";
    private static final String REPLY = "Foram R$ 129,90 a mais. <img src=x onerror=alert('reply')>";

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
    @Test
    void aPhoneCallerFollowsWithTheCodeTheyHeardAndAnswersFromThePage() {
        JsonObject call = new SignedCalls(api).send(SignedCalls.newEventId(), SignedCalls.event("call.started",
                SignedCalls.newCallId(), "\"caller\":\"" + SignedCalls.randomCaller() + "\",\"ivrChoice\":\"cobranca\""))
                .json();
        String protocol = call.getString("protocol");
        Api fabio = api.as("fabio");
        for (String action : new String[] {"claim", "start", "pending-customer"}) {
            assertThat(fabio.act(protocol, action, StaffCases.etag(fabio, protocol), "{}").status()).isEqualTo(200);
        }

        lookUp(protocol, call.getString("verificationCode").toLowerCase(), "pt-BR");
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("case-view").isDisplayed());
        assertThat(byId("case-status").getText()).isEqualTo("Aguardando cliente");
        byId("reply-text").sendKeys(REPLY);
        byId("reply-submit").click();

        await().atMost(Duration.ofSeconds(20)).until(() -> !byId("reply-sent").getText().isBlank());
        Browser.screenshot(browser, "customer-answers");
        assertThat(byId("case-status").getText()).isEqualTo("Em andamento");
        assertThat(byId("my-messages").getText()).contains(REPLY);
        assertThat(byId("reply-error").getText()).isBlank();
        assertThat(browser.findElements(By.cssSelector("#case-view img, #case-view script"))).isEmpty();
        assertThat(Browser.alertsShown(browser)).isZero();
        JsonObject staffView = fabio.get("api/cases/" + protocol).json();
        assertThat(staffView.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(staffView.getJsonArray("messages").toString()).contains("129,90");
    }

    @Test
    void aDocumentOfAForbiddenTypeGetsAReadableMessageAndIsNotAdded() throws Exception {
        JsonObject receipt = api.anonymous().postJson("api/intake/webform", Json.createObjectBuilder()
                .add("description", "Produto chegou quebrado.").build().toString()).json();
        java.nio.file.Path program = java.nio.file.Files.createTempFile("boleto", ".exe");
        java.nio.file.Files.write(program, new byte[] {'M', 'Z', 0, 0});

        lookUp(receipt.getString("protocol"), receipt.getString("verificationCode"), "pt-BR");
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("case-view").isDisplayed());
        byId("reply-file").sendKeys(program.toAbsolutePath().toString());
        byId("reply-submit").click();

        WebElement error = byId("reply-error");
        await().atMost(Duration.ofSeconds(20)).until(() -> !error.getText().isBlank());
        assertThat(error.getText()).contains("tipo de arquivo não é aceito");
        assertThat(byId("mine-section").isDisplayed()).isFalse();
        java.nio.file.Files.delete(program);
    }

    @Test
    void theReceiptShowsTheCodeAndLeadsToTheStatusPageInTheLanguageChosen() {
        browser.get(rootUrl() + "index.html?lang=en");
        await().atMost(Duration.ofSeconds(10)).until(() -> byId("submit").getText().equals("Send complaint"));
        byId("description").sendKeys("The parcel never arrived.");
        byId("submit").click();
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("receipt").isDisplayed());
        String protocol = byId("protocol").getText();
        String code = byId("receipt-code").getText();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{6}");
        assertThat(byId("follow-link").getAttribute("href")).contains("protocol=" + protocol).contains("lang=en")
                .doesNotContain(code);

        byId("follow-link").click();

        await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElement(By.tagName("h1")).getText()
                .equals("Follow your case"));
        assertThat(byId("protocol-input").getAttribute("value")).isEqualTo(protocol);
        assertThat(byId("verification").getAttribute("value")).as("the receipt's code, handed over in the tab")
                .isEqualTo(code);
        byId("follow-submit").click();
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("case-view").isDisplayed());
        assertThat(byId("case-protocol").getText()).isEqualTo(protocol);
        assertThat(browser.findElement(By.cssSelector("label[for=reply-text]")).getText()).isEqualTo("Your message");
        assertThat(browser.findElement(By.cssSelector("a[href^='index.html']")).getAttribute("href")).endsWith("lang=en");
    }
}
