package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page fits a 1366 px laptop and a 390 px phone without sideways scrolling: the document is never
 * wider than the window (a wide table may scroll inside its own box). Each page is measured with its
 * content loaded (the staff page with a case open and the supervisor's backlog), at both sizes.
 */
class PageWidthsBrowserIT extends DeployedTriagem {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A window: its width and height, and whether it is a phone (touch, overlay scrollbars). */
    private record Window(int width, int height, boolean phone) {
    }

    private static final List<Window> WINDOWS = List.of(new Window(1366, 900, false), new Window(390, 844, true));

    private WebDriver browser;
    private final List<String> tooWide = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("pt-BR");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void thePublicPagesFitBothWindows() {
        measure("index.html?lang=pt-BR", b -> awaitShown("complaint-form"));
        measure("acompanhar.html?lang=pt-BR", b -> { });
        measure("pesquisa.html?lang=pt-BR&t=sem-token", b -> { });
        measure("login.html?lang=pt-BR", b -> awaitShown("login-submit"));
        assertThat(tooWide).isEmpty();
    }

    @Test
    void theStaffPagesFitBothWindows() {
        String protocol = StaffCases.open(api, "Cobrança em dobro no cartão de crédito da loja virtual",
                "Fui cobrado duas vezes pela mesma compra no cartão. ".repeat(20) + "https://exemplo.com.br/pedido/"
                        + "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz");
        StaffLogin.signIn(browser, rootUrl(), "staff.html?lang=pt-BR", "sofia");
        measure("staff.html?lang=pt-BR#" + protocol, b -> {
            await().atMost(PATIENCE).until(() -> protocol.equals(text("case-protocol")));
            awaitShown("backlog-section");
            // At 1366 px the queue's six columns fit beside the open case: no sideways scroll even inside.
            Object over = script("const t = document.getElementById('queue');"
                    + " return innerWidth >= 1366 && t.scrollWidth > t.parentElement.clientWidth"
                    + " ? t.scrollWidth + ' > ' + t.parentElement.clientWidth : null;");
            if (over != null) {
                tooWide.add("the queue beside an open case at 1366 px: " + over);
            }
        });
        measure("painel.html?lang=pt-BR", b -> await().atMost(PATIENCE).until(() ->
                b.findElement(By.id("tiles")).getAttribute("data-report") != null));
        assertThat(tooWide).isEmpty();
    }

    @Test
    void theAnalystPageFitsBothWindows() {
        StaffLogin.signIn(browser, rootUrl(), "analyst.html?lang=pt-BR", "ana");
        measure("analyst.html?lang=pt-BR", b -> await().atMost(PATIENCE).until(() ->
                !b.findElements(By.cssSelector("#versions tbody tr")).isEmpty()));
        assertThat(tooWide).isEmpty();
    }

    /** Opens the page at each window size, waits until it shows its content, and notes any overflow. */
    private void measure(String page, Consumer<WebDriver> loaded) {
        for (Window w : WINDOWS) {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", w.width(),
                    "height", w.height(), "deviceScaleFactor", 1, "mobile", w.phone()));
            browser.get(rootUrl() + page);
            await().atMost(PATIENCE).until(() -> "complete".equals(script("return document.readyState;")));
            loaded.accept(browser);
            Browser.screenshot(browser, "width-" + page.replaceAll("[^a-z]+.*", "") + "-" + w.width());
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) script("const d = document.documentElement;"
                    + " const over = Array.from(document.querySelectorAll('body *')).filter(e =>"
                    + "  e.getBoundingClientRect().right > d.clientWidth + 0.5 && !e.closest('.table-scroll, .chart')"
                    + "  && e.getClientRects().length).slice(-3).map(e => e.tagName + '#' + e.id + '.' + e.className"
                    + "  + ' right=' + Math.round(e.getBoundingClientRect().right));"
                    + " return {scroll: d.scrollWidth, client: d.clientWidth, inner: window.innerWidth, over: over};");
            long scroll = ((Number) m.get("scroll")).longValue();
            long client = ((Number) m.get("client")).longValue();
            if (scroll > client || client > w.width()) {
                tooWide.add(page + " at " + w.width() + " px: scrollWidth " + scroll + ", clientWidth " + client
                        + ", innerWidth " + m.get("inner") + "; beyond the edge: " + m.get("over"));
            }
        }
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void awaitShown(String id) {
        await().atMost(PATIENCE).until(() -> !browser.findElements(By.id(id)).isEmpty()
                && browser.findElement(By.id(id)).isDisplayed());
    }
}
