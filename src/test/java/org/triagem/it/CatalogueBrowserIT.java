package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 19 in real headless Chromium: an admin edits a managed list on catalogos.html; an agent transfers
 * a case by picking the department from a select; each action shows only its own fields.
 */
class CatalogueBrowserIT extends DeployedTriagem {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private void awaitText(By where, String text) {
        try {
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> browser.findElements(where).stream()
                    .anyMatch(e -> e.getText().contains(text)));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            Browser.screenshot(browser, "catalogos-timeout");
            throw new AssertionError("no \"" + text + "\" in " + browser.findElements(where).stream()
                    .map(WebElement::getText).toList() + "; the page says: " + byId("catalogue-message").getText(), e);
        }
    }

    private By row(String code) {
        return By.cssSelector("#entries tr[data-code='" + code + "']");
    }

    @Test
    void anAdminAddsRenamesAndRetiresARootCauseAndSeesEachChangeInTheHistory() {
        browser = Browser.openCountingAlerts("pt-BR");
        StaffLogin.signIn(browser, rootUrl(), "staff.html?lang=pt-BR", "admin");
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("catalogos-link").isDisplayed());
        assertThat(byId("catalogos-link").getAttribute("href")).endsWith("/catalogos.html");
        browser.get(rootUrl() + "catalogos.html?lang=pt-BR");
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(row("Financeiro")).isEmpty());

        browser.findElement(By.cssSelector(".list-tabs button[data-list='root-causes']")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(row("cobranca-duplicada")).isEmpty());
        String code = "navegador-" + run;
        byId("add-code").sendKeys(code);
        byId("add-label").sendKeys("Falha no <b>site</b>");
        byId("add-submit").click();
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(row(code)).isEmpty());
        assertThat(browser.findElement(row(code)).findElement(By.cssSelector("td.label")).getText())
                .isEqualTo("Falha no <b>site</b>");

        browser.findElement(row(code)).findElement(By.cssSelector("button.relabel")).click();
        WebElement label = browser.findElement(row(code)).findElement(By.cssSelector("input.label"));
        label.clear();
        label.sendKeys("Falha no site de pagamento");
        browser.findElement(row(code)).findElement(By.cssSelector("input.label-en")).sendKeys("Payment site failure");
        browser.findElement(row(code)).findElement(By.cssSelector("button.save")).click();
        awaitText(row(code), "Falha no site de pagamento");

        browser.findElement(row(code)).findElement(By.cssSelector("button.retire")).click();
        awaitText(row(code), "Desativado");
        Browser.screenshot(browser, "catalogos-root-causes");

        List<String> history = browser.findElements(By.cssSelector("#history tbody tr")).stream()
                .map(WebElement::getText).filter(t -> t.contains(code)).toList();
        assertThat(history).hasSize(3);
        assertThat(history.get(0)).contains("admin").contains("desativado");
        assertThat(history.get(1)).contains("renomeado").contains("Falha no <b>site</b>")
                .contains("Falha no site de pagamento / Payment site failure");
        assertThat(history.get(2)).contains("adicionado");
        assertThat(api.get("api/catalogues/root-causes").body()).doesNotContain(code);
        assertThat(Browser.alertsShown(browser)).isZero();
    }

    @Test
    void anAgentTransfersWithTheDepartmentSelectAndEachActionShowsOnlyItsOwnFields() {
        String protocol = StaffCases.financeiro(api);
        browser = Browser.open("pt-BR");
        StaffLogin.signIn(browser, rootUrl(), "staff.html?lang=pt-BR#" + protocol, "fabio");
        await().atMost(Duration.ofSeconds(20)).until(() -> protocol.equals(byId("case-protocol").getText()));
        assertThat(byId("action-form").isDisplayed()).as("no action chosen, no fields").isFalse();
        assertThat(byId("catalogos-link").isDisplayed()).as("the catalogues are for admins").isFalse();

        clickAction("resolve");
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("action-code").isDisplayed());
        assertThat(byId("action-cause").isDisplayed()).isTrue();
        assertThat(byId("action-department").isDisplayed()).isFalse();
        assertThat(byId("action-reason").isDisplayed()).isFalse();
        assertThat(byId("action-agent").isDisplayed()).isFalse();
        assertThat(byId("action-into").isDisplayed()).isFalse();
        byId("action-cancel").click();
        assertThat(byId("action-form").isDisplayed()).isFalse();

        clickAction("transfer");
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("action-department").isDisplayed()
                && !byId("action-department").findElements(By.cssSelector("option[value='Logística']")).isEmpty());
        assertThat(byId("action-reason").isDisplayed()).isTrue();
        assertThat(byId("action-code").isDisplayed()).isFalse();
        assertThat(byId("action-cause").isDisplayed()).isFalse();
        Select departments = new Select(byId("action-department"));
        assertThat(departments.getOptions()).extracting(WebElement::getText)
                .contains("Logística", "Ouvidoria").doesNotContain("Financeiro");
        Browser.screenshot(browser, "staff-transfer-fields");
        departments.selectByVisibleText("Logística");
        byId("action-reason").sendKeys("É sobre a entrega, não a cobrança");
        byId("action-confirm").click();

        await().atMost(Duration.ofSeconds(20)).until(() -> "Logística".equals(
                api.get("api/cases/" + protocol).json().getString("department")));
        // out of fabio's sight now: the case panel closes
        await().atMost(Duration.ofSeconds(20)).until(() -> !byId("case-section").isDisplayed());
    }

    @Test
    void aDepartmentRetiredWhileTheAgentChoseItIsRefusedInPlainPortugueseAndTheCaseStays() {
        String department = "Qualidade " + UUID.randomUUID().toString().substring(0, 6);
        Api admin = api.as("admin");
        assertThat(admin.postJson("api/catalogues/departments", "{\"code\": \"" + department
                + "\", \"label\": \"" + department + "\"}").status()).isEqualTo(201);
        String protocol = StaffCases.financeiro(api);
        browser = Browser.open("pt-BR");
        StaffLogin.signIn(browser, rootUrl(), "staff.html?lang=pt-BR#" + protocol, "fabio");
        await().atMost(Duration.ofSeconds(20)).until(() -> protocol.equals(byId("case-protocol").getText()));
        clickAction("transfer");
        await().atMost(Duration.ofSeconds(20)).until(() -> byId("action-department").isDisplayed()
                && !byId("action-department").findElements(By.cssSelector("option[value='" + department + "']")).isEmpty());
        new Select(byId("action-department")).selectByValue(department);
        byId("action-reason").sendKeys("Reclamação sobre o atendimento");

        // Meanwhile an admin retires it: the server, not the page's list, has the last word.
        assertThat(admin.postJson("api/catalogues/departments/" + department.replace(" ", "%20") + "/retire", "{}")
                .status()).isEqualTo(200);
        byId("action-confirm").click();

        await().atMost(Duration.ofSeconds(20)).until(() -> byId("case-message").getText().contains("Valor fora da lista"));
        assertThat(byId("case-message").getText()).contains("departamento", department, "Aceitos", "Logística")
                .doesNotContain("not in the list");
        assertThat(api.get("api/cases/" + protocol).json().getString("department")).isEqualTo("Financeiro");
        Browser.screenshot(browser, "staff-transfer-refused");
    }

    private void clickAction(String action) {
        By button = By.cssSelector("#case-actions button[data-action='" + action + "']");
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(button).isEmpty());
        browser.findElement(button).click();
    }
}
