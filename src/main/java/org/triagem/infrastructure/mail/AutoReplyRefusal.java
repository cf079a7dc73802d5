package org.triagem.infrastructure.mail;

/** Why no automatic reply may be sent to a message (RFC 3834, section 2, and common practice). */
public enum AutoReplyRefusal {
    /** The message itself was sent automatically ({@code Auto-Submitted}, {@code X-Autoreply}...). */
    AUTO_SUBMITTED,
    /** {@code Precedence: bulk}, {@code junk} or {@code list}. */
    BULK_PRECEDENCE,
    /** An {@code X-Loop} header: some system already looped this message. */
    LOOP_DETECTED,
    /** The sender asked not to be auto-answered ({@code X-Auto-Response-Suppress}). */
    SUPPRESSED_BY_SENDER,
    /** {@code List-Id} or {@code List-Unsubscribe}: a mailing list, not a person. */
    MAILING_LIST,
    /** A delivery report: empty {@code Return-Path} or {@code multipart/report}. */
    BOUNCE,
    /** MAILER-DAEMON, postmaster, noreply and the like. */
    SYSTEM_SENDER,
    /** No address to answer. */
    NO_SENDER,
    /** This address already received the day's share of automatic replies. */
    DAILY_LIMIT_REACHED
}
