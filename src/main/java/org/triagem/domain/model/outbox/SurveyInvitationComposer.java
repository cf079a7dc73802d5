package org.triagem.domain.model.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.triagem.domain.model.complaint.Case;

/**
 * Writes the survey mail sent after a resolution: one link per CSAT score (1 to 5) that records the
 * score in one click and opens the survey page for the other questions. The links carry the signed
 * token only; the customer needs no login and the mail names no survey id.
 */
public final class SurveyInvitationComposer {

    private final MailTexts texts;
    private final DateTimeFormatter dates;
    private final String messageIdDomain;
    private final ZoneId zone;

    public SurveyInvitationComposer(Locale locale, String messageIdDomain, ZoneId zone) {
        this.texts = new MailTexts(locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale());
        this.messageIdDomain = messageIdDomain;
        this.zone = zone;
    }

    /**
     * The survey mail about the resolved case, due at {@code sendAt}.
     *
     * @param pageUrl the survey page, such as {@code https://sac.example/pesquisa.html}
     * @param token the survey's signed token (URL-safe)
     */
    public OutgoingMail compose(Case resolved, String pageUrl, String token, OffsetDateTime expiresAt,
            OffsetDateTime now, OffsetDateTime sendAt) {
        String protocol = resolved.protocol().value();
        String name = resolved.firstContact().customer().name();
        StringBuilder body = new StringBuilder(name == null ? texts.text("survey.greeting")
                : texts.format("survey.greeting.named", name)).append("\n\n")
                .append(texts.format("survey.intro", protocol)).append("\n\n");
        for (int score = 1; score <= 5; score++) {
            body.append("  ").append(texts.text("survey.csat." + score)).append(": ")
                    .append(pageUrl).append("?t=").append(token).append("&csat=").append(score)
                    // The page opens in the mail's language (it would otherwise follow the browser's).
                    .append("&lang=").append(texts.locale().toLanguageTag()).append('\n');
        }
        body.append('\n').append(texts.format("survey.outro",
                dates.format(expiresAt.atZoneSameInstant(zone).toLocalDate()))).append('\n');
        return OutgoingMail.queue(resolved.protocol(), MailKind.SURVEY, resolved.firstContact().customer().email(),
                        texts.format("survey.subject", protocol), body.toString(),
                        MessageIds.next(resolved.protocol(), messageIdDomain), now)
                .deferUntil(sendAt)
                .withHeader("Auto-Submitted", "auto-generated")
                .withHeader("X-Auto-Response-Suppress", "All");
    }
}
