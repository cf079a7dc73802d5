package org.triagem.it.broker;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs the embedded broker for the whole test session of the IT JVM. A session listener, not a JUnit
 * extension on PhoneBrokerIT: the Liberty server (and so the phone route's listener container) starts
 * with the first IT class, whichever it is, and the broker must already answer then, or the route
 * starts with a failed connection and the IT waits on the container's recovery interval.
 *
 * <p>Only when {@code it.amqp.embedded=true}, which failsafe sets (pom.xml) and the {@code rabbitmq}
 * profile clears: the unit-test JVM and an IDE run without that property never start a broker. When the
 * port is taken the session fails rather than using whatever listens there, so a run always knows
 * which broker it tested.
 */
public class EmbeddedBrokerSession implements LauncherSessionListener {

    private EmbeddedAmqpBroker broker;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("it.amqp.embedded")) {
            broker = EmbeddedAmqpBroker.start(Integer.getInteger("it.amqp.port", 35672));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
