package org.triagem.interfaces.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagem.application.CallAnswer;
import org.triagem.application.PhoneCallService;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.phone.CallEvent;
import org.triagem.domain.model.phone.CallEventType;
import org.triagem.domain.model.quarantine.QuarantinedContact;

/**
 * The real {@code routes/phone-batch.camel.yaml} and {@code routes/phone-intake.camel.yaml} over a
 * temporary directory, with the real readers and quarantine step and an in-memory phone service.
 */
class PhoneBatchRouteTest {

    @TempDir
    Path dir;

    private final List<CallEvent> applied = new CopyOnWriteArrayList<>();
    private final List<QuarantinedContact> quarantined = new CopyOnWriteArrayList<>();
    private CamelContext camel;

    @BeforeEach
    void startRoutes() throws Exception {
        camel = new DefaultCamelContext();
        Properties settings = new Properties();
        settings.put("triagem.phone.batch.enabled", "true");
        settings.put("triagem.phone.batch.dir", dir.toString());
        settings.put("triagem.phone.batch.poll-millis", "100");
        camel.getPropertiesComponent().setOverrideProperties(settings);
        PhoneCallService phone = event -> {
            if (event.callId().equals("fails")) {
                throw new IllegalStateException("database is down");
            }
            applied.add(event);
            return new CallAnswer(event.eventId(), event.callId(), ProtocolNumber.issue(2026, applied.size()), true,
                    false);
        };
        ContactQuarantineStep quarantineStep = new ContactQuarantineStep();
        quarantineStep.quarantine = new ListQuarantine(quarantined);
        camel.getRegistry().bind("phoneCalls", phone);
        camel.getRegistry().bind("cdrFiles", new CdrFileTranslator(new CallEventReader()));
        camel.getRegistry().bind("contactQuarantine", quarantineStep);
        camel.getRegistry().bind("contactOrigin", new ContactOrigin());
        RouteFiles.load(camel, "phone-intake", "phone-batch");
        camel.start();
    }

    @AfterEach
    void stopRoutes() {
        camel.stop();
    }

    @Test
    void importsTheGoodLinesOfACsvFileQuarantinesEachBadOneWithItsLineNumberAndMovesTheFileToDone()
            throws Exception {
        write("cdr-2026-11-23.csv", """
                id,type,timestamp,callId,caller,ivrPath,ivrChoice,durationSeconds,disposition
                e-1,call.started,2026-11-23T10:00:00-03:00,c-1,(11) 98765-4321,principal > cobranca,cobranca,,
                e-2,call.started,2026-11-23T10:01:00-03:00,c-2,12,,,,
                e-3,call.ended,2026-11-23T10:07:00-03:00,c-1,,,,361,resolved_first_contact
                e-4,call.teleported,,c-4,,,,,

                e-5,call.dropped,2026-11-23T10:09:00-03:00,c-5,"(21) 3456-7890",,,40,
                e-6,call.started,,fails,,,,,
                """);

        awaitDone("cdr-2026-11-23.csv");
        assertThat(applied).extracting(CallEvent::eventId).containsExactly("e-1", "e-3", "e-5");
        assertThat(applied.get(0).caller()).isEqualTo("+5511987654321");
        assertThat(applied.get(0).ivrPath()).containsExactly("principal", "cobranca");
        assertThat(applied.get(1).durationSeconds()).isEqualTo(361);
        assertThat(applied.get(2).type()).isEqualTo(CallEventType.DROPPED);
        assertThat(quarantined).extracting(QuarantinedContact::sourceKey)
                .containsExactly("cdr-2026-11-23.csv:3", "cdr-2026-11-23.csv:5", "e-6");
        assertThat(quarantined).allSatisfy(q -> assertThat(q.channel()).isEqualTo(Channel.PHONE));
        assertThat(quarantined.get(0).reason()).contains("cdr-2026-11-23.csv:3 data.caller");
        assertThat(quarantined.get(1).payload()).contains("call.teleported");
        assertThat(quarantined.get(2).reason()).contains("database is down");
        assertThat(dir.resolve("done/cdr-2026-11-23.csv")).exists();
        assertThat(dir.resolve("cdr-2026-11-23.csv")).doesNotExist();
    }

    @Test
    void aQuotedCellSpanningLinesIsOneEventAndTheNextRowKeepsItsLineNumber() throws Exception {
        write("cdr-notes.csv", """
                id,type,callId,caller,notes
                n-1,call.ended,c-20,(11) 98765-4321,"Cliente relatou:
                cobrança em duplicidade, ""urgente""
                e pediu retorno"
                n-2,call.started,c-21,12,
                """);

        awaitDone("cdr-notes.csv");
        assertThat(applied).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo("n-1");
            assertThat(e.notes()).isEqualTo("Cliente relatou:\ncobrança em duplicidade, \"urgente\"\ne pediu retorno");
        });
        // The bad row is on line 5 of the file, as an editor shows it, not line 3.
        assertThat(quarantined).singleElement().satisfies(q -> {
            assertThat(q.sourceKey()).isEqualTo("cdr-notes.csv:5");
            assertThat(q.payload()).isEqualTo("n-2,call.started,c-21,12,");
        });
    }

    @Test
    void importsJsonLines() throws Exception {
        write("events.jsonl", """
                {"id":"j-1","type":"call.started","data":{"callId":"c-10","caller":"+55 11 98765-4321"}}
                not json at all
                {"id":"j-2","type":"callback.requested","data":{"callId":"c-10"}}
                """);

        awaitDone("events.jsonl");
        assertThat(applied).extracting(CallEvent::eventId).containsExactly("j-1", "j-2");
        assertThat(quarantined).singleElement().satisfies(q -> {
            assertThat(q.sourceKey()).isEqualTo("events.jsonl:2");
            assertThat(q.payload()).isEqualTo("not json at all");
        });
    }

    /** The route moves a file to done/ once every line of it was applied or quarantined. */
    private void awaitDone(String name) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(dir.resolve("done").resolve(name)));
    }

    private void write(String name, String content) throws Exception {
        // written aside and moved in, as a platform should, so the route never sees half a file
        Path tmp = Files.createTempFile(dir.getParent(), "cdr", ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(name));
    }
}
