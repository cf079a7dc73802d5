package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.triagem.it.node.LibertyNode;
import org.triagem.it.node.NodeDatabase;

/**
 * Exactly once across nodes: two servers on one PostgreSQL poll the same mailbox at the same time,
 * and every mail becomes one case; the node that loses a race for a mail skips it quietly, with no
 * error and no quarantine. Needs a database server (the {@code postgres} profile): an embedded H2
 * file cannot be opened by two processes, so without one the test is skipped.
 */
class EmailTwoNodesIT {

    private static final Logger LOG = Logger.getLogger(EmailTwoNodesIT.class.getName());
    private static final int MAILS = Integer.getInteger("it.two-nodes.mails", 300);

    @Test
    void twoNodesPollingOneMailboxOpenOneCasePerMail() throws Exception {
        NodeDatabase database = NodeDatabase.configured();
        assumeTrue(database.isShared(), "two nodes need a shared database: run with -Ppostgres");
        try (MailBurst mailbox = MailBurst.started();
                LibertyNode a = node("triagem-node-a", 0, database, mailbox);
                LibertyNode b = node("triagem-node-b", 1, database, mailbox)) {
            a.start();
            b.start();
            Duration startA = a.awaitReady();
            Duration startB = b.awaitReady();
            long t0 = System.nanoTime();
            mailbox.deliver(MAILS);

            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> mailbox.flaggedSeen() == MAILS);
            Duration burstTime = Duration.ofNanos(System.nanoTime() - t0);
            a.stop(); // a node may still hold a mail the other flagged: let both finish before counting
            b.stop();

            CaseLedger ledger = CaseLedger.server(database.url(), database.user());
            List<String> cases = ledger.caseSubjects(mailbox.run());
            int byA = a.logLinesContaining("opened via EMAIL").size();
            int byB = b.logLinesContaining("opened via EMAIL").size();
            LOG.info(() -> String.format("two nodes on %s: %d mails, nodes ready after %d s and %d s, %d cases"
                    + " (%d opened by a, %d by b), all flagged after %d s", database, MAILS, startA.toSeconds(),
                    startB.toSeconds(), cases.size(), byA, byB, burstTime.toSeconds()));

            assertThat(mailbox.lost(cases)).as("mails without a case").isEmpty();
            assertThat(mailbox.duplicated(cases)).as("mails with more than one case").isEmpty();
            assertThat(cases).hasSize(MAILS);
            assertThat(ledger.quarantineReasons(mailbox.run())).as("mails quarantined").isEmpty();
            assertThat(a.logLinesContaining("duplicate key")).as("errors on node a").isEmpty();
            assertThat(b.logLinesContaining("duplicate key")).as("errors on node b").isEmpty();
        }
    }

    private static LibertyNode node(String name, int index, NodeDatabase database, MailBurst mailbox)
            throws Exception {
        // C1 only: a node starts in far less CPU time, which matters when two start at once on 2 cores.
        return LibertyNode.named(name).index(index).variables(database.variables())
                .variables(mailbox.nodeVariables(200)).jvmOption("-XX:TieredStopAtLevel=1").create();
    }
}
