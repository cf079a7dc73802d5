package org.triagem.infrastructure.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Base64 as mail readers decode it: characters outside the alphabet are skipped (RFC 2045 section 6.8
 * says to ignore them), and a truncated last group keeps the bytes it completes, so a damaged part
 * keeps everything that decodes instead of failing whole.
 */
final class LenientBase64 {

    private LenientBase64() {
    }

    static byte[] decode(byte[] encoded) {
        ByteArrayOutputStream clean = new ByteArrayOutputStream(encoded.length);
        for (byte b : encoded) {
            if (isAlphabet(b)) {
                clean.write(b);
            }
        }
        byte[] chars = clean.toByteArray();
        int usable = chars.length - chars.length % 4;
        int tail = chars.length % 4;
        // A last group of 2 or 3 characters still carries 1 or 2 whole bytes; a lone character none.
        byte[] whole = Base64.getDecoder().decode(Arrays.copyOf(chars, usable));
        if (tail < 2) {
            return whole;
        }
        String group = new String(chars, usable, tail, StandardCharsets.US_ASCII) + "=".repeat(4 - tail);
        byte[] last = Base64.getDecoder().decode(group);
        byte[] out = Arrays.copyOf(whole, whole.length + last.length);
        System.arraycopy(last, 0, out, whole.length, last.length);
        return out;
    }

    private static boolean isAlphabet(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+' || b == '/';
    }
}
