package org.triagem.application.digest;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.triagem.application.report.Ranked;

/**
 * Writes a {@link Digest} as a mail a supervisor reads in any client: a pt-BR text part and the same
 * in HTML (labels from {@code messages/digest}, English as well). The order is the order of the
 * questions a supervisor asks: what caused our complaints, what is growing, where did we miss a
 * deadline, what did unhappy customers say.
 */
public final class DigestComposer {

    static final String BUNDLE = "messages/digest";
    static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private final ResourceBundle texts;
    private final ZoneId zone;
    private final DateTimeFormatter days;
    private final DateTimeFormatter times;
    private final NumberFormat counts;
    private final NumberFormat percents;

    /** @param zone the time zone the times of breaches and answers are shown in (the desk's) */
    public DigestComposer(Locale locale, ZoneId zone) {
        this.texts = bundle(locale);
        this.zone = zone;
        Locale shown = texts.getLocale();
        boolean english = shown.getLanguage().equals("en");
        this.days = DateTimeFormatter.ofPattern(english ? "yyyy-MM-dd" : "dd/MM/yyyy", shown);
        this.times = DateTimeFormatter.ofPattern(english ? "yyyy-MM-dd HH:mm" : "dd/MM/yyyy HH:mm", shown);
        this.counts = NumberFormat.getIntegerInstance(shown);
        this.percents = NumberFormat.getNumberInstance(shown);
        this.percents.setMaximumFractionDigits(1);
    }

    public DigestMail compose(Digest digest) {
        PlainDigestWriter text = new PlainDigestWriter();
        HtmlDigestWriter html = new HtmlDigestWriter(texts.getLocale().toLanguageTag());
        for (DigestWriter writer : List.of(text, html)) {
            write(digest, writer);
        }
        return new DigestMail(subject(digest), text.written(), html.written());
    }

    String subject(Digest digest) {
        DigestPeriod p = digest.period();
        return p.days() == 1 ? format("digest.subject.day", scope(digest), day(p.from()))
                : format("digest.subject", scope(digest), day(p.from()), day(p.to()));
    }

    private void write(Digest digest, DigestWriter out) {
        out.title(format("digest.title", scope(digest)));
        DigestPeriod p = digest.period();
        DigestPeriod before = digest.previous();
        out.paragraph(p.days() == 1 ? format("digest.period.day", day(p.from()), day(before.from()))
                : format("digest.period", day(p.from()), day(p.to()), day(before.from()), day(before.to())));
        if (digest.isQuiet()) {
            out.paragraph(text("digest.quiet"));
        } else {
            ranked(out, "digest.root-causes", digest.topRootCauses());
            ranked(out, "digest.categories", digest.topCategories());
            breaches(out, digest);
            comments(out, digest.detractorComments());
        }
        out.link(text("digest.dashboard"), digest.dashboardUrl());
        out.paragraph(text("digest.footer"));
    }

    private void ranked(DigestWriter out, String section, List<Ranked> top) {
        out.heading(text(section));
        if (top.isEmpty()) {
            out.paragraph(text(section + ".none"));
            return;
        }
        for (Ranked r : top) {
            String name = "(none)".equals(r.name()) ? text("digest.no-category") : r.name();
            out.item(format("digest.ranked", name, count(r.count()), trend(r)));
        }
    }

    /** Against the period before: new, up, down or steady, with the earlier count. */
    String trend(Ranked r) {
        if (r.previous() == 0) {
            return text("digest.trend.new");
        }
        double change = r.changePercent() == null ? 0 : r.changePercent();
        String key = change > 0 ? "digest.trend.up" : change < 0 ? "digest.trend.down" : "digest.trend.same";
        return format(key, count(r.previous()), percents.format(Math.abs(change)));
    }

    private void breaches(DigestWriter out, Digest digest) {
        out.heading(text("digest.breaches"));
        for (ClockBreaches b : digest.breaches()) {
            String clock = text("digest.clock." + b.clock().name());
            out.item(b.ended() == 0 ? format("digest.breaches.clock.none", clock, count(b.previousBreached()))
                    : format("digest.breaches.clock", clock, count(b.breached()), count(b.ended()),
                            count(b.previousBreached())));
        }
        Listing<BreachedCase> cases = digest.breachedCases();
        if (cases.isEmpty()) {
            return;
        }
        out.paragraph(text("digest.breached-cases"));
        for (BreachedCase c : cases.shown()) {
            out.item(format("digest.breached-case", c.protocol(), text("digest.clock." + c.clock().name()),
                    time(c.dueAt()), time(c.stoppedAt())));
        }
        if (cases.more() > 0) {
            out.paragraph(format("digest.more-cases", count(cases.more())));
        }
    }

    private void comments(DigestWriter out, Listing<DetractorComment> comments) {
        out.heading(text("digest.comments"));
        if (comments.isEmpty()) {
            out.paragraph(text("digest.comments.none"));
            return;
        }
        for (DetractorComment c : comments.shown()) {
            List<String> scores = new ArrayList<>();
            if (c.csat() != null) {
                scores.add(format("digest.csat", String.valueOf(c.csat())));
            }
            if (c.nps() != null) {
                scores.add(format("digest.nps", String.valueOf(c.nps())));
            }
            out.item(format("digest.comment", c.protocol(), String.join(" · ", scores), time(c.answeredAt())));
            out.quote(c.comment());
        }
        if (comments.more() > 0) {
            out.paragraph(format("digest.more-comments", count(comments.more())));
        }
    }

    private String scope(Digest digest) {
        return digest.departments() == null ? text("digest.all-departments") : String.join(", ", digest.departments());
    }

    private String day(LocalDate day) {
        return days.format(day);
    }

    private String time(OffsetDateTime time) {
        return time == null ? "–" : times.format(time.atZoneSameInstant(zone));
    }

    private String count(long n) {
        return counts.format(n);
    }

    // Through MessageFormat too, so that '' reads as one apostrophe in every text.
    private String text(String key) {
        return format(key);
    }

    // Arguments are strings, so text written by people (a root cause) is never read as a pattern.
    private String format(String key, String... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
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
}
