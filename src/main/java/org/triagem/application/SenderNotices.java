package org.triagem.application;

/** Automatic notices to people whose mail could not become a case. */
public interface SenderNotices {

    /**
     * Queues the notice that the sender's mail was too large to be registered, unless the sender has
     * already had the day's quota of automatic replies (RFC 3834). The caller has checked that the mail
     * may be answered automatically at all.
     *
     * @return whether a notice was queued
     */
    boolean tellMessageTooLarge(String sender, String subject, String messageId, long sizeBytes, long limitBytes);
}
