package org.triagem.domain.model.routing;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.triagem.domain.model.complaint.Channel;

/**
 * The complaint as the rules see it. Read-only: rules test it, they do not change it.
 *
 * <p>{@link #mentions(String)} is how a rule asks whether the consumer wrote a word or phrase. It
 * ignores case and accents and matches whole words, so {@code mentions("cobrança")} is true for
 * "COBRANCA indevida" and false for "cobrançasss".
 */
public class Complaint {

    private final Channel channel;
    private final String subject;
    private final String description;
    private final String categoryHint;
    private final boolean customerIdentified;
    private final String foldedText;

    public Complaint(Channel channel, String subject, String description, String categoryHint,
            boolean customerIdentified) {
        this.channel = channel;
        this.subject = subject == null ? "" : subject;
        this.description = description == null ? "" : description;
        this.categoryHint = categoryHint;
        this.customerIdentified = customerIdentified;
        this.foldedText = " " + TextNormaliser.fold(this.subject + " " + this.description) + " ";
    }

    /** True when the subject or description contains the phrase as whole words, ignoring case and accents. */
    public boolean mentions(String phrase) {
        String folded = TextNormaliser.fold(phrase);
        if (folded.isEmpty()) {
            return false;
        }
        return Pattern.compile("[^\\p{L}\\p{N}]" + Pattern.quote(folded) + "[^\\p{L}\\p{N}]")
                .matcher(foldedText).find();
    }

    /** True when any of the comma-separated phrases is mentioned: {@code mentionsAny("procon, reclame aqui")}. */
    public boolean mentionsAny(String commaSeparatedPhrases) {
        return Arrays.stream(commaSeparatedPhrases.split(",")).anyMatch(this::mentions);
    }

    /** True when the consumer picked this category on the form or the phone menu (case-insensitive). */
    public boolean hinted(String category) {
        return categoryHint != null
                && TextNormaliser.fold(categoryHint).equals(TextNormaliser.fold(category));
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

    public boolean isCustomerIdentified() {
        return customerIdentified;
    }
}
