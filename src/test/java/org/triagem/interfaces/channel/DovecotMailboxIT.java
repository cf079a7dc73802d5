package org.triagem.interfaces.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The email route against a real IMAP server: Debian's Dovecot, started by this test on loopback with
 * a configuration of its own under {@code target/dovecot} (profile {@code dovecot}; {@code .ci/run}
 * installs {@code dovecot-imapd}). Mail is put in the mailbox with IMAP APPEND, as a delivery agent would.
 */
class DovecotMailboxIT {

    private static final int PORT = Integer.getInteger("it.dovecot.port", 31143);
    private static final Path HOME = Path.of("target", "dovecot").toAbsolutePath();
    private static final Path CONFIG = HOME.resolve("dovecot.conf");

    private MailRouteHarness routes;

    @BeforeAll
    static void startDovecot() throws Exception {
        Files.createDirectories(HOME.resolve("mail"));
        Files.writeString(HOME.resolve("users"), "sac:{PLAIN}segredo\n");
        Files.writeString(CONFIG, """
                protocols = imap
                listen = 127.0.0.1
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                mail_location = maildir:%1$s/mail/%%u
                first_valid_uid = 1
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %1$s/users
                }
                userdb {
                  driver = static
                  args = uid=dovecot gid=dovecot home=%1$s/mail/%%u
                }
                service imap-login {
                  chroot =
                  inet_listener imap {
                    port = %2$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                service anvil {
                  chroot =
                }
                """.formatted(HOME, PORT));
        run("chown", "-R", "dovecot:dovecot", HOME.resolve("mail").toString());
        run("/usr/sbin/dovecot", "-c", CONFIG.toString());
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            try (Socket s = new Socket("127.0.0.1", PORT)) {
                return true;
            }
        });
    }

    @AfterAll
    static void stopDovecot() throws Exception {
        run("/usr/sbin/dovecot", "-c", CONFIG.toString(), "stop");
    }

    /** Output goes to a file: the daemon keeps a pipe open after its launcher has returned. */
    private static void run(String... command) throws IOException, InterruptedException {
        Path output = HOME.resolve("command.out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(output));
        }
    }

    @BeforeEach
    void startRoutes() throws Exception {
        routes = new MailRouteHarness(PORT, "sac", "segredo");
    }

    @AfterEach
    void stopRoutes() {
        routes.close();
    }

    private static void append(String eml) throws Exception {
        Session session = Session.getInstance(new Properties());
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", PORT, "sac", "segredo");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.appendMessages(new Message[] {new MimeMessage(session,
                    new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)))});
        } finally {
            store.close();
        }
    }

    @Test
    void mailInDovecotBecomesOneContactEachAndIsFlaggedSeenAfterRegistration() throws Exception {
        String a = "dovecot-" + UUID.randomUUID();
        String b = "dovecot-" + UUID.randomUUID();
        append(MailRouteHarness.eml("Ana <ana@cliente.test>", "Cobrança indevida", "Cobrança em dobro " + a));
        append(MailRouteHarness.eml("Rui <rui@cliente.test>", "Entrega", "Pedido não chegou " + b));

        await().atMost(Duration.ofSeconds(30)).until(() -> routes.registered.stream()
                .filter(c -> c.description().contains(a) || c.description().contains(b)).count() == 2);
        assertThat(routes.registered).extracting(c -> c.sourceKey())
                .allSatisfy(key -> assertThat(key).matches("imap:127\\.0\\.0\\.1/INBOX:\\d+:\\d+"))
                .doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(30)).until(() -> routes.unseenInInbox() == 0);
    }

    @Test
    void aMailPutBackAsUnseenIsNotRegisteredTwice() throws Exception {
        String marker = "again-" + UUID.randomUUID();
        append(MailRouteHarness.eml("lia@cliente.test", "Defeito", "Não liga " + marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> routes.registered.stream()
                .anyMatch(c -> c.description().contains(marker)));
        String key = routes.registered.stream().filter(c -> c.description().contains(marker)).findFirst()
                .orElseThrow().sourceKey();
        await().atMost(Duration.ofSeconds(30)).until(() -> routes.unseenInInbox() == 0);

        // what a crash between the commit and the SEEN flag leaves behind
        markAllUnseen();

        await().atMost(Duration.ofSeconds(30)).until(() -> routes.deliveries.stream().filter(key::equals).count() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> routes.unseenInInbox() == 0);
        assertThat(routes.registered.stream().filter(c -> c.description().contains(marker))).hasSize(1);
    }

    private static void markAllUnseen() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", PORT, "sac", "segredo");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.setFlags(inbox.getMessages(), new Flags(Flags.Flag.SEEN), false);
            inbox.close(false);
        } finally {
            store.close();
        }
    }
}
