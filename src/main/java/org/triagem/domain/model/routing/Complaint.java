package org.triagem.domain.model.routing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.triagem.domain.model.complaint.Channel;

/**
 * The complaint as the rules see it. Read-only: rules test it, they do not change it. Triagem builds
 * it only through {@link ComplaintFacts}, so every decision about one complaint reads the same fields.
 *
 * <p>What a rule can read:
 * <ul>
 *   <li>{@code channel}: {@code WEB_FORM}, {@code EMAIL} or {@code PHONE};</li>
 *   <li>{@code subject} and {@code description}: the consumer's own words, best tested with
 *       {@link #mentions(String)} or {@link #mentionsAny(String)};</li>
 *   <li>{@code categoryHint}: the category the consumer picked on the web form, tested with
 *       {@link #hinted(String)};</li>
 *   <li>{@code ivrChoice}: the option the caller picked in the phone menu (URA), tested with
 *       {@link #choseInIvr(String)};</li>
 *   <li>{@code customerIdentified}: whether the consumer gave an e-mail, phone or CPF (a name alone does
 *       not identify; never required: the SAC decree forbids demanding data before service);</li>
 *   <li>{@code earlierOpenCases} and {@code repeatContact}: how many cases this customer already has
 *       open, and whether that is at least one (the customer is complaining again);</li>
 *   <li>{@code customerSegment}: the customer's commercial segment, such as {@code "VIP"}, tested with
 *       {@link #inSegment(String)};</li>
 *   <li>{@code minutesSinceOpenCase}: for a contact from someone who already has an open case opened
 *       within the repeat window ({@code triagem.phone.repeat-window-minutes}), how many minutes ago the
 *       newest one was opened; {@code null} otherwise. The rules decide whether that makes a repeat
 *       call, which then joins that case instead of opening another;</li>
 *   <li>{@code callDropped} and {@code callbackRequested}: the phone call fell before the caller was
 *       served, or the caller asked to be called back (both need a call-back, Decreto 11.034/2022).</li>
 * </ul>
 *
 * <p>{@link #mentions(String)} ignores case and accents and matches whole words, so
 * {@code mentions("cobrança")} is true for "COBRANCA indevida" and false for "cobrançasss".
 */
public class Complaint {

    private static final int MAX_CACHED_PHRASES = 10_000;
    private static final Map<String, String> FOLDED_PHRASES = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> PHRASE_LISTS = new ConcurrentHashMap<>();

    private final Channel channel;
    private final String subject;
    private final String description;
    private final String categoryHint;
    private final String ivrChoice;
    private final boolean customerIdentified;
    private final int earlierOpenCases;
    private final String customerSegment;
    private final Integer minutesSinceOpenCase;
    private final boolean callDropped;
    private final boolean callbackRequested;
    private final String foldedText;
    private List<String> words;

    /** A complaint from an unknown or first-time customer, with no phone-menu choice. */
    public Complaint(Channel channel, String subject, String description, String categoryHint,
            boolean customerIdentified) {
        this(builder().channel(channel).subject(subject).description(description).categoryHint(categoryHint)
                .customerIdentified(customerIdentified));
    }

    private Complaint(Builder b) {
        if (b.earlierOpenCases < 0) {
            throw new IllegalArgumentException("earlier open cases cannot be negative");
        }
        this.channel = b.channel;
        this.subject = b.subject == null ? "" : b.subject;
        this.description = b.description == null ? "" : b.description;
        this.categoryHint = blankToNull(b.categoryHint);
        this.ivrChoice = blankToNull(b.ivrChoice);
        this.customerIdentified = b.customerIdentified;
        this.earlierOpenCases = b.earlierOpenCases;
        this.customerSegment = blankToNull(b.customerSegment);
        this.minutesSinceOpenCase = b.minutesSinceOpenCase;
        this.callDropped = b.callDropped;
        this.callbackRequested = b.callbackRequested;
        this.foldedText = " " + TextNormaliser.fold(this.subject + " " + this.description) + " ";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when the subject or description contains the phrase as whole words, ignoring case and accents. */
    public boolean mentions(String phrase) {
        String folded = foldedPhrase(phrase);
        if (folded.isEmpty()) {
            return false;
        }
        // foldedText is padded with a space at each end, so a match never touches the string's edges.
        for (int at = foldedText.indexOf(folded); at >= 0; at = foldedText.indexOf(folded, at + 1)) {
            if (!isWordCharacter(foldedText.charAt(at - 1))
                    && !isWordCharacter(foldedText.charAt(at + folded.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rules ask about the same few hundred phrases for every complaint: fold each once. The cap only
     * guards against a rule that builds phrases from data.
     */
    private static String foldedPhrase(String phrase) {
        String cached = FOLDED_PHRASES.get(phrase);
        if (cached != null) {
            return cached;
        }
        String folded = TextNormaliser.fold(phrase);
        if (FOLDED_PHRASES.size() < MAX_CACHED_PHRASES) {
            FOLDED_PHRASES.put(phrase, folded);
        }
        return folded;
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** True when any of the comma-separated phrases is mentioned: {@code mentionsAny("procon, reclame aqui")}. */
    public boolean mentionsAny(String commaSeparatedPhrases) {
        for (String phrase : phraseList(commaSeparatedPhrases)) {
            if (mentions(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** A table cell's list is the same string for every complaint: split it once. */
    private static List<String> phraseList(String commaSeparatedPhrases) {
        List<String> cached = PHRASE_LISTS.get(commaSeparatedPhrases);
        if (cached != null) {
            return cached;
        }
        List<String> phrases = List.of(commaSeparatedPhrases.split(","));
        if (PHRASE_LISTS.size() < MAX_CACHED_PHRASES) {
            PHRASE_LISTS.put(commaSeparatedPhrases, phrases);
        }
        return phrases;
    }

    /**
     * The folded words of the subject and description, in order ("Cobrança INDEVIDA!" gives
     * {@code [cobranca, indevida]}); the rules engine looks the phrases its rules ask for up in them.
     */
    public List<String> words() {
        // Computed on first use and never changed: a benign race at worst computes it twice.
        List<String> w = words;
        if (w == null) {
            w = List.copyOf(TextNormaliser.words(foldedText));
            words = w;
        }
        return w;
    }

    /** True when the consumer picked this category on the form (ignoring case and accents). */
    public boolean hinted(String category) {
        return sameWords(categoryHint, category);
    }

    /** True when the caller picked this option in the phone menu (ignoring case and accents). */
    public boolean choseInIvr(String option) {
        return sameWords(ivrChoice, option);
    }

    /** True when the customer belongs to the segment, such as "VIP" (ignoring case and accents). */
    public boolean inSegment(String segment) {
        return sameWords(customerSegment, segment);
    }

    /** True when the customer already has at least one open case: this is a repeat complaint. */
    public boolean isRepeatContact() {
        return earlierOpenCases > 0;
    }

    private static boolean sameWords(String given, String expected) {
        return given != null && TextNormaliser.fold(given).equals(TextNormaliser.fold(expected));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Channel getChannel() {
        return channel;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public String getCategoryHint() {
        return categoryHint;
    }

    public String getIvrChoice() {
        return ivrChoice;
    }

    public boolean isCustomerIdentified() {
        return customerIdentified;
    }

    public int getEarlierOpenCases() {
        return earlierOpenCases;
    }

    public String getCustomerSegment() {
        return customerSegment;
    }

    public Integer getMinutesSinceOpenCase() {
        return minutesSinceOpenCase;
    }

    public boolean isCallDropped() {
        return callDropped;
    }

    public boolean isCallbackRequested() {
        return callbackRequested;
    }

    /** Builds a complaint field by field; everything but the channel is optional. */
    public static final class Builder {

        private Channel channel;
        private String subject;
        private String description;
        private String categoryHint;
        private String ivrChoice;
        private boolean customerIdentified;
        private int earlierOpenCases;
        private String customerSegment;
        private Integer minutesSinceOpenCase;
        private boolean callDropped;
        private boolean callbackRequested;

        private Builder() {
        }

        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder categoryHint(String categoryHint) {
            this.categoryHint = categoryHint;
            return this;
        }

        public Builder ivrChoice(String ivrChoice) {
            this.ivrChoice = ivrChoice;
            return this;
        }

        public Builder customerIdentified(boolean customerIdentified) {
            this.customerIdentified = customerIdentified;
            return this;
        }

        /** How many cases the customer already has open; more than zero makes this a repeat complaint. */
        public Builder earlierOpenCases(int earlierOpenCases) {
            this.earlierOpenCases = earlierOpenCases;
            return this;
        }

        public Builder customerSegment(String customerSegment) {
            this.customerSegment = customerSegment;
            return this;
        }

        /** Minutes since the customer's newest open case within the repeat window was opened; null if none. */
        public Builder minutesSinceOpenCase(Integer minutes) {
            this.minutesSinceOpenCase = minutes;
            return this;
        }

        public Builder callDropped(boolean dropped) {
            this.callDropped = dropped;
            return this;
        }

        public Builder callbackRequested(boolean requested) {
            this.callbackRequested = requested;
            return this;
        }

        public Complaint build() {
            return new Complaint(this);
        }
    }
}
