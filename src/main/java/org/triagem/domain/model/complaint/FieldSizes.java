package org.triagem.domain.model.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The sizes of the columns a contact is stored in (db/migration V1, V5, V36), in one place, so that every
 * channel's contact fits them: a value too long made the database refuse the whole contact, and the
 * refusal quoted the value into the quarantine reason and the log. {@code FieldSizesMatchSchemaTest}
 * checks these numbers against the migrated schema.
 */
public final class FieldSizes {

    public static final int SUBJECT = 300;
    public static final int CUSTOMER_NAME = 200;
    public static final int CUSTOMER_EMAIL = 254;
    public static final int CUSTOMER_PHONE = 32;
    public static final int CATEGORY = 80;
    /** The phone menu option a call came with; the phone-event schema allows no more. */
    public static final int IVR_CHOICE = 100;
    public static final int SOURCE_KEY = 200;
    public static final int FILE_NAME = 255;
    public static final int CONTENT_TYPE = 127;
    /**
     * The description column is VARCHAR without a length: unbounded in PostgreSQL, 1,000,000 characters
     * in H2, the embedded default. A longer text (a mail can carry 10 MB) is cut there.
     */
    public static final int DESCRIPTION = 1_000_000;

    private static final String ELLIPSIS = "…";

    private FieldSizes() {
    }

    /** The text, cut to {@code max} characters with an ellipsis when longer; never a broken surrogate pair. */
    public static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    public static boolean fits(String text, int max) {
        return text == null || text.length() <= max;
    }

    /** A file name cut to size keeps its extension, which tells staff (and browsers) what it is. */
    public static String fitFileName(String name) {
        if (name == null || name.length() <= FILE_NAME) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        return fit(name.substring(0, name.length() - ext.length()), FILE_NAME - ext.length()) + ext;
    }

    /**
     * A source key too long for its column, made to fit without losing what makes it unique: a cut key
     * could collide with another and dedupe a different contact away, so the tail becomes a digest.
     */
    public static String fitSourceKey(String key) {
        if (key == null || key.length() <= SOURCE_KEY) {
            return key;
        }
        String digest = sha256(key);
        return key.substring(0, SOURCE_KEY - digest.length() - 1) + "#" + digest;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** PostgreSQL refuses the NUL character in text columns; no reader misses it. */
    public static String withoutNul(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }
}
