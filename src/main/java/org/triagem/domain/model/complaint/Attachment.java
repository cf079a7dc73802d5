package org.triagem.domain.model.complaint;

import java.util.Objects;

/** A file the customer sent with a contact (a receipt, a photo of the defect). */
public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(content, "content");
        fileName = fileName == null || fileName.isBlank() ? "anexo" : fileName;
        contentType = contentType == null ? "application/octet-stream" : contentType;
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
