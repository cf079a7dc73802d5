package org.triagem.interfaces.channel;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.triagem.application.IntakeReceipt;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.quarantine.QuarantinedContact;
import org.triagem.infrastructure.mail.MailParser;

/**
 * The real {@code routes/email-intake.camel.yaml} and {@code routes/intake.camel.yaml} polling a real
 * IMAP server, with the real translator, parser and quarantine step, and an in-memory intake that
 * dedupes on the source key as the database does.
 */
final class MailRouteHarness implements AutoCloseable {

    final Map<String, ProtocolNumber> receipts = new ConcurrentHashMap<>();
    final List<IncomingContact> registered = new CopyOnWriteArrayList<>();
    final List<QuarantinedContact> quarantined = new CopyOnWriteArrayList<>();
    /** The senders told that their mail was too large, with the size and limit: "sender size limit". */
    final List<String> oversizeNotices = new CopyOnWriteArrayList<>();
    /** Every source key intake was called with, redeliveries included. */
    final List<String> deliveries = new CopyOnWriteArrayList<>();
    /** The size of every batch registered in one transaction. */
    final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    /** Mails not yet flagged SEEN in the inbox as each batch is registered (before its commit). */
    final List<Long> unseenWhenRegisteringBatch = new CopyOnWriteArrayList<>();
    /** Intake refuses any contact whose subject contains this (a mail the database would refuse). */
    volatile String poisonSubject;
    volatile RuntimeException intakeFailure;
    volatile RuntimeException failOnce;

    private final int port;
    private final String user;
    private final String password;
    private final CamelContext camel = new DefaultCamelContext();

    MailRouteHarness(int port, String user, String password) throws Exception {
        this(port, user, password, null);
    }

    /** With intake refusing, from the first poll on, every contact whose subject contains {@code poisonSubject}. */
    MailRouteHarness(int port, String user, String password, String poisonSubject) throws Exception {
        this.poisonSubject = poisonSubject;
        this.port = port;
        this.user = user;
        this.password = password;
        Properties p = new Properties();
        p.put("triagem.mail.enabled", "true");
        p.put("triagem.mail.protocol", "imap");
        p.put("triagem.mail.host", "127.0.0.1");
        p.put("triagem.mail.port", String.valueOf(port));
        p.put("triagem.mail.user", user);
        p.put("triagem.mail.password", password);
        p.put("triagem.mail.folder", "INBOX");
        p.put("triagem.mail.poll-millis", "200");
        p.put("triagem.mail.max-per-poll", "100");
        camel.getPropertiesComponent().setInitialProperties(p);

        EmailTranslator translator = new EmailTranslator();
        translator.maxBytes = 64 * 1024;
        translator.parser = new MailParser();
        ContactQuarantineStep quarantineStep = new ContactQuarantineStep();
        quarantineStep.quarantine = new ListQuarantine(quarantined);
        camel.getRegistry().bind("intakeService", (org.triagem.application.IntakeService) this::register);
        camel.getRegistry().bind("emailTranslator", translator);
        EmailPollBatches batches = new EmailPollBatches();
        batches.translator = translator;
        batches.intake = this::register;
        batches.batches = this::registerAll;
        batches.batchSize = 50;
        camel.getRegistry().bind("emailPollBatches", batches);
        camel.getRegistry().bind("contactQuarantine", quarantineStep);
        camel.getRegistry().bind("contactOrigin", new ContactOrigin());
        OversizedMailStep oversized = new OversizedMailStep();
        oversized.notices = (sender, subject, messageId, size, limit) ->
                oversizeNotices.add(sender + " " + size + " " + limit);
        camel.getRegistry().bind("oversizedMail", oversized);
        camel.getRegistry().bind("prefetchingMailUids", new PrefetchingMailUids());
        MailPollWatch polls = new MailPollWatch();
        polls.metrics = org.triagem.application.OperationalMetrics.NONE;
        camel.getRegistry().bind("mailPollWatch", polls);
        RouteFiles.load(camel, "intake", "email-intake");
        camel.start();
    }

    /** All or nothing, as one transaction: a failure leaves none of the batch registered. */
    private List<IntakeReceipt> registerAll(List<IncomingContact> contacts) {
        batchSizes.add(contacts.size());
        try {
            unseenWhenRegisteringBatch.add(unseenInInbox());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, ProtocolNumber> before = Map.copyOf(receipts);
        int registeredBefore = registered.size();
        try {
            return contacts.stream().map(this::register).toList();
        } catch (RuntimeException e) {
            receipts.clear();
            receipts.putAll(before);
            while (registered.size() > registeredBefore) {
                registered.remove(registered.size() - 1);
            }
            throw e;
        }
    }

    private IntakeReceipt register(IncomingContact contact) {
        deliveries.add(contact.sourceKey());
        if (intakeFailure != null) {
            throw intakeFailure;
        }
        String poison = poisonSubject;
        if (poison != null && contact.subject() != null && contact.subject().contains(poison)) {
            throw new jakarta.persistence.PersistenceException("value too long for type character varying(200)",
                    new java.sql.SQLException("value too long for type character varying(200)", "22001"));
        }
        RuntimeException once = failOnce;
        if (once != null) {
            failOnce = null;
            throw once;
        }
        ProtocolNumber earlier = receipts.get(contact.sourceKey());
        if (earlier != null) {
            return new IntakeReceipt(earlier, false);
        }
        registered.add(contact);
        ProtocolNumber protocol = ProtocolNumber.issue(2026, registered.size());
        receipts.put(contact.sourceKey(), protocol);
        return new IntakeReceipt(protocol, true);
    }

    /** Messages in the inbox not yet flagged SEEN, read with a separate IMAP client. */
    long unseenInInbox() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", port, user, password);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            long unseen = 0;
            for (Message m : inbox.getMessages()) {
                if (!m.isSet(Flags.Flag.SEEN)) {
                    unseen++;
                }
            }
            inbox.close(false);
            return unseen;
        } finally {
            store.close();
        }
    }

    static String eml(String from, String subject, String body) {
        return "From: " + from + "\r\nTo: sac@triagem.test\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + System.nanoTime() + "@cliente.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
    }

    @Override
    public void close() {
        camel.stop();
    }
}
