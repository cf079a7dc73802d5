package org.triagem.it.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded broker does what the phone route (routes/phone-broker.camel.yaml) needs of RabbitMQ:
 * declarations as camel-spring-rabbitmq makes them, in its order, and a rejected message dead-lettered.
 */
class EmbeddedAmqpBrokerTest {

    private static final String QUEUE = "triagem.phone.test.events";

    private EmbeddedAmqpBroker broker;
    private Connection connection;
    private Channel channel;

    @BeforeEach
    void start() throws Exception {
        broker = EmbeddedAmqpBroker.start(0);
        ConnectionFactory factory = new ConnectionFactory(); // guest/guest on "/", as the route connects
        factory.setHost("127.0.0.1");
        factory.setPort(broker.port());
        connection = factory.newConnection("EmbeddedAmqpBrokerTest");
        channel = connection.createChannel();
    }

    @AfterEach
    void stop() throws Exception {
        connection.close();
        broker.close();
    }

    @Test
    void deadLettersAMessageRejectedWithoutRequeueAsRabbitMqDoes() throws Exception {
        declareAsTheRouteDoes();
        channel.basicPublish("", QUEUE, null, "poison".getBytes(StandardCharsets.UTF_8));

        GetResponse delivery = channel.basicGet(QUEUE, false);
        channel.basicReject(delivery.getEnvelope().getDeliveryTag(), false);

        GetResponse deadLetter = channel.basicGet(QUEUE + ".dlq", true);
        assertThat(deadLetter).isNotNull();
        assertThat(new String(deadLetter.getBody(), StandardCharsets.UTF_8)).isEqualTo("poison");
        assertThat(channel.messageCount(QUEUE)).isZero();
    }

    @Test
    void refusesAPortThatIsTaken() {
        assertThatThrownBy(() -> EmbeddedAmqpBroker.start(broker.port()))
                .hasMessageContaining("cannot listen on 127.0.0.1:" + broker.port());
    }

    /** SpringRabbitMQEndpoint.declareElements: dead-letter exchange, DLQ and binding first, then the queue. */
    private void declareAsTheRouteDoes() throws Exception {
        channel.exchangeDeclare("triagem.phone.test.dlx", "direct", true);
        channel.queueDeclare(QUEUE + ".dlq", true, false, false, Map.of());
        channel.queueBind(QUEUE + ".dlq", "triagem.phone.test.dlx", QUEUE + ".dlq");
        channel.exchangeDeclare("triagem.phone.test", "direct", true);
        channel.queueDeclare(QUEUE, false, false, false, Map.of(
                "x-dead-letter-exchange", "triagem.phone.test.dlx",
                "x-dead-letter-routing-key", QUEUE + ".dlq"));
        channel.queueBind(QUEUE, "triagem.phone.test", QUEUE);
    }
}
