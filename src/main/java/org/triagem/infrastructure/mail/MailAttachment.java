package org.triagem.infrastructure.mail;

import java.util.Objects;

/** A file kept from a message; {@code fileName} is stripped of any path. */
public record MailAttachment(String fileName, String contentType, long size, byte[] bytes) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailAttachment other && other.fileName.equals(fileName)
                && other.contentType.equals(contentType) && java.util.Arrays.equals(other.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + fileName + ", " + contentType + ", " + size + " bytes]";
    }
}
