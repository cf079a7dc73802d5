package org.triagem.domain.model.search;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseMessage;
import org.triagem.domain.model.complaint.FieldSizes;

/**
 * What of a case a search can find, in three parts by weight: the {@code heading} (protocol number,
 * customer's name, subject) weighs most, then the {@code description}, then the {@code conversation}
 * (every message after the opening, oldest first: the customer's, staff replies and internal notes, with
 * their subjects). Text as written, accents and all: each database normalizes it its own way.
 *
 * <p>A mail can bring a megabyte of text, more than a search index takes in one row (PostgreSQL refuses a
 * text-search vector over 1 MB): the description counts up to {@value #DESCRIPTION_LIMIT} characters,
 * the conversation up to {@value #CONVERSATION_LIMIT}, its newest messages kept when it is longer.
 */
public record SearchDocument(String heading, String description, String conversation) {

    public static final int DESCRIPTION_LIMIT = 100_000;
    public static final int CONVERSATION_LIMIT = 100_000;

    public SearchDocument {
        heading = Objects.requireNonNullElse(heading, "");
        description = Objects.requireNonNullElse(description, "");
        conversation = Objects.requireNonNullElse(conversation, "");
    }

    /** The case as a search sees it now. */
    public static SearchDocument of(Case c) {
        return of(c.protocol().value(), c.firstContact().customer().name(), c.firstContact().subject(),
                c.firstContact().description(),
                c.conversation().messages().stream().map(SearchDocument::textOf).toList());
    }

    /**
     * A case's document from its columns (the migration that back-fills the documents of cases written
     * before there were any reads them so): {@code messages} are the conversation's texts, oldest first.
     */
    public static SearchDocument of(String protocol, String customerName, String subject, String description,
            List<String> messages) {
        String heading = Stream.of(protocol, customerName, subject).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return new SearchDocument(heading, FieldSizes.fit(description, DESCRIPTION_LIMIT), conversation(messages));
    }

    /** A message as the conversation's text holds it: its subject (a mail's), then its body. */
    public static String textOf(CaseMessage m) {
        return m.subject() == null ? m.body() : m.subject() + " " + m.body();
    }

    private static String conversation(List<String> messages) {
        Deque<String> kept = new ArrayDeque<>();
        int length = 0;
        for (int i = messages.size() - 1; i >= 0 && CONVERSATION_LIMIT - length > 1; i--) {
            String text = Objects.requireNonNullElse(messages.get(i), "");
            String fitted = FieldSizes.fit(text, CONVERSATION_LIMIT - length);
            kept.addFirst(fitted);
            length += fitted.length() + 1;
        }
        return String.join(" ", kept);
    }
}
