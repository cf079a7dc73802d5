package org.triagem.infrastructure.mail;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes what Jakarta Mail leaves of RFC 2047 encoded words in a header it has already decoded: a
 * word cut off before its closing {@code ?=} (a client that truncated the subject), or one in a
 * charset Java does not know, which is read as UTF-8 when it is valid UTF-8 and as windows-1252 when
 * not. Mail readers show both as text; we did not.
 */
final class EncodedWords {

    private static final Pattern UNKNOWN_CHARSET = Pattern.compile("=\\?([^?\\s]+)\\?([QqBb])\\?([^?\\s]*)\\?=");
    private static final Pattern UNTERMINATED = Pattern.compile("=\\?([^?\\s]+)\\?([QqBb])\\?([^?\\s]*)$");

    private EncodedWords() {
    }

    static String repair(String decoded, MailDefects defects) {
        if (decoded == null || !decoded.contains("=?")) {
            return decoded;
        }
        String text = decoded;
        Matcher open = UNTERMINATED.matcher(text);
        if (open.find()) {
            text = text.substring(0, open.start()) + open.group() + "?=";
        }
        Matcher m = UNKNOWN_CHARSET.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decodeWord(m.group(2), m.group(3))));
            changed = true;
        }
        m.appendTail(out);
        if (changed) {
            defects.add(MailDefect.BROKEN_ENCODED_WORD);
        }
        return changed ? out.toString() : decoded;
    }

    private static String decodeWord(String encoding, String text) {
        String utf8 = decodeAs("UTF-8", encoding, text);
        return utf8.indexOf('\uFFFD') < 0 ? utf8 : decodeAs("windows-1252", encoding, text);
    }

    private static String decodeAs(String charset, String encoding, String text) {
        try {
            return MimeUtility.decodeWord("=?" + charset + "?" + encoding + "?" + text + "?=");
        } catch (jakarta.mail.internet.ParseException | UnsupportedEncodingException | RuntimeException e) {
            return text;
        }
    }
}
