package org.triagem.application.subject;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writing untrusted text into the XHTML documents we serve and render to PDF. Complaint text comes from
 * anyone: every character that means something in markup is escaped, and what XML 1.0 cannot carry at all
 * (control characters, lone surrogates) is dropped, so a hostile text can neither inject markup nor make the
 * PDF renderer's XML parser fail.
 */
final class Xhtml {

    static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Xhtml() {
    }

    /** The text, escaped for an element's content or a quoted attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(ch).append(text.charAt(++i));
                    } else if (allowed(ch)) {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0's characters, without the surrogates (kept above only in pairs). */
    private static boolean allowed(char ch) {
        return ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
    }

    /** {@code 06/12/2026 14:05}, in São Paulo time; a dash for none. */
    static String when(OffsetDateTime at) {
        return at == null ? "-" : WHEN.format(at.atZoneSameInstant(BRAZIL));
    }

    /** The opening of a document: XHTML, pt-BR, its own small style sheet, nothing fetched. */
    static String open(String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"pt-BR\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + escape(title) + "</title><style>"
                + "body{font-family:Helvetica,sans-serif;font-size:10pt;color:#222}"
                + "h1{font-size:15pt}h2{font-size:12pt;margin-top:18pt;border-bottom:1px solid #999}"
                + "table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;padding:2pt 4pt}"
                + ".msg{margin:4pt 0 8pt 0;padding:4pt;border-left:3px solid #999}"
                + ".text{white-space:pre-wrap}.who{font-weight:bold}"
                + "</style></head><body>";
    }

    static String close() {
        return "</body></html>";
    }
}
