package org.triagem.it;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Signs a demo user in through the login page, as a person would. */
final class StaffLogin {

    private StaffLogin() {
    }

    /** Opens {@code page} (e.g. "staff.html"), is sent to the login page, signs in and lands back on it. */
    static void signIn(WebDriver browser, String rootUrl, String page, String user) {
        browser.get(rootUrl + page);
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().contains("login.html"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-demo");
        browser.findElement(By.id("login-submit")).click();
        String landing = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        // The login page's own address names the page in its ?next= parameter, so only the path counts:
        // matching the whole URL let a test go on while the browser was still on the login page.
        await().atMost(Duration.ofSeconds(20)).until(() -> pathOf(browser.getCurrentUrl()).endsWith("/" + landing));
    }

    private static String pathOf(String url) {
        return URI.create(url).getPath();
    }
}
