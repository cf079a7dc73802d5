package org.triagem.domain.model.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * What staff typed in the search box, checked once. A database with full-text search reads {@link #text()}
 * (its own rules: stemming, phrases in quotes, {@code or}, {@code -word}); one without matches each of the
 * {@link #terms()}, accent-free, as a piece of the case's text. A protocol number however it is typed
 * ("2026 0000000018", with dots or dashes) is searched as its 14 digits, and that case comes first.
 */
public final class SearchQuery {

    /** More than anyone types into a search box; longer is a mistake (or an attack), refused. */
    public static final int MAX_LENGTH = 200;
    /** Words looked for one by one where there is no full-text search; the rest are ignored. */
    public static final int MAX_TERMS = 12;

    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    /** Control characters (a NUL, which PostgreSQL refuses in text) are white space to a search. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private final String text;
    private final List<String> terms;
    private final ProtocolNumber protocol;

    private SearchQuery(String text, List<String> terms, ProtocolNumber protocol) {
        this.text = text;
        this.terms = terms;
        this.protocol = protocol;
    }

    /**
     * The query typed, or empty when nothing was (null or blank: no search).
     *
     * @throws InvalidSearchException when it is longer than {@value #MAX_LENGTH} characters
     */
    public static Optional<SearchQuery> of(String typed) {
        if (typed == null || CONTROL.matcher(typed).replaceAll(" ").isBlank()) {
            return Optional.empty();
        }
        String text = CONTROL.matcher(typed).replaceAll(" ").strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidSearchException("a search has at most " + MAX_LENGTH + " characters");
        }
        if (ProtocolNumber.isValid(text)) {
            ProtocolNumber protocol = ProtocolNumber.parse(text);
            return Optional.of(new SearchQuery(protocol.value(), List.of(protocol.value()), protocol));
        }
        List<String> terms = Arrays.stream(SearchText.normalize(text).split(" "))
                .map(word -> EDGES.matcher(word).replaceAll(""))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(MAX_TERMS)
                .toList();
        return Optional.of(new SearchQuery(text, terms, null));
    }

    /** As typed (stripped); a protocol number as its digits. */
    public String text() {
        return text;
    }

    /** The words, accent-free and lower case, without the punctuation around them; at most {@value #MAX_TERMS}. */
    public List<String> terms() {
        return terms;
    }

    /** The protocol number typed, when the query is one. */
    public Optional<ProtocolNumber> protocol() {
        return Optional.ofNullable(protocol);
    }

    /** Only punctuation was typed: nothing can match. */
    public boolean findsNothing() {
        return terms.isEmpty();
    }
}
