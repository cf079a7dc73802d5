package org.triagem.domain.model.outbox;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The mail waiting to be sent, stored with the change that caused it. */
public interface Outbox {

    /** Queues a mail; it is sent after the surrounding transaction commits. */
    void add(OutgoingMail mail);

    /**
     * Locks up to {@code limit} pending mails whose next attempt is due at {@code now}, the longest
     * waiting first. Rows another node has locked are skipped, not waited for; the caller holds the
     * locks until its transaction ends, and should {@link OutgoingMail#leaseUntil lease} the mails so
     * no other node picks them up while they are being sent.
     */
    List<OutgoingMail> claimDue(OffsetDateTime now, int limit);

    /** How many automatic mails (acknowledgements, notices; see {@link MailKind#isAutomatic}) were queued for the address since the given time. */
    int countAutomaticTo(String recipient, OffsetDateTime since);

    /**
     * {@link #countAutomaticTo} for several addresses in one query, keyed by the lower-case address;
     * an address with none is absent. This default asks once per address.
     */
    default Map<String, Integer> countAutomaticToEach(Collection<String> recipients, OffsetDateTime since) {
        Map<String, Integer> counts = new HashMap<>();
        for (String recipient : recipients) {
            int count = countAutomaticTo(recipient, since);
            if (count > 0) {
                counts.put(recipient.toLowerCase(Locale.ROOT), count);
            }
        }
        return counts;
    }

    /** The mail with our Message-ID, unique per mail. */
    Optional<OutgoingMail> withMessageId(String messageId);
}
