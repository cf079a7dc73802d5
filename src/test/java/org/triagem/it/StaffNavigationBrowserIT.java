package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The staff pages' shared header in real headless Chromium: each role lands on its own page after signing
 * in and is offered only the pages it can use; a page that is not for the role says so in pt-BR with a
 * link to the user's own page; Sair ends the server session. And the analysts' batch simulation shows
 * its table of decisions.
 */
class StaffNavigationBrowserIT extends DeployedTriagem {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("pt-BR");
        Browser.recordCspViolations(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    /** Signs in on the login page itself, as someone who opened it directly, and waits to leave it. */
    private void signInAt(String loginAddress, String user) {
        browser.get(rootUrl() + loginAddress);
        byId("username").sendKeys(user);
        byId("password").sendKeys(user + "-demo");
        byId("login-submit").click();
        await().atMost(PATIENCE).until(() -> !path().endsWith("/login.html"));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> !byId("who").getText().isEmpty());
    }

    private void signOut() {
        byId("sign-out").click();
        await().atMost(PATIENCE).until(() -> path().endsWith("/login.html"));
    }

    @Test
    void eachRoleLandsOnItsOwnPageAndIsOfferedOnlyThePagesItCanUse() {
        Map<String, String> homes = Map.of("fabio", "/staff.html", "sofia", "/supervisao.html",
                "ana", "/analyst.html", "admin", "/painel.html", "olga", "/supervisao.html");
        homes.forEach((user, home) -> {
            signInAt("login.html?lang=pt-BR", user);
            assertThat(path()).as(user).endsWith(home);
            signOut();
        });

        signInAt("login.html?lang=pt-BR", "ana");
        assertThat(byId("who").getText()).isEqualTo("ana");
        assertThat(byId("catalogos-link").isDisplayed()).isTrue();
        assertThat(byId("staff-link").isDisplayed()).as("analysts work no cases").isFalse();
        assertThat(byId("painel-link").isDisplayed()).isFalse();
        assertThat(byId("supervisao-link").isDisplayed()).isFalse();
        signOut();

        signInAt("login.html?lang=pt-BR", "fabio");
        assertThat(byId("who").getText()).isEqualTo("fabio · Financeiro");
        for (String page : new String[] {"analyst-link", "painel-link", "supervisao-link", "catalogos-link"}) {
            assertThat(byId(page).isDisplayed()).as(page).isFalse();
        }
        signOut();

        // A page the user may use, asked for before signing in, is where they land.
        signInAt("login.html?next=catalogos.html", "ana");
        assertThat(path()).endsWith("/catalogos.html");
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void anAgentOpeningTheRulesPageIsToldPlainlyAndLinkedToTheQueue() {
        StaffLogin.signIn(browser, rootUrl(), "staff.html?lang=pt-BR", "fabio");

        browser.get(rootUrl() + "analyst.html?lang=pt-BR");

        await().atMost(PATIENCE).ignoreExceptions().until(() -> byId("refusal").isDisplayed());
        Browser.screenshot(browser, "analyst-refused");
        assertThat(byId("refusal").getText()).contains("Esta página é para analistas de regras.")
                .contains("Você entrou como agente.").doesNotContain("Forbidden").doesNotContain("Unauthorized");
        assertThat(byId("simulate-form").isDisplayed()).isFalse();
        assertThat(byId("upload-form").isDisplayed()).isFalse();
        byId("refusal-home").click();
        await().atMost(PATIENCE).until(() -> path().endsWith("/staff.html"));
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void signingOutEndsTheServerSessionAndTheOldCookiesNoLongerWork() throws Exception {
        StaffLogin.signIn(browser, rootUrl(), "analyst.html?lang=pt-BR", "ana");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> !byId("who").getText().isEmpty());
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        assertThat(browser.manage().getCookies()).extracting(Cookie::getName).isNotEmpty();
        assertThat(withCookies(cookies, "api/rulesets")).isEqualTo(200);

        signOut();

        assertThat(withCookies(cookies, "api/rulesets")).as("the cookies saved before Sair").isEqualTo(401);
        browser.get(rootUrl() + "analyst.html?lang=pt-BR");
        await().atMost(PATIENCE).until(() -> path().endsWith("/login.html"));
    }

    @Test
    void anAnalystSimulatesAnIdentifiedCustomerAndABatchWithATableOfDecisions() throws Exception {
        StaffLogin.signIn(browser, rootUrl(), "analyst.html?lang=pt-BR", "ana");
        byId("sim-description").sendKeys("Qual o horário de funcionamento da loja do centro?");
        byId("sim-email").sendKeys(StaffCases.email());
        byId("simulate").click();
        await().atMost(PATIENCE).until(() -> !byId("simulation").getText().isBlank());
        assertThat(byId("sim-department").getText()).isEqualTo("Atendimento");
        assertThat(byId("sim-tags").getText()).as("an identified customer is not anonimo").isEmpty();

        Path csv = Files.createTempFile("lote-", ".csv");
        csv.toFile().deleteOnExit();
        Files.writeString(csv, "\uFEFFdescricao;assunto;canal\r\n"
                + "Fui cobrado duas vezes pela mesma compra no cartão.;Cobrança indevida;WEB_FORM\r\n"
                + "Meu pedido;;FAX\r\n"
                + "Comprei há 15 dias e o pedido não chegou.;Pedido não entregue;EMAIL\r\n", StandardCharsets.UTF_8);
        byId("batch-file").sendKeys(csv.toAbsolutePath().toString());
        byId("batch-run").click();

        await().atMost(PATIENCE).ignoreExceptions().until(() -> byId("batch-table").isDisplayed());
        Browser.screenshot(browser, "analyst-batch");
        assertThat(cell(2, "department")).isEqualTo("Financeiro");
        assertThat(cell(2, "tags")).isEqualTo("anonimo");
        assertThat(cell(3, "error")).contains("channel");
        assertThat(cell(4, "department")).isEqualTo("Logística");
        assertThat(cell(4, "sla")).isEqualTo("240 / 1440 / 7");
        assertThat(byId("batch-message").getText()).startsWith("2 decidida(s), 1 com erro");
        assertThat(byId("batch-download").isDisplayed()).isTrue();
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    private String cell(int row, String column) {
        return browser.findElement(By.cssSelector("#batch-table tr[data-row='" + row + "'] td." + column)).getText();
    }

    private int withCookies(String cookies, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(api.base().resolve(path)).header("Cookie", cookies).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
