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

    /**
     * An address as automatic mail to it is counted (the daily auto-reply limit): trimmed and in lower
     * case, so that Maria@Example.com and maria@example.com are one person's quota. Stored with every
     * mail ({@code recipient_key}) and used for every count.
     */
    static String addressKey(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** How many automatic mails (acknowledgements, notices; see {@link MailKind#isAutomatic}) were queued for the address since the given time. */
    int countAutomaticTo(String recipient, OffsetDateTime since);

    /**
     * {@link #countAutomaticTo} for several addresses in one query, keyed by {@link #addressKey};
     * an address with none is absent. This default asks once per address.
     */
    default Map<String, Integer> countAutomaticToEach(Collection<String> recipients, OffsetDateTime since) {
        Map<String, Integer> counts = new HashMap<>();
        for (String recipient : recipients) {
            int count = countAutomaticTo(recipient, since);
            if (count > 0) {
                counts.put(addressKey(recipient), count);
            }
        }
        return counts;
    }

    /**
     * Whether a mail to the address was refused for good or ran out of attempts (a bounce, as the mail
     * server told us): such an address gets no more optional mail, such as surveys.
     */
    boolean hasFailedTo(String recipient);

    /** Whether a mail of the kind was ever queued about the case. */
    boolean hasQueued(org.triagem.domain.model.complaint.ProtocolNumber protocol, MailKind kind);

    /** The mail with our Message-ID, unique per mail. */
    Optional<OutgoingMail> withMessageId(String messageId);

    /**
     * How far each of these mails got, keyed by Message-ID; an id the outbox does not hold is absent.
     * This default asks once per id.
     */
    default Map<String, MailStatus> statusesOf(Collection<String> messageIds) {
        Map<String, MailStatus> statuses = new HashMap<>();
        messageIds.forEach(id -> withMessageId(id).ifPresent(m -> statuses.put(id, m.status())));
        return statuses;
    }
}
