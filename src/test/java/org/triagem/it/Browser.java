package org.triagem.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: nothing is downloaded at run time
 * (Selenium Manager is bypassed by naming both binaries).
 */
final class Browser {

    private Browser() {
    }

    static WebDriver open(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1200,1400", "--lang=" + language);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Like {@link #open}, with {@code window.alert} replaced before any page script runs, so that a test
     * can count every alert a page would have shown (an XSS payload that ran).
     */
    static WebDriver openCountingAlerts(String language) {
        WebDriver driver = open(language);
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"));
        return driver;
    }

    /** How many times the page called {@code window.alert} since {@link #openCountingAlerts}. */
    static int alertsShown(WebDriver driver) {
        Object count = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.__alerts.length;");
        return ((Number) count).intValue();
    }

    /**
     * Records every Content-Security-Policy violation of the pages opened from now on (a blocked inline
     * style or script, an eval), for {@link #cspViolations}.
     */
    static void recordCspViolations(WebDriver driver) {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });"));
    }

    /** The violations the current page reported since {@link #recordCspViolations}. */
    @SuppressWarnings("unchecked")
    static java.util.List<String> cspViolations(WebDriver driver) {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return window.__csp || [];");
    }

    /** Keeps a screenshot under target/screenshots for a person to look at. */
    static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
