package org.triagem.interfaces.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triagem.application.ConversationMessage;

/**
 * A message stored on a case. {@code delivery}: INTERNAL (a note), NOT_SENT (a reply to a customer
 * without an email address, recorded only), PENDING, SENT or FAILED (its mail in the outbox).
 */
@Schema(name = "Message")
public record MessageView(Long id, String kind, String text, String author, OffsetDateTime time,
        @Schema(enumeration = {"INTERNAL", "NOT_SENT", "PENDING", "SENT", "FAILED"}) String delivery) {

    static MessageView of(ConversationMessage m) {
        return new MessageView(m.id(), m.kind().name(), m.text(), m.author(), m.time(), m.delivery().name());
    }
}
