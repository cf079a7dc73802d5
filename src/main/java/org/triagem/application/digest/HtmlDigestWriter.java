package org.triagem.application.digest;

/**
 * The text/html part: a plain document a mail client shows as it is (no script, no remote image, no
 * style sheet). Every string is escaped as text, and the one link's URL as an attribute; a comment's
 * line breaks become {@code <br>} only after escaping.
 */
final class HtmlDigestWriter implements DigestWriter {

    private final StringBuilder body = new StringBuilder();
    private final String language;
    private boolean inList;
    private boolean inItem;

    /** @param language the document's language tag, such as {@code pt-BR} */
    HtmlDigestWriter(String language) {
        this.language = language;
    }

    @Override
    public void title(String text) {
        block("<h1 style=\"font-size:20px\">" + escape(text) + "</h1>");
    }

    @Override
    public void heading(String text) {
        block("<h2 style=\"font-size:16px;margin-top:24px\">" + escape(text) + "</h2>");
    }

    @Override
    public void paragraph(String text) {
        block("<p>" + escape(text) + "</p>");
    }

    @Override
    public void item(String text) {
        if (!inList) {
            body.append("<ul>\n");
            inList = true;
        }
        closeItem();
        body.append("<li>").append(escape(text));
        inItem = true;
    }

    @Override
    public void quote(String untrusted) {
        String escaped = escape(PlainDigestWriter.visible(untrusted)).replace("\n", "<br>\n");
        // Inside the item it belongs to, if any: the list stays open.
        if (!inItem) {
            closeList();
        }
        body.append("<blockquote style=\"margin:4px 0 12px 16px;padding-left:8px;border-left:3px solid #999\">")
                .append(escaped).append("</blockquote>\n");
    }

    @Override
    public void link(String label, String url) {
        block("<p><a href=\"" + escape(url) + "\">" + escape(label) + "</a></p>");
    }

    @Override
    public String written() {
        closeList();
        return "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\">\n<head><meta charset=\"UTF-8\"></head>\n"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4\">\n" + body
                + "</body>\n</html>\n";
    }

    private void block(String html) {
        closeList();
        body.append(html).append('\n');
    }

    private void closeItem() {
        if (inItem) {
            body.append("</li>\n");
            inItem = false;
        }
    }

    private void closeList() {
        closeItem();
        if (inList) {
            body.append("</ul>\n");
            inList = false;
        }
    }

    /** Text as HTML text or a quoted attribute value (OWASP's five characters). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
