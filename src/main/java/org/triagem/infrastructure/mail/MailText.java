package org.triagem.infrastructure.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Turns the bytes of a text part into a string, and HTML into plain text. */
final class MailText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> LATIN1_ALIASES = Set.of("iso-8859-1", "iso8859-1", "iso_8859-1",
            "latin1", "latin-1", "us-ascii", "ascii", "windows-1252", "cp1252");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "hr", "section", "article",
            "header", "footer", "address", "dd", "dt");

    private MailText() {
    }

    /**
     * Decodes with the declared charset. ISO-8859-1 and US-ASCII are read as windows-1252, their
     * superset, because Outlook declares one and writes the other (curly quotes, the euro sign). A
     * missing charset, or UTF-8 that is not valid UTF-8, is tried as UTF-8 and then windows-1252; so is
     * a charset Java does not know ({@code us-ascoi}), which is noted as a defect.
     */
    static String decode(byte[] bytes, String declaredCharset, MailDefects defects) {
        String name = declaredCharset == null ? "" : declaredCharset.strip().replace("\"", "")
                .toLowerCase(Locale.ROOT);
        if (LATIN1_ALIASES.contains(name)) {
            return new String(bytes, WINDOWS_1252);
        }
        if (name.isEmpty() || name.equals("utf-8") || name.equals("utf8")) {
            return utf8OrWindows1252(bytes);
        }
        try {
            return new String(bytes, Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            defects.add(MailDefect.UNKNOWN_CHARSET);
            return utf8OrWindows1252(bytes);
        }
    }

    /**
     * Whether bytes said to be text are binary: a NUL byte never occurs in text of an 8-bit charset
     * (UTF-16 and UTF-32, where it does, are left alone).
     */
    static boolean isBinary(byte[] bytes, String declaredCharset) {
        String name = declaredCharset == null ? "" : declaredCharset.toLowerCase(Locale.ROOT);
        if (name.contains("16") || name.contains("32")) {
            return false;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String utf8OrWindows1252(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** Plain text of an HTML document: scripts, styles and all markup gone, entities decoded. */
    static String htmlToText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, head, object, iframe").remove();
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    out.append('\n');
                }
            }
        });
        return tidy(out.toString(), true);
    }

    /** Trims each line's end (or both ends), keeps at most one blank line in a row, trims the whole. */
    static String tidy(String text, boolean stripLeading) {
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String l = line.replace('\u00a0', ' ');
            l = stripLeading ? l.strip() : l.stripTrailing();
            blank = l.isEmpty() ? blank + 1 : 0;
            if (blank <= 1) {
                out.append(l).append('\n');
            }
        }
        return stripLeading ? out.toString().strip() : out.toString().stripTrailing().replaceFirst("^\\n+", "");
    }
}
