package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An agent signs in, claims, answers and resolves a case in real headless Chromium. */
class StaffWorkspaceBrowserIT extends DeployedTriagem {

    /** The mailbox the server polls (the customer's answer comes in by it) and the relay replies leave by. */
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup[] {
        new ServerSetup(Integer.getInteger("it.imap.port", 39143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
        new ServerSetup(Integer.getInteger("it.smtp.port", 39025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)})
            .withPerMethodLifecycle(false);

    /** What the pt-BR page must never show: codes and the English the server keeps for its logs. */
    private static final List<String> RAW = List.of("SLA_MET", "STAFF_REPLY", "INTERNAL_NOTE", "WEB_FORM",
            "FIRST_RESPONSE", "STATUS_CHANGED", "undefined", "null", "clocks met", "opened via", "claimed by",
            "in time", "Please correct", "The action cannot");

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
        // The department's queue may hold more than a page of older, more urgent cases: look the new one up.
        browser.get(rootUrl() + "staff.html?lang=pt-BR&q=" + protocol);
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

    /** The customer answers the case by mail, with its protocol in the subject, as replies to our mail do. */
    private static void customerWrites(String from, String protocol, String body) throws Exception {
        if (mail.getUserManager().getUserByEmail("sac@triagem.test") == null) {
            mail.setUser("sac@triagem.test", "sac", "it-only-secret");
        }
        String eml = "From: " + from + "\r\nTo: sac@triagem.test\r\nSubject: [#" + protocol + "] Re: Cobrança\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@cliente.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
        mail.getManagers().getImapHostManager().getInbox(mail.getUserManager().getUserByEmail("sac@triagem.test"))
                .store(new MimeMessage(Session.getInstance(new Properties()),
                        new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8))));
    }

    private WebElement entry(String kind) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !browser.findElements(By.cssSelector("#case-timeline li.entry." + kind)).isEmpty());
        return browser.findElement(By.cssSelector("#case-timeline li.entry." + kind));
    }

    private void send(String kind, String text) {
        new Select(byId("reply-kind")).selectByValue(kind);
        byId("reply-text").sendKeys(text);
        byId("reply-send").click();
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("case-timeline").getText().contains(text));
    }

    @Test
    void theCustomersWordsOurReplyAndOurNoteEachSayWhatTheyAreAndNothingRawIsShown() throws Exception {
        String customer = StaffCases.email();
        String protocol = StaffCases.open(api, "Cobrança indevida", "Fui cobrado duas vezes pela mesma compra.",
                customer);
        customerWrites(customer, protocol, "Segue o comprovante da segunda cobrança.");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("api/cases/" + protocol).json()
                .getJsonArray("messages").size() == 1);

        open(protocol);
        clickAction("claim");
        awaitStatus("Atribuído");
        send("REPLY", "Já pedimos o estorno da cobrança em dobro.");
        send("NOTE", "Cliente ligou duas vezes; conferir o estorno amanhã.");
        clickAction("resolve");
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("action-code").isDisplayed()
                && byId("action-code").findElements(By.cssSelector("option[value='ESTORNO']")).size() == 1);
        new Select(byId("action-code")).selectByValue("ESTORNO");
        new Select(byId("action-cause")).selectByValue("cobranca-duplicada");
        byId("action-confirm").click();
        awaitStatus("Resolvido");
        // The reply's mail leaves through the outbox; the page says so once the relay took it.
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("api/cases/" + protocol).json()
                .getJsonArray("messages").toString().contains("\"SENT\""));
        open(protocol);
        browser.navigate().refresh();
        await().atMost(Duration.ofSeconds(20)).until(() -> protocol.equals(byId("case-protocol").getText()));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('case-timeline').scrollIntoView();");
        Browser.screenshot(browser, "staff-timeline");

        WebElement said = entry("customer");
        WebElement reply = entry("reply");
        WebElement note = entry("note");
        assertThat(said.findElement(By.cssSelector(".head")).getText()).isEqualTo("Mensagem do cliente · e-mail");
        assertThat(said.getText()).contains("Segue o comprovante da segunda cobrança.");
        assertThat(reply.findElement(By.cssSelector(".head")).getText())
                .isEqualTo("Resposta ao cliente · enviada por e-mail");
        assertThat(reply.getText()).contains("Já pedimos o estorno");
        assertThat(note.findElement(By.cssSelector(".head")).getText()).isEqualTo("Nota interna — o cliente não vê");
        assertThat(note.getText()).contains("conferir o estorno amanhã").doesNotContain("Mensagem do cliente");
        // three looks: the note is the one with a dashed frame
        assertThat(List.of(said.getCssValue("background-color"), reply.getCssValue("background-color"),
                note.getCssValue("background-color"))).doesNotHaveDuplicates();
        assertThat(note.getCssValue("border-top-style")).isEqualTo("dashed");
        assertThat(said.getCssValue("border-top-style")).isNotEqualTo("dashed");

        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Formulário web", "Prazo cumprido", "Solução ESTORNO", "úteis", "corridos");
        assertThat(RAW).allSatisfy(raw -> assertThat(page).doesNotContain(raw));
    }

    @Test
    void aComplaintCarryingScriptsIsShownAsTextAndRunsNothing() {
        String protocol = StaffCases.open(api, SUBJECT_PAYLOAD, BODY_PAYLOAD);
        open(protocol);

        assertThat(byId("case-subject").getText()).isEqualTo(SUBJECT_PAYLOAD);
        assertThat(byId("case-description").getText()).isEqualTo(BODY_PAYLOAD);
        // The queue, narrowed to this case (older, more urgent cases may fill its first page), shows it as text too.
        browser.get(rootUrl() + "staff.html?lang=pt-BR&q=" + protocol + "#" + protocol);
        await().atMost(Duration.ofSeconds(20)).until(() -> protocol.equals(byId("case-protocol").getText())
                && browser.findElement(By.cssSelector("#queue")).getText().contains(SUBJECT_PAYLOAD));
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
