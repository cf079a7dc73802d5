package org.triagem.application.subject;

/** The customer's history, delivered: the request it fulfilled, as XHTML and as PDF. */
public record HistoryDocument(long requestId, String protocol, String html, byte[] pdf) {
}
