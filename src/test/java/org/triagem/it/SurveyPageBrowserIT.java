package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The survey page a mail link opens, in headless Chromium at a phone's 390 px: the clicked CSAT is
 * recorded at once, the other questions and the comment are offered and sent, and nothing overflows
 * the screen sideways.
 */
class SurveyPageBrowserIT extends DeployedTriagem {

    private static final Pattern CSAT_LINK = Pattern.compile("(pesquisa\\.html\\?t=[A-Za-z0-9_.-]+&csat=4)");

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.openCountingAlerts("pt-BR");
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    @Test
    void theLinkRecordsTheCsatAtOnceAndThePageTakesTheRestAt390Pixels() throws Exception {
        Api fabio = api.as("fabio");
        String protocol = StaffCases.financeiro(api);
        assertThat(fabio.act(protocol, "resolve", StaffCases.etag(fabio, protocol),
                "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"cobranca-duplicada\"}").status()).isEqualTo(200);

        browser.get(rootUrl() + csatLinkOf(protocol) + "&lang=pt-BR");
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("survey-form").isDisplayed());
        assertThat(byId("survey-status").getText()).isEqualTo("Obrigado! Sua nota foi registrada.");
        assertThat(byId("survey-protocol").getText()).isEqualTo(protocol);
        assertThat(byId("q-csat").isDisplayed()).as("the CSAT is answered already").isFalse();
        assertThat(byId("q-nps").isDisplayed()).isTrue();
        assertThat(byId("q-ces").isDisplayed()).isTrue();
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        Browser.screenshot(browser, "survey-390");

        browser.findElement(By.cssSelector("#q-nps input[value='9']")).click();
        browser.findElement(By.cssSelector("#q-ces input[value='6']")).click();
        byId("survey-comment").sendKeys("Atendimento rápido <b>obrigado</b>");
        byId("survey-submit").click();
        await().atMost(Duration.ofSeconds(20)).until(() -> !byId("survey-form").isDisplayed());
        assertThat(byId("survey-status").getText()).startsWith("Obrigado por responder!");

        assertThat(scores(protocol)).isEqualTo("4 9 6 Atendimento rápido <b>obrigado</b>");
        assertThat(Browser.alertsShown(browser)).isZero();

        // the same link clicked again: the first answer stands and the page says so
        browser.get(rootUrl() + csatLinkOf(protocol) + "&lang=pt-BR");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> byId("survey-status").getText().equals("Sua nota já estava registrada. Obrigado!"));
        assertThat(scores(protocol)).startsWith("4 9 6");
    }

    private static String csatLinkOf(String protocol) throws Exception {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT body FROM outgoing_mail WHERE kind = 'SURVEY' AND protocol = ?")) {
            s.setString(1, protocol);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                Matcher link = CSAT_LINK.matcher(rs.getString(1));
                assertThat(link.find()).isTrue();
                return link.group(1);
            }
        }
    }

    private static String scores(String protocol) throws Exception {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT csat, nps, ces, comment FROM survey WHERE protocol = ?")) {
            s.setString(1, protocol);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getObject(1) + " " + rs.getObject(2) + " " + rs.getObject(3) + " " + rs.getString(4);
            }
        }
    }
}
