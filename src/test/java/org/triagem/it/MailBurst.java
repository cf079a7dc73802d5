package org.triagem.it;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A mailbox of its own for a test that runs extra nodes: GreenMail IMAP and SMTP on free ports (the IT
 * server polls another), filled with a burst of mails that each carry a unique marker, so that every
 * case and every quarantined payload can be traced back to exactly one mail.
 */
final class MailBurst implements AutoCloseable {

    private static final String ADDRESS = "sac@triagem.test";
    private static final String LOGIN = "sac";
    private static final String PASSWORD = "it-only-secret";

    private final GreenMail greenMail;
    private final GreenMailUser user;
    /** Lower case: case search and LIKE see the subject as written. */
    private final String run = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final Pattern marker = Pattern.compile(run + "n(\\d+)");
    private int delivered;

    private MailBurst() {
        greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort(),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()});
        greenMail.start();
        user = greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
    }

    static MailBurst started() {
        return new MailBurst();
    }

    /** The settings that make a node poll this mailbox every {@code pollMillis} and send through it. */
    Map<String, String> nodeVariables(int pollMillis) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("triagem.mail.enabled", "true");
        v.put("triagem.mail.protocol", "imap");
        v.put("triagem.mail.host", "127.0.0.1");
        v.put("triagem.mail.port", Integer.toString(greenMail.getImap().getPort()));
        v.put("triagem.mail.user", LOGIN);
        v.put("triagem.mail.password", PASSWORD);
        v.put("triagem.mail.poll-millis", Integer.toString(pollMillis));
        v.put("triagem.mail.from", ADDRESS);
        v.put("triagem.smtp.host", "127.0.0.1");
        v.put("triagem.smtp.port", Integer.toString(greenMail.getSmtp().getPort()));
        v.put("triagem.smtp.tls", "none");
        v.put("triagem.outbox.poll.seconds", "1");
        return v;
    }

    /** Appends {@code count} mails to the inbox, unseen, each from its own customer. */
    void deliver(int count) throws Exception {
        MailFolder inbox = inbox();
        Session session = Session.getInstance(new Properties());
        for (int i = delivered; i < delivered + count; i++) {
            String eml = "From: Cliente " + i + " <cliente" + i + "-" + run + "@rajada.test>\r\n"
                    + "To: " + ADDRESS + "\r\nSubject: Pedido " + marker(i) + " não entregue\r\n"
                    + "Message-ID: <" + UUID.randomUUID() + "@rajada.test>\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                    + "Comprei e o pedido " + marker(i) + " não chegou até hoje.\r\n";
            inbox.store(new MimeMessage(session, new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8))));
        }
        delivered += count;
    }

    int delivered() {
        return delivered;
    }

    /** How many of the mails a node has flagged \Seen, which it does only after the case committed. */
    int flaggedSeen() {
        return (int) inbox().getMessages().stream().filter(m -> m.isSet(Flags.Flag.SEEN)).count();
    }

    /** Mails of the burst still in the inbox (none is ever deleted or moved). */
    int inInbox() {
        return inbox().getMessages().size();
    }

    /** The text every mail of this burst carries in its subject and body. */
    String run() {
        return run;
    }

    /** Which mail a subject or payload came from, or -1. */
    int mailNumber(String text) {
        Matcher m = marker.matcher(text == null ? "" : text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Mail numbers that have no case, given one subject per case. */
    List<Integer> lost(List<String> caseSubjects) {
        var found = caseSubjects.stream().map(this::mailNumber).collect(java.util.stream.Collectors.toSet());
        return IntStream.range(0, delivered).filter(i -> !found.contains(i)).boxed().toList();
    }

    /** Mail numbers with more than one case. */
    List<Integer> duplicated(List<String> caseSubjects) {
        Map<Integer, Long> perMail = caseSubjects.stream().collect(
                java.util.stream.Collectors.groupingBy(this::mailNumber, java.util.stream.Collectors.counting()));
        return perMail.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
    }

    private String marker(int i) {
        return run + "n" + String.format("%04d", i);
    }

    private MailFolder inbox() {
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
