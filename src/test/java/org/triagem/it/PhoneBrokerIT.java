package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broker path against an AMQP 0-9-1 broker on loopback, port {@code it.amqp.port}: by default the
 * embedded one the IT JVM starts (org.triagem.it.broker), with {@code -Prabbitmq} a real RabbitMQ. The IT
 * server consumes its own queue (pom.xml: triagem.phone.it-&lt;port&gt;.events), with the same contract
 * and idempotency as the webhook.
 */
class PhoneBrokerIT extends DeployedTriagem {

    private final String queue = "triagem.phone.it-" + Integer.getInteger("it.http.port", 9089) + ".events";
    private Connection connection;
    private Channel channel;

    @BeforeEach
    void connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(Integer.getInteger("it.amqp.port", 5672));
        connection = factory.newConnection("PhoneBrokerIT");
        // The server starts its broker route in the background (it must not wait on the broker): wait
        // until the route has declared the queue and consumes it, or a message published now is lost.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(this::queueIsConsumed);
        channel = connection.createChannel();
    }

    private boolean queueIsConsumed() throws Exception {
        // a passive declare of a missing queue closes the channel: use a fresh one each time
        Channel probe = connection.createChannel();
        try {
            return probe.consumerCount(queue) > 0;
        } catch (java.io.IOException missing) {
            return false;
        } finally {
            if (probe.isOpen()) {
                probe.close();
            }
        }
    }

    @AfterEach
    void disconnect() throws Exception {
        connection.close();
    }

    @Test
    void appliesPublishedCallEventsOnceEvenWhenTheBrokerDeliversThemTwice() throws Exception {
        String token = "broker" + UUID.randomUUID().toString().replace("-", "");
        String callId = SignedCalls.newCallId();
        String started = event("evt_" + UUID.randomUUID(), "call.started", callId,
                "\"caller\":\"" + SignedCalls.randomCaller() + "\",\"notes\":\"" + token + "\"");
        String note = event("evt_" + UUID.randomUUID(), "call.updated", callId, "\"notes\":\"segunda nota\"");

        publish(started);
        publish(started);
        // The route has two consumers, and a broker may hand the note to one while the other still holds
        // call.started: whichever is applied first opens the case, and a call.started applied second adds
        // nothing (DefaultPhoneCallService), so the token would be lost. RabbitMQ's round-robin happened to
        // give each consumer a started before a note; on Qpid the note opened the case. Ordering is not
        // what this test is about: the note follows once the call has its case; both still arrive twice.
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("api/cases?q=" + token).jsonArray().size() == 1);
        publish(note);
        publish(note);

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("api/cases?q=" + token).jsonArray().size() == 1
                && history(api.get("api/cases?q=" + token).jsonArray().getJsonObject(0).getString("protocol"))
                        .contains("PHONE_CALL"));
        await().atMost(Duration.ofSeconds(30)).until(() -> channel.messageCount(queue) == 0);
        String protocol = api.get("api/cases?q=" + token).jsonArray().getJsonObject(0).getString("protocol");
        assertThat(api.get("api/cases?q=" + token).jsonArray()).hasSize(1);
        assertThat(history(protocol).stream().filter("PHONE_CALL"::equals)).hasSize(1);
        assertThat(api.get("api/cases/" + protocol).json().getString("channel")).isEqualTo("PHONE");
    }

    @Test
    void aPoisonMessageIsQuarantinedAndDeadLettered() throws Exception {
        long newestBefore = newestPhoneQuarantineId();
        String poison = "not a call event " + UUID.randomUUID();

        publish(poison);

        List<String> deadLetters = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (GetResponse r = channel.basicGet(queue + ".dlq", true); r != null;
                    r = channel.basicGet(queue + ".dlq", true)) {
                deadLetters.add(new String(r.getBody(), StandardCharsets.UTF_8));
            }
            return deadLetters.contains(poison);
        });
        assertThat(newestPhoneQuarantineId()).isGreaterThan(newestBefore);
        assertThat(channel.messageCount(queue)).isZero();
    }

    private void publish(String body) throws Exception {
        channel.basicPublish("", queue, null, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String event(String id, String type, String callId, String fields) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"data\":{\"callId\":\"" + callId + "\"," + fields + "}}";
    }

    private List<String> history(String protocol) {
        return api.get("api/cases/" + protocol).json().getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("type")).toList();
    }

    /** The id of the newest quarantined phone contact (0 if none), newest first in the list. */
    private long newestPhoneQuarantineId() {
        return api.get("api/quarantine?limit=500").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("channel").equals("PHONE")).mapToLong(q -> q.getJsonNumber("id").longValue())
                .max().orElse(0);
    }
}
