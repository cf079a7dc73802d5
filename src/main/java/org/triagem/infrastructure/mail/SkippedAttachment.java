package org.triagem.infrastructure.mail;

/** A file the message carried but the parser did not keep, and why; {@code size} is its decoded size. */
public record SkippedAttachment(String fileName, String contentType, long size, Reason reason) {

    /** Why an attachment was not kept. */
    public enum Reason {
        TOO_LARGE,
        TYPE_NOT_ALLOWED
    }
}
