package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.triagem.it.PushAssignmentIT.SUPORTE;
import static org.triagem.it.PushAssignmentIT.SUPORTE_PATH;
import static org.triagem.it.PushAssignmentIT.put;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A supervisor, in Chromium, turns a department with 100 waiting cases to push: the page's workload
 * table then shows each present agent exactly at their cap, the absent one with none, and 45 still
 * waiting in the queue.
 */
class PushSpreadBrowserIT extends DeployedTriagem {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private WebDriver browser;

    @AfterEach
    void backToPull() {
        if (browser != null) {
            browser.quit();
        }
        put(api.as("sergio"), "api/staff/assignment/" + SUPORTE_PATH, "{\"mode\": \"PULL\"}");
        put(api.as("sergio"), "api/staff/saulo", "{\"absent\": false}");
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private String total(String agent) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#workload tbody tr[data-agent='" + agent + "']"));
        return rows.isEmpty() ? "" : rows.get(0).findElement(By.cssSelector("td.total")).getText();
    }

    @Test
    void switchingToPushSpreadsAHundredWaitingCasesOverThePresentAgentsWithinTheirCaps() throws Exception {
        // The department starts empty, so the counts are this test's alone (as in PushAssignmentIT).
        ItDatabase.update("UPDATE complaint_case SET status = 'CLOSED' WHERE department = ?"
                + " AND status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING_CUSTOMER', 'REOPENED')", SUPORTE);
        for (String user : List.of("sergio", "samuel", "simone", "saulo")) {
            assertThat(api.as(user).get("api/session").status()).isEqualTo(200);
        }
        Api sergio = api.as("sergio");
        put(sergio, "api/staff/assignment/" + SUPORTE_PATH, "{\"mode\": \"PULL\", \"strategy\": \"LEAST_LOADED\"}");
        put(sergio, "api/staff/saulo", "{\"absent\": true}");
        put(sergio, "api/staff/samuel", "{\"absent\": false, \"cap\": 30}");
        put(sergio, "api/staff/simone", "{\"absent\": false, \"cap\": 25}");
        for (int i = 0; i < 100; i++) {
            PushAssignmentIT.defeito(api, i);
        }

        browser = Browser.open("pt-BR");
        StaffLogin.signIn(browser, rootUrl(), "supervisao.html?lang=pt-BR", "sergio");
        await().atMost(PATIENCE).until(() -> byId("overview").isDisplayed()
                && !byId("department").findElements(By.cssSelector("option[value='" + SUPORTE + "']")).isEmpty());
        new Select(byId("department")).selectByValue(SUPORTE);
        await().atMost(PATIENCE).until(() -> byId("summary").getText().contains(": 100 "));
        assertThat(total("samuel")).isEqualTo("0");

        byId("mode-push").click();
        byId("assignment-save").click();
        byId("refresh").click();

        await().atMost(PATIENCE).until(() -> "30".equals(total("samuel")) && "25".equals(total("simone")));
        await().atMost(PATIENCE).until(() -> byId("summary").getText().contains(": 45 "));
        assertThat(total("saulo")).isEqualTo("0");
        Browser.screenshot(browser, "supervisao-push-spread");
    }
}
