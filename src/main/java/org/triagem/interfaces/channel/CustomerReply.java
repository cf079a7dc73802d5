package org.triagem.interfaces.channel;

import java.util.Base64;
import java.util.Optional;
import org.triagem.domain.model.complaint.Attachment;

/**
 * A customer's message from the status page, as checked by the public case resource (the customer
 * proved the case is theirs; the text and the document are within the limits): the protocol it answers,
 * the page's token for this message (so a double click adds it once), the text, and at most one
 * document, its content in base64 as it came. Also the raw payload a quarantine keeps, as JSON.
 */
public record CustomerReply(String protocol, String replyToken, String text, String fileName, String fileType,
        String fileContent) {

    /** Source keys of status-page messages start with this, apart from the web form's form tokens. */
    static final String SOURCE_KEY_PREFIX = "reply:";

    /** What the staff read when the customer sent a document and wrote nothing (pt-BR, like the case). */
    static final String DOCUMENT_ONLY = "[Triagem: documento enviado pela página de acompanhamento, sem mensagem]";

    String sourceKey() {
        return SOURCE_KEY_PREFIX + replyToken;
    }

    static boolean isReplyKey(String sourceKey) {
        return sourceKey != null && sourceKey.startsWith(SOURCE_KEY_PREFIX);
    }

    String description() {
        return text == null || text.isBlank() ? DOCUMENT_ONLY : text.strip();
    }

    Optional<Attachment> attachment() {
        if (fileContent == null || fileContent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Attachment(fileName, fileType, Base64.getDecoder().decode(fileContent)));
    }
}
