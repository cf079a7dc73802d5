package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.triagem.application.OperationalMetrics;

/**
 * The email route's poll strategy: what Camel's default does (a failed poll is not retried at once; the
 * consumer logs it and polls again after its delay), plus a report of every poll that succeeded, empty
 * ones included, for the mail-poll-lag gauge.
 * A route step could only see polls that found mail, so a quiet mailbox would look like a stuck one.
 */
@ApplicationScoped
@Named("mailPollWatch")
public class MailPollWatch implements PollingConsumerPollStrategy {

    @Inject
    OperationalMetrics metrics;

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        metrics.mailboxPolled();
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        return false;
    }
}
