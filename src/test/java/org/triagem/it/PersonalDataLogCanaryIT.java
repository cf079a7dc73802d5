package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 21, logs: no CPF, e-mail or phone ever appears in a log line or a problem detail. A thousand
 * canary customers, each with a CPF, an e-mail and a phone of their own, come in through the web form
 * (fields and free text), the phone webhook (caller, then the CPF and name the attendant typed, notes)
 * and mail (sender, body); some come back refused as bad input. Then every file the server wrote under
 * its logs directory (messages, traces, FFDC incidents) is searched for every canary value, written as
 * it was sent and in its bare digits. None may be there, while the protocols of the same contacts are,
 * which shows these are the files the server logged this run to.
 */
class PersonalDataLogCanaryIT extends DeployedTriagem {

    private static final int WEB_FORM = 400;
    private static final int PHONE = 300;
    private static final int MAIL = 300;
    private static final String SAC = "sac@triagem.test";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup[] {
        new ServerSetup(Integer.getInteger("it.imap.port", 39143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
        new ServerSetup(Integer.getInteger("it.smtp.port", 39025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)})
            .withPerMethodLifecycle(false);

    /** One canary customer: values nobody else has, so any occurrence in a log is theirs. */
    record Canary(String cpf, String email, String phone) {

        String cpfFormatted() {
            return cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9);
        }

        String phoneDigits() {
            return phone.replaceAll("\\D", "");
        }

        /** Every spelling a leak could take. */
        List<String> spellings() {
            return List.of(cpf, cpfFormatted(), email, phone, phoneDigits());
        }
    }

    private static List<Canary> canaries(int count) {
        Set<String> phones = new HashSet<>();
        List<Canary> made = new ArrayList<>();
        while (made.size() < count) {
            String phone = "(11) 9" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "-"
                    + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
            if (phones.add(phone)) {
                made.add(new Canary(TestCpfs.random(), "canario." + UUID.randomUUID().toString().substring(0, 13)
                        + "@canario.test", phone));
            }
        }
        return made;
    }

    @Test
    void aThousandCanaryCustomersThroughEveryChannelLeaveNoTraceInAnyLogFileOrProblemDetail() throws Exception {
        mail.setUser(SAC, "sac", "it-only-secret");
        List<Canary> all = canaries(WEB_FORM + PHONE + MAIL);
        List<String> protocols = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        for (Canary c : all.subList(0, WEB_FORM)) {
            String json = Json.createObjectBuilder().add("subject", "Cobrança indevida")
                    .add("description", "Meu CPF é " + c.cpfFormatted() + ", meu telefone " + c.phone()
                            + " e meu e-mail " + c.email() + ". Fui cobrado duas vezes pela mesma compra.")
                    .add("name", "Cliente Canário").add("email", c.email()).add("phone", c.phone())
                    .add("cpf", c.cpf()).build().toString();
            Api.Reply created = api.anonymous().postJson("api/intake/webform", json);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            protocols.add(created.json().getString("protocol"));
        }
        // Bad input that carries the canaries: refused, and the refusal must not repeat them.
        for (Canary c : all.subList(0, 50)) {
            Api.Reply refused = api.anonymous().postJson("api/intake/webform", Json.createObjectBuilder()
                    .add("description", "Cobrança").add("email", c.cpf() + "@@" + c.phoneDigits())
                    .add("cpf", c.cpf().substring(0, 10) + "x").add("phone", c.phone() + "-ramal-" + c.cpf())
                    .build().toString());
            assertThat(refused.status()).isEqualTo(400);
            problems.add(refused.body());
        }

        SignedCalls calls = new SignedCalls(api);
        for (Canary c : all.subList(WEB_FORM, WEB_FORM + PHONE)) {
            String callId = SignedCalls.newCallId();
            Api.Reply started = calls.send(SignedCalls.newEventId(), SignedCalls.event("call.started", callId,
                    "\"caller\":\"" + c.phone() + "\",\"ivrChoice\":\"cobranca\""));
            assertThat(started.status()).as(started.body()).isEqualTo(201);
            protocols.add(started.json().getString("protocol"));
            Api.Reply updated = calls.send(SignedCalls.newEventId(), SignedCalls.event("call.updated", callId,
                    "\"cpf\":\"" + c.cpfFormatted() + "\",\"name\":\"Cliente Canário\",\"notes\":\"retornar em "
                            + c.phone() + " ou " + c.email() + "\""));
            assertThat(updated.status()).as(updated.body()).isLessThan(300);
        }
        Api.Reply badCall = calls.send(SignedCalls.newEventId(), SignedCalls.event("call.started",
                SignedCalls.newCallId(), "\"caller\":\"" + all.get(0).phone() + "\",\"cpf\":\"" + all.get(0).cpf()
                        + "0\",\"durationSeconds\":-1"));
        assertThat(badCall.status()).isEqualTo(400);
        problems.add(badCall.body());

        MailFolder inbox = mail.getManagers().getImapHostManager().getInbox(mail.getUserManager().getUserByEmail(SAC));
        Session session = Session.getInstance(new Properties());
        for (Canary c : all.subList(WEB_FORM + PHONE, all.size())) {
            String eml = "From: Cliente Canário <" + c.email() + ">\r\nTo: " + SAC + "\r\nSubject: Cobrança em dobro"
                    + "\r\nMessage-ID: <" + UUID.randomUUID() + "@canario.test>\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                    + "Fui cobrado duas vezes. CPF " + c.cpfFormatted() + ", telefone " + c.phone() + ".\r\n";
            inbox.store(new MimeMessage(session, new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8))));
        }
        // A mail is flagged \Seen only once its case committed.
        await().atMost(Duration.ofMinutes(5)).until(() -> inbox.getMessages().stream()
                .filter(m -> m.isSet(Flags.Flag.SEEN)).count() == MAIL);

        Path logs = Path.of("target", "liberty", "wlp", "usr", "servers",
                System.getProperty("it.server.name", "triagem-it"), "logs");
        Map<Path, String> files = logFiles(logs);
        assertThat(files).as("log files under %s", logs).isNotEmpty();
        String everything = String.join("\n", files.values());
        assertThat(protocols).as("the contacts of this run were logged to these files")
                .anyMatch(everything::contains);

        Map<String, String> leaks = new LinkedHashMap<>();
        for (Canary c : all) {
            for (String value : c.spellings()) {
                files.forEach((file, text) -> {
                    if (text.contains(value)) {
                        leaks.putIfAbsent(value, file.getFileName().toString());
                    }
                });
                for (String problem : problems) {
                    if (problem.contains(value)) {
                        leaks.putIfAbsent(value, "problem: " + problem);
                    }
                }
            }
        }
        assertThat(leaks).as("canary values found (value → where)").isEmpty();
    }

    private static Map<Path, String> logFiles(Path logs) throws IOException {
        Map<Path, String> texts = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(logs)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                try {
                    texts.put(file, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return texts;
    }
}
