package org.triagem.infrastructure.mail;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Mends the top-level header block before Jakarta Mail reads it. Lines that start with white space
 * before the first field continue nothing (Angus fails unchecked on them, DESIGN.md 7). Raw 8-bit
 * headers that are not UTF-8 (RFC 6532) are what old clients write in windows-1252; Angus would turn
 * each such byte into U+FFFD, so the block is re-encoded as UTF-8 first. A block whose first line is
 * no header field is noted: such a "message" may hold nothing readable.
 */
final class HeaderRepair {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HeaderRepair() {
    }

    static byte[] repair(byte[] raw, MailDefects defects) {
        int start = skipContinuationLines(raw);
        if (start > 0) {
            defects.add(MailDefect.MALFORMED_HEADER_BLOCK);
        }
        int end = endOfHeaderBlock(raw, start);
        if (!startsWithField(raw, start)) {
            defects.add(MailDefect.MALFORMED_HEADER_BLOCK);
        }
        byte[] header = Arrays.copyOfRange(raw, start, end);
        if (isUtf8(header)) {
            return start == 0 ? raw : Arrays.copyOfRange(raw, start, raw.length);
        }
        defects.add(MailDefect.UNENCODED_HEADER);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 64);
        out.writeBytes(new String(header, WINDOWS_1252).getBytes(StandardCharsets.UTF_8));
        out.write(raw, end, raw.length - end);
        return out.toByteArray();
    }

    private static int skipContinuationLines(byte[] raw) {
        int i = 0;
        while (i < raw.length && (raw[i] == ' ' || raw[i] == '\t')) {
            while (i < raw.length && raw[i] != '\n') {
                i++;
            }
            i++;
        }
        return Math.min(i, raw.length);
    }

    /** The index of the empty line that ends the header block (CRLF CRLF or bare LF LF), or the end. */
    private static int endOfHeaderBlock(byte[] raw, int from) {
        for (int i = from; i < raw.length - 1; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
                return i + 1;
            }
        }
        return raw.length;
    }

    /** RFC 5322 2.2: a field name is printable ASCII but the colon, followed by a colon. */
    private static boolean startsWithField(byte[] raw, int from) {
        int i = from;
        while (i < raw.length && raw[i] > 32 && raw[i] < 127 && raw[i] != ':') {
            i++;
        }
        return i > from && i < raw.length && raw[i] == ':';
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
