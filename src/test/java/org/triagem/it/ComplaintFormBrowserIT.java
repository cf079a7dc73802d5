package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** A consumer fills in the public form in a real browser and gets a protocol number. */
class ComplaintFormBrowserIT extends DeployedTriagem {

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("pt-BR");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    @Test
    void aConsumerRegistersAComplaintAndSeesTheProtocolNumber() {
        String marker = "navegador-" + UUID.randomUUID();
        browser.get(rootUrl() + "?lang=pt-BR");
        field("description").sendKeys("Fui cobrado duas vezes na fatura. " + marker);
        field("subject").sendKeys("Cobrança indevida");
        field("email").sendKeys("consumidor-" + UUID.randomUUID() + "@example.com");
        field("submit").click();

        WebElement protocol = field("protocol");
        await().atMost(Duration.ofSeconds(20)).until(protocol::isDisplayed);
        Browser.screenshot(browser, "complaint-registered");
        assertThat(ProtocolNumber.isValid(protocol.getText())).isTrue();
        assertThat(browser.findElement(By.id("receipt")).getText()).contains("Reclamação registrada");
        assertThat(api.get("api/cases/" + protocol.getText()).json().getString("department")).isEqualTo("Financeiro");
    }

    @Test
    void anInvalidCpfIsExplainedInPortugueseNextToTheFieldAndNothingIsStored() {
        String marker = "navegador-" + UUID.randomUUID();
        browser.get(rootUrl() + "?lang=pt-BR");
        field("description").sendKeys("Produto com defeito " + marker);
        field("cpf").sendKeys("529.982.247-24");
        field("submit").click();

        WebElement error = field("cpf-error");
        await().atMost(Duration.ofSeconds(20)).until(() -> !error.getText().isBlank());
        Browser.screenshot(browser, "complaint-invalid-cpf");
        assertThat(error.getText()).contains("CPF inválido");
        assertThat(field("cpf").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field("receipt").isDisplayed()).isFalse();
        assertThat(api.get("api/cases?q=" + marker).jsonArray()).isEmpty();
    }

    @Test
    void theFormSpeaksEnglishWhenAskedTo() {
        browser.get(rootUrl() + "?lang=en");
        await().atMost(Duration.ofSeconds(10)).until(() -> field("submit").getText().equals("Send complaint"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Contact customer service");
    }
}
