package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.triagem.it.node.LibertyNode;
import org.triagem.it.node.NodeDatabase;

/**
 * Exactly once across a crash: a node is killed with {@code kill -9} in the middle of a burst of
 * several hundred mails, started again, and every mail ends as exactly one case, flagged seen.
 * Runs on the build's database: the node's own embedded H2 file by default, PostgreSQL under
 * {@code -Ppostgres}.
 */
class EmailCrashRecoveryIT {

    private static final Logger LOG = Logger.getLogger(EmailCrashRecoveryIT.class.getName());
    private static final int BURST = Integer.getInteger("it.crash.burst", 400);

    @Test
    void aNodeKilledInTheMiddleOfABurstLosesNoMailAndDuplicatesNone() throws Exception {
        NodeDatabase database = NodeDatabase.configured();
        try (MailBurst mailbox = MailBurst.started();
                LibertyNode node = LibertyNode.named("triagem-crash").index(0)
                        .variables(database.variables()).variables(mailbox.nodeVariables(200)).create()) {
            Duration firstStart = node.startAndAwaitReady();
            long t0 = System.nanoTime();
            mailbox.deliver(BURST);

            // Flagged means committed: kill once a third of the burst is through, mid-stream.
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> mailbox.flaggedSeen() >= BURST / 3);
            node.kill();
            Instant killedAt = Instant.now();
            int flaggedAtKill = mailbox.flaggedSeen();
            assertThat(flaggedAtKill).as("mails flagged when the node died").isLessThan(BURST);

            Duration restart = node.startAndAwaitReady();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> mailbox.flaggedSeen() == BURST);
            Duration burstTime = Duration.ofNanos(System.nanoTime() - t0);
            node.stop(); // nothing in flight while we count

            CaseLedger ledger = database.isShared() ? CaseLedger.server(database.url(), database.user())
                    : CaseLedger.embeddedIn(node.serverDirectory());
            List<String> cases = ledger.caseSubjects(mailbox.run());
            int committedBeforeKill = ledger.casesOpenedBefore(mailbox.run(), killedAt);
            LOG.info(() -> String.format("crash test on %s: burst %d, first start %d s, %d cases committed and %d"
                    + " mails flagged before kill -9, restart %d s, %d cases after restart, burst done in %d s",
                    database, BURST, firstStart.toSeconds(), committedBeforeKill, flaggedAtKill, restart.toSeconds(),
                    cases.size(), burstTime.toSeconds()));

            assertThat(committedBeforeKill).as("cases committed before the kill").isBetween(1, BURST - 1);
            assertThat(mailbox.lost(cases)).as("mails without a case").isEmpty();
            assertThat(mailbox.duplicated(cases)).as("mails with more than one case").isEmpty();
            assertThat(cases).hasSize(BURST);
            assertThat(ledger.quarantineReasons(mailbox.run())).as("mails quarantined").isEmpty();
            assertThat(mailbox.inInbox()).isEqualTo(BURST);
        }
    }
}
