package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An analyst uploads a table with a mistyped department in Chromium, reads the error at its spreadsheet
 * row and column in Portuguese, fixes that cell and uploads again: the new version compiles and its
 * scenarios pass.
 */
class RuleErrorFixBrowserIT extends DeployedTriagem {

    private static final String OWNERSHIP = "ownership/ownership.drl.csv";

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("pt-BR");
        StaffLogin.signIn(browser, rootUrl(), "analyst.html?lang=pt-BR", "ana");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anAnalystFixesTheCellTheErrorNamesAndTheNextUploadIsGreen() {
        RulesTree broken = RulesTree.current().edit(OWNERSHIP, t -> t.replace(",,Entrega,,Logística", ",,Entrega,,Logistca"));

        upload(broken.zipFile(), "logistca-" + System.nanoTime());
        await().atMost(Duration.ofSeconds(60)).until(() -> !problems().isEmpty());

        Browser.screenshot(browser, "analyst-error-at-its-cell");
        WebElement problem = problems().get(0);
        assertThat(problem.findElement(By.cssSelector(".where")).getText())
                .isEqualTo("ownership/ownership.drl.csv · linha 19 · coluna E");
        assertThat(problem.findElement(By.cssSelector(".what")).getText())
                .startsWith("A célula E19 (linha 19, coluna E)")
                .contains("departamento desconhecido \"Logistca\"").contains("você quis dizer \"Logística\"?");
        assertThat(byId("upload-result").getText()).contains("não compila");

        // The analyst writes "Logística" back into E19 (and saves, which ends the file with a new line).
        RulesTree fixed = RulesTree.current().edit(OWNERSHIP, t -> t + "\n");
        String comment = "logistica-corrigida-" + System.nanoTime();
        upload(fixed.zipFile(), comment);

        await().atMost(Duration.ofSeconds(90)).until(() -> byId("upload-result").getText().contains("cenários OK"));
        Browser.screenshot(browser, "analyst-error-fixed-green");
        assertThat(problems()).isEmpty();
        JsonObject version = api.get("api/rulesets").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> comment.equals(v.getString("comment", null))).findFirst().orElseThrow();
        assertThat(version.getBoolean("valid")).isTrue();
        assertThat(version.getBoolean("green")).isTrue();
    }

    private java.util.List<WebElement> problems() {
        return browser.findElements(By.cssSelector("#upload-result li.problem"));
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private void upload(Path zip, String comment) {
        byId("zip").clear();
        byId("zip").sendKeys(zip.toAbsolutePath().toString());
        byId("comment").clear();
        byId("comment").sendKeys(comment);
        byId("upload").click();
    }
}
