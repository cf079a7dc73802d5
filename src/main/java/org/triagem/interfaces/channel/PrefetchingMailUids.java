package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.component.mail.DefaultMailUidGenerator;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailUidGenerator;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Camel's id for a polled message (what the mail route's consumer asks first, for every message of a
 * poll, before any is processed), with one side effect that makes polling fast: the first time it
 * meets a message it fetches the envelope, size, flags, UID and headers of that message and of the
 * following ones of the poll in ONE IMAP command, instead of the four or five round trips per message
 * that the route's steps would otherwise make one by one. Bodies are not prefetched, so an oversized
 * message is still refused from its size without being downloaded.
 */
@ApplicationScoped
@Named("prefetchingMailUids")
public class PrefetchingMailUids implements MailUidGenerator {

    private static final Logger LOG = Logger.getLogger(PrefetchingMailUids.class.getName());

    /** Messages prefetched per IMAP command; the route polls at most its max-per-poll anyway. */
    static final int WINDOW = 500;

    private static final FetchProfile ENVELOPE_AND_HEADERS = profile();

    private final MailUidGenerator ids = new DefaultMailUidGenerator();
    private Folder lastFolder;
    private int prefetchedUpTo;

    private static FetchProfile profile() {
        FetchProfile p = new FetchProfile();
        p.add(FetchProfile.Item.ENVELOPE);
        p.add(FetchProfile.Item.SIZE);
        p.add(FetchProfile.Item.FLAGS);
        p.add(UIDFolder.FetchProfileItem.UID);
        p.add(IMAPFolder.FetchProfileItem.HEADERS);
        return p;
    }

    @Override
    public String generateUuid(MailEndpoint endpoint, Message message) {
        prefetchFrom(message);
        return ids.generateUuid(endpoint, message);
    }

    // One consumer thread per route calls this; synchronized in case several routes share the bean.
    private synchronized void prefetchFrom(Message message) {
        Folder folder = message.getFolder();
        int number = message.getMessageNumber();
        if (!(folder instanceof IMAPFolder) || folder == lastFolder && number <= prefetchedUpTo) {
            return;
        }
        try {
            int last = Math.min(folder.getMessageCount(), number + WINDOW - 1);
            // The folder hands out the same Message objects to the consumer, now filled in.
            folder.fetch(folder.getMessages(number, last), ENVELOPE_AND_HEADERS);
            lastFolder = folder;
            prefetchedUpTo = last;
        } catch (MessagingException | RuntimeException e) {
            // Only an optimisation: each step fetches what it needs itself.
            LOG.log(Level.FINE, "prefetch failed; messages are fetched one by one", e);
        }
    }
}
