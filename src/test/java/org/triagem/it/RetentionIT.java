package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The retention job on a seeded database, with the default policy (closed cases 5 years, quarantine 30 days,
 * files 1 year, mail bodies 90 days, survey comments 1 year, call records 90 days): a dry run counts and
 * changes nothing; the run takes exactly the rows past their policy, and keeps open cases, held cases, and
 * calls (and their cases) younger than the decree's 90 days.
 */
class RetentionIT extends DeployedTriagem {

    private static final String CPF = "39053344705";

    @Test
    void theRightRowsGoAndCallRecordsUnderNinetyDaysStay() throws Exception {
        RetentionSeed seed = new RetentionSeed(5_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 100);
        seed.caseOf(1, "CLOSED", 2000, CPF); // past the policy: anonymised
        seed.caseOf(2, "CLOSED", 10, CPF); // closed recently: kept
        seed.caseOf(3, "IN_PROGRESS", 2000, CPF); // still worked: kept
        seed.caseOf(4, "CLOSED", 2000, CPF); // held by the DPO: kept
        seed.caseOf(5, "RESOLVED", 2000, CPF); // a call 30 days ago: kept, and the call too
        seed.call(6, 5, 30);
        seed.call(7, 2, 100); // a call record past 90 days: removed
        seed.quarantined(8, 40);
        seed.quarantined(9, 5);
        seed.attachment(10, 2, 400); // a file of a closed case, a year old: removed
        seed.attachment(11, 3, 400); // of an open case: kept
        seed.mail(12, 2, "SENT", 100);
        seed.mail(13, 2, "PENDING", 100);
        seed.survey(14, 2, 400);
        assertThat(api.as("dora").postJson("api/privacy/holds", "{\"protocol\":\"" + seed.protocol(4)
                + "\",\"reason\":\"Ação civil pública\"}").status()).isEqualTo(201);

        Api.Reply dry = api.as("dora").postJson("api/privacy/retention/run?dryRun=true", "");
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        JsonObject wouldGo = dry.json().getJsonObject("counts");
        assertThat(wouldGo.getJsonNumber("CLOSED_CASES").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(wouldGo.getJsonNumber("QUARANTINE").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(wouldGo.getJsonNumber("CALL_RECORDS").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(dry.json().getBoolean("dryRun")).isTrue();
        assertThat(customerCpf(seed, 1)).as("a dry run changes nothing").isEqualTo(CPF);

        Api.Reply run = api.as("dora").postJson("api/privacy/retention/run", "");
        assertThat(run.status()).as(run.body()).isEqualTo(200);

        assertThat(customerCpf(seed, 1)).as("closed 2000 days ago").isNull();
        assertThat(RetentionSeed.value("SELECT description FROM complaint_case WHERE id = ?", seed.id(1)))
                .isEqualTo("Meu CPF é [CPF removido]. Fui cobrada duas vezes.");
        assertThat(RetentionSeed.value("SELECT category FROM complaint_case WHERE id = ?", seed.id(1)))
                .as("facts for statistics").isEqualTo("cobranca");
        assertThat(customerCpf(seed, 2)).as("closed 10 days ago").isEqualTo(CPF);
        assertThat(customerCpf(seed, 3)).as("open").isEqualTo(CPF);
        assertThat(customerCpf(seed, 4)).as("held").isEqualTo(CPF);
        assertThat(customerCpf(seed, 5)).as("a call 30 days ago").isEqualTo(CPF);
        assertThat(RetentionSeed.count("SELECT COUNT(*) FROM phone_event WHERE event_id = ?", "retention-"
                + seed.id(0) + "-6")).as("the 30-day-old call").isEqualTo(1);
        assertThat(RetentionSeed.count("SELECT COUNT(*) FROM phone_event WHERE event_id = ?", "retention-"
                + seed.id(0) + "-7")).as("the 100-day-old call").isZero();
        assertThat(RetentionSeed.count("SELECT COUNT(*) FROM quarantine WHERE id IN (?, ?)", seed.id(8), seed.id(9)))
                .isEqualTo(1);
        assertThat(RetentionSeed.count("SELECT COUNT(*) FROM quarantine WHERE id = ?", seed.id(9))).isEqualTo(1);
        assertThat(RetentionSeed.count("SELECT COUNT(*) FROM case_attachment WHERE id = ?", seed.id(10))).isZero();
        assertThat(RetentionSeed.count("SELECT COUNT(*) FROM case_attachment WHERE id = ?", seed.id(11))).isEqualTo(1);
        assertThat(RetentionSeed.value("SELECT body FROM outgoing_mail WHERE id = ?", seed.id(12))).isEqualTo("");
        assertThat(RetentionSeed.value("SELECT body FROM outgoing_mail WHERE id = ?", seed.id(13))).isEqualTo("Olá Ana");
        assertThat(RetentionSeed.value("SELECT comment FROM survey WHERE id = ?", seed.id(14))).isNull();
        assertThat(((Number) RetentionSeed.value("SELECT csat FROM survey WHERE id = ?", seed.id(14))).intValue())
                .as("the score stays").isEqualTo(4);

        JsonObject latest = api.as("dora").get("api/privacy/retention/runs?limit=1").jsonArray().getJsonObject(0);
        assertThat(latest.getJsonNumber("id").longValue()).isEqualTo(run.json().getJsonNumber("id").longValue());
        assertThat(latest.getBoolean("dryRun")).isFalse();
        assertThat(latest.getJsonObject("counts").getJsonNumber("CLOSED_CASES").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(api.as("fabio").get("api/privacy/retention/runs").status()).isEqualTo(403);
    }

    @Test
    void thePolicyInForceKeepsCallRecordsAtLeastNinetyDays() {
        JsonObject policy = api.as("dora").get("api/privacy/retention/policy").json();
        assertThat(policy.getInt("callRecordDays")).isGreaterThanOrEqualTo(90);
        assertThat(policy.getInt("closedCaseDays")).isEqualTo(1825);
    }

    private static String customerCpf(RetentionSeed seed, int n) throws Exception {
        return (String) RetentionSeed.value("SELECT customer_cpf FROM complaint_case WHERE id = ?", seed.id(n));
    }
}
