package org.triagem.domain.model.outbox;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.verification.VerificationCode;

/**
 * Writes the acknowledgement a customer gets when a case is opened: the protocol number in the subject
 * as {@code [#protocol]} (so a reply finds its case), the date by which the answer is due (the legal
 * deadline), the customer's name when known, and the case's verification code with a link to the status
 * page (the link carries the protocol and the mail's language, never the code: a URL ends up in
 * browser histories and proxy logs). Marked {@code Auto-Submitted: auto-replied} (RFC 3834)
 * so that auto-responders do not answer it and start a loop.
 *
 * <p>The texts are in the {@code messages/mail} resource bundle; an unknown locale falls back to pt-BR.
 */
public final class AcknowledgementComposer {

    public static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    public static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
    static final String BUNDLE = "messages.mail";

    private final Locale locale;
    private final ResourceBundle texts;
    private final DateTimeFormatter dates;
    private final String messageIdDomain;
    private final ZoneId zone;
    private final String statusPageUrl;

    public AcknowledgementComposer(Locale locale, String messageIdDomain, ZoneId zone) {
        this(locale, messageIdDomain, zone, null);
    }

    /** @param statusPageUrl the status page, such as {@code https://sac.example/acompanhar.html}; null for none */
    public AcknowledgementComposer(Locale locale, String messageIdDomain, ZoneId zone, String statusPageUrl) {
        this.statusPageUrl = statusPageUrl == null || statusPageUrl.isBlank() ? null : statusPageUrl.strip();
        this.locale = locale;
        this.texts = bundle(locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(texts.getLocale());
        this.messageIdDomain = messageIdDomain;
        this.zone = zone;
    }

    /** pt-BR, Brasília time, Message-IDs {@code @triagem}. */
    public static AcknowledgementComposer brazilian() {
        return new AcknowledgementComposer(PT_BR, "triagem", BRASILIA);
    }

    private static ResourceBundle bundle(Locale locale) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, exact);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, PT_BR, exact);
        }
    }

    /** Whether the case has an address to acknowledge to. */
    public boolean canAcknowledge(Case opened) {
        return opened.firstContact().customer().email() != null;
    }

    /** The acknowledgement of a just-opened case whose customer gave an email address. */
    public OutgoingMail compose(Case opened, OffsetDateTime now) {
        return compose(opened, null, now);
    }

    /** As above, telling the case's verification code (none when {@code code} is null). */
    public OutgoingMail compose(Case opened, VerificationCode code, OffsetDateTime now) {
        if (!canAcknowledge(opened)) {
            throw new IllegalArgumentException("case " + opened.protocol() + " has no customer email");
        }
        String protocol = opened.protocol().value();
        String name = opened.firstContact().customer().name();
        String greeting = name == null ? text("ack.greeting") : format("ack.greeting.named", name);
        String dueDate = dates.format(opened.routing().legalDeadline().atZoneSameInstant(zone).toLocalDate());
        String body = greeting + "\n\n" + format("ack.body", protocol, dueDate) + "\n\n"
                + (code == null ? "" : follow(protocol, code) + "\n\n") + text("ack.signature") + "\n";
        return OutgoingMail.queue(opened.protocol(), MailKind.ACKNOWLEDGEMENT, opened.firstContact().customer().email(),
                        format("ack.subject", protocol), body, MessageIds.next(opened.protocol(), messageIdDomain),
                        now)
                .withHeader("Auto-Submitted", "auto-replied")
                // Keeps Exchange out-of-office replies from answering the acknowledgement.
                .withHeader("X-Auto-Response-Suppress", "All");
    }

    public Locale locale() {
        return locale;
    }

    private String follow(String protocol, VerificationCode code) {
        if (statusPageUrl == null) {
            return format("ack.follow.code", code.value());
        }
        return format("ack.follow", code.value(), statusLink(protocol));
    }

    /** The status page for the protocol, in the mail's own language, so the page the customer opens speaks it. */
    String statusLink(String protocol) {
        return statusPageUrl + (statusPageUrl.contains("?") ? "&" : "?") + "protocol=" + protocol + "&lang="
                + texts.getLocale().toLanguageTag();
    }

    private String text(String key) {
        return texts.getString(key);
    }

    // Arguments are strings, so MessageFormat never groups the digits of a protocol number.
    private String format(String key, String... arguments) {
        return new MessageFormat(text(key), texts.getLocale()).format(arguments);
    }
}
