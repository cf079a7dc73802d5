package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.component.mail.MailMessage;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.BatchIntakeService;
import org.triagem.application.IntakeReceipt;
import org.triagem.application.IntakeService;
import org.triagem.domain.model.complaint.IncomingContact;

/**
 * Route step of email-intake: registers the mails of a poll a batch at a time, one transaction and one
 * commit for up to {@code triagem.mail.batch-size} mails instead of one each.
 *
 * <p>camel-mail hands the route the mails of a poll one exchange at a time, in order, and flags each
 * SEEN as soon as its exchange completes. So the batch is registered AHEAD: the first mail of a batch
 * reads itself and the next mails of the same poll, registers them all in one transaction, and keeps
 * each mail's outcome until its own exchange comes by; every exchange thus ends, and its mail is
 * flagged, only after the commit that stored its dedupe key with its case. A crash after that commit
 * and before the flags leaves receipts that the next poll finds: no duplicate.
 *
 * <p>One bad mail never holds back the others: a mail that cannot be read is left out of the batch, and
 * a batch whose transaction fails is registered again one mail at a time. Either way the failure is
 * thrown in the failing mail's own exchange, where the route quarantines it (or retries it).
 */
@ApplicationScoped
@Named("emailPollBatches")
public class EmailPollBatches {

    private static final Logger LOG = Logger.getLogger(EmailPollBatches.class.getName());

    @Inject
    EmailTranslator translator;

    @Inject
    IntakeService intake;

    @Inject
    BatchIntakeService batches;

    @Inject
    @ConfigProperty(name = "triagem.mail.batch-size", defaultValue = "50")
    int batchSize;

    /** Outcomes of mails registered ahead, by source key, until their own exchange takes them. */
    private final Map<String, Outcome> ahead = new HashMap<>();

    /** A mail's outcome: its receipt, or the failure its exchange must report. */
    private record Outcome(PolledMail mail, IntakeReceipt receipt, Exception failure, int number) {
    }

    // One consumer thread per mailbox route; synchronized in case several routes share the bean.
    public synchronized IntakeReceipt register(Exchange exchange) throws Exception {
        Message message = exchange.getIn(MailMessage.class).getOriginalMessage();
        String key = EmailTranslator.sourceKey(message);
        Outcome outcome = ahead.remove(key);
        if (outcome == null) {
            // First of a batch, or a retry of a mail whose registration failed: register from here.
            registerBatchFrom(message, remainingInPoll(exchange));
            outcome = ahead.remove(key);
        }
        if (outcome == null) {
            // Not kept (its key could not be read ahead): registered on its own.
            PolledMail mail = translator.read(message);
            mail.keepForQuarantine(exchange);
            return intake.register(mail.contactOrThrow());
        }
        outcome.mail().keepForQuarantine(exchange);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.receipt();
    }

    /** Mails of this poll after the current one (camel-mail numbers the exchanges of a poll). */
    private static int remainingInPoll(Exchange exchange) {
        Integer index = exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class);
        Integer size = exchange.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class);
        return index == null || size == null ? 0 : Math.max(0, size - index - 1);
    }

    private void registerBatchFrom(Message first, int remainingInPoll) {
        int from = first.getMessageNumber();
        // Outcomes behind this mail belong to a poll cut short (its mails stay unseen; their receipts
        // make the next poll skip them): forget them.
        ahead.values().removeIf(o -> o.number() < from);
        List<Message> messages = new ArrayList<>();
        messages.add(first);
        messages.addAll(followingInPoll(first, remainingInPoll));
        fetchBodies(messages);
        List<PolledMail> readable = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Message m : messages) {
            PolledMail mail = translator.read(m);
            if (mail.isReadable()) {
                readable.add(mail);
                numbers.add(m.getMessageNumber());
            } else {
                keep(mail, null, mail.failure(), m.getMessageNumber());
            }
        }
        registerAll(readable, numbers);
    }

    /**
     * The poll's next mails, as camel-mail will hand them over: the following unseen, undeleted
     * messages of the folder (their flags came with the poll's prefetch), those not registered yet.
     */
    private List<Message> followingInPoll(Message first, int remainingInPoll) {
        List<Message> following = new ArrayList<>();
        Folder folder = first.getFolder();
        try {
            int count = folder.getMessageCount();
            int seen = 0;
            long bytes = sizeOf(first);
            for (int n = first.getMessageNumber() + 1; n <= count && seen < remainingInPoll
                    && following.size() < batchSize - 1 && bytes < BATCH_BYTES; n++) {
                Message m = folder.getMessage(n);
                if (m.isSet(Flags.Flag.SEEN) || m.isSet(Flags.Flag.DELETED)) {
                    continue;
                }
                seen++;
                if (!ahead.containsKey(EmailTranslator.sourceKey(m))) {
                    // Read without the implicit \Seen of an IMAP body fetch: flagged only after the commit.
                    if (m instanceof IMAPMessage imap) {
                        imap.setPeek(true);
                    }
                    following.add(m);
                    bytes += sizeOf(m);
                }
            }
        } catch (MessagingException | RuntimeException e) {
            // Only an optimisation: the mails not taken now are registered from their own exchange.
            LOG.log(Level.FINE, "could not look ahead in the poll; registering fewer mails at once", e);
        }
        return following;
    }

    /** A batch's mails are held in memory until registered: a few large ones make a batch alone. */
    static final long BATCH_BYTES = 16L * 1024 * 1024;

    private long sizeOf(Message m) throws MessagingException {
        int size = m.getSize();
        // An oversized mail is never downloaded: it weighs only its headers.
        return size < 0 || size > translator.maxBytes() ? 0 : size;
    }

    /**
     * The bodies of the batch's mails in ONE IMAP command (BODY.PEEK[], so none is flagged seen),
     * rather than one round trip each. An oversized mail's body is left on the server.
     */
    private void fetchBodies(List<Message> messages) {
        if (messages.size() < 2 || !(messages.get(0).getFolder() instanceof IMAPFolder folder)) {
            return;
        }
        try {
            List<Message> wanted = new ArrayList<>();
            for (Message m : messages) {
                if (m.getSize() >= 0 && m.getSize() <= translator.maxBytes()) {
                    wanted.add(m);
                }
            }
            folder.fetch(wanted.toArray(Message[]::new), WHOLE_MESSAGE);
        } catch (MessagingException | RuntimeException e) {
            // Only an optimisation: each mail's body is fetched as it is read.
            LOG.log(Level.FINE, "could not fetch the batch's bodies at once", e);
        }
    }

    private static final FetchProfile WHOLE_MESSAGE = new FetchProfile();

    static {
        WHOLE_MESSAGE.add(IMAPFolder.FetchProfileItem.MESSAGE);
    }

    private void registerAll(List<PolledMail> mails, List<Integer> numbers) {
        if (mails.isEmpty()) {
            return;
        }
        if (mails.size() > 1) {
            try {
                List<IntakeReceipt> receipts = batches.registerAll(mails.stream().map(PolledMail::contact).toList());
                for (int i = 0; i < mails.size(); i++) {
                    keep(mails.get(i), receipts.get(i), null, numbers.get(i));
                }
                return;
            } catch (RuntimeException batchFailed) {
                // Rolled back as a whole: which mail failed is found by registering each alone.
                LOG.log(Level.FINE, "a batch of " + mails.size() + " mails failed; registering them one by one",
                        batchFailed);
            }
        }
        for (int i = 0; i < mails.size(); i++) {
            PolledMail mail = mails.get(i);
            try {
                keep(mail, intake.register(mail.contact()), null, numbers.get(i));
            } catch (RuntimeException e) {
                keep(mail, null, e, numbers.get(i));
            }
        }
    }

    private void keep(PolledMail mail, IntakeReceipt receipt, Exception failure, int number) {
        if (mail.sourceKey() != null) {
            ahead.put(mail.sourceKey(), new Outcome(mail, receipt, failure, number));
        }
    }
}
