package org.triagem.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff member's message on a case: an answer to the customer or an internal note. */
@Schema(name = "MessageRequest")
public class MessageRequest {

    public static final int MAX_TEXT = 20_000;

    @Schema(required = true, enumeration = {"REPLY", "NOTE"},
            description = "REPLY is sent to the customer by email when they left an address; NOTE stays internal")
    @NotNull(message = "must be REPLY or NOTE")
    @Pattern(regexp = "REPLY|NOTE", message = "must be REPLY or NOTE")
    public String kind;

    @Schema(required = true, maxLength = MAX_TEXT, description = "Plain text")
    @NotBlank(message = "must not be empty")
    @Size(max = MAX_TEXT, message = "must be at most 20000 characters")
    public String text;

    @Schema(maxLength = 120, description = "The name a REPLY mail is signed with, such as \"Ana Lima\"; the history always records the signed-in user")
    @Size(max = 120, message = "must be at most 120 characters")
    public String author;

    boolean isReply() {
        return "REPLY".equals(kind);
    }
}
