package org.triagem.interfaces.rest;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseAttachment;
import org.triagem.domain.model.complaint.CaseEvent;
import org.triagem.domain.model.complaint.CaseMessage;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.complaint.Channel;

/**
 * The case as its customer sees it on the status page. Staff-only data (who worked it, departments,
 * rules, internal notes, what an attendant noted during a call) is not in it.
 */
public record CustomerCaseView(String protocol, String status, String subject, OffsetDateTime openedAt,
        OffsetDateTime legalDeadline, List<Step> history, List<Answer> answers,
        @Schema(description = "The conversation after the case was opened, oldest first: the customer's own messages"
                + " (by mail or on this page) and the staff's answers") List<Message> conversation,
        @Schema(description = "The documents the customer sent, by name") List<Document> documents,
        @Schema(description = "Whether the customer may still write on this case (not once it is closed; a merged"
                + " case's messages go on in the case it was merged into)") boolean acceptsMessages,
        @Schema(description = "For a merged case: the protocol of the case it goes on in, else null") String mergedInto,
        @Schema(description = "For a resolved case whose survey can still be answered: the token for"
                + " pesquisa.html?t=..., else null") String surveyToken) {

    static CustomerCaseView of(Case c, String surveyToken) {
        List<CaseMessage> messages = c.conversation().messages();
        return new CustomerCaseView(c.protocol().value(), c.status().name(), c.firstContact().subject(), c.openedAt(),
                c.routing().legalDeadline(), c.history().stream().filter(CustomerCaseView::isPublic).map(Step::of).toList(),
                messages.stream().filter(m -> m.kind() == CaseMessage.Kind.REPLY).map(Answer::of).toList(),
                messages.stream().filter(CustomerCaseView::isShown).sorted(Comparator.comparing(
                        CaseMessage::receivedAt)).map(Message::of).toList(),
                c.conversation().attachments().stream().map(Document::of).toList(), acceptsMessages(c),
                c.status() == CaseStatus.MERGED ? c.mergedInto() : null, surveyToken);
    }

    /** A merged case still takes the customer's messages: intake hands them to the surviving case. */
    static boolean acceptsMessages(Case c) {
        return c.conversation().acceptsReplies() || c.status() == CaseStatus.MERGED;
    }

    private static boolean isPublic(CaseEvent e) {
        return e.type() == CaseEvent.Type.OPENED || e.type() == CaseEvent.Type.STATUS_CHANGED
                || e.type() == CaseEvent.Type.CUSTOMER_MESSAGE || e.type() == CaseEvent.Type.TRANSFERRED;
    }

    /**
     * The staff's answers, and what the customer wrote themselves: a call joined to the case is the
     * attendant's account of it, with their notes, so it is not shown as the customer's words.
     */
    private static boolean isShown(CaseMessage m) {
        return m.kind() == CaseMessage.Kind.REPLY || (m.kind() == CaseMessage.Kind.CUSTOMER
                && (m.channel() == Channel.WEB_FORM || m.channel() == Channel.EMAIL));
    }

    /**
     * A staff answer to the customer. A customer who left no email address reads it here; internal notes
     * and who wrote the answer are never shown.
     */
    public record Answer(OffsetDateTime at, String text) {
        static Answer of(CaseMessage m) {
            return new Answer(m.receivedAt(), m.body());
        }
    }

    /** One message of the conversation: when, from whom ({@code CUSTOMER} or {@code SAC}), and its text. */
    public record Message(OffsetDateTime at, @Schema(enumeration = {"CUSTOMER", "SAC"}) String from, String text) {
        static Message of(CaseMessage m) {
            return new Message(m.receivedAt(), m.kind() == CaseMessage.Kind.REPLY ? "SAC" : "CUSTOMER", m.body());
        }
    }

    /** A document the customer sent: its name, size in bytes and when it arrived (its content stays with staff). */
    public record Document(String fileName, long size, OffsetDateTime at) {
        static Document of(CaseAttachment a) {
            return new Document(a.fileName(), a.size(), a.receivedAt());
        }
    }

    /** One step of the case as the customer sees it: when, what kind, and the status after it. */
    public record Step(OffsetDateTime at, String what, String status) {
        static Step of(CaseEvent e) {
            return new Step(e.occurredAt(), e.type().name(), e.after() == null ? null : e.after().name());
        }
    }
}
