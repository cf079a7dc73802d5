package org.triagem.it.broker;

import java.util.Map;
import org.apache.qpid.server.model.AbstractConfigurationChangeListener;
import org.apache.qpid.server.model.AlternateBinding;
import org.apache.qpid.server.model.ConfiguredObject;
import org.apache.qpid.server.model.Queue;
import org.apache.qpid.server.model.VirtualHost;

/**
 * RabbitMQ's dead-lettering, which the phone route relies on, rebuilt from Qpid's own: the route
 * declares its queue with {@code x-dead-letter-exchange} and {@code x-dead-letter-routing-key} naming
 * {@code <queue>.dlq}, and rejects a poison message without requeue. Qpid knows neither argument (the
 * broker's configuration has it log and drop them instead of refusing the declaration), and a Qpid
 * queue treats a reject without requeue as a requeue unless a delivery limit is set. So when both a
 * queue and its {@code <queue>.dlq} exist, the queue gets the DLQ as its alternate binding and a limit
 * of one delivery: a rejected message then moves to the DLQ, as on RabbitMQ. The link goes straight
 * to the queue rather than through the dead-letter exchange, whose routing key Qpid would not apply.
 */
final class DeadLetterQueues extends AbstractConfigurationChangeListener {

    static final String SUFFIX = ".dlq";

    private DeadLetterQueues() {
    }

    static void emulateOn(VirtualHost<?> host) {
        host.addChangeListener(new DeadLetterQueues());
    }

    /** Called once a queue is declared, before the client hears that it was: consumers never see it unlinked. */
    @Override
    public void childAdded(ConfiguredObject<?> host, ConfiguredObject<?> child) {
        if (child instanceof Queue<?> queue) {
            String name = queue.getName();
            if (name.endsWith(SUFFIX)) {
                link(host.getChildByName(Queue.class, name.substring(0, name.length() - SUFFIX.length())), queue);
            } else {
                link(queue, host.getChildByName(Queue.class, name + SUFFIX));
            }
        }
    }

    private static void link(Queue<?> queue, Queue<?> deadLetters) {
        if (queue != null && deadLetters != null) {
            queue.setAttributes(Map.of(
                    Queue.ALTERNATE_BINDING, Map.of(AlternateBinding.DESTINATION, deadLetters.getName()),
                    Queue.MAXIMUM_DELIVERY_ATTEMPTS, 1));
        }
    }
}
