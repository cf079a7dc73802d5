package org.triagem.interfaces.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseAction;
import org.triagem.domain.model.complaint.CaseEvent;
import org.triagem.domain.model.complaint.Cpf;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.EmailAddress;
import org.triagem.domain.model.complaint.PhoneNumbers;

/**
 * A case as staff see it (only staff of its department reach it). Personal data stays masked: staff
 * answer through the case (replies leave by the outbox), so they need no raw address or CPF.
 */
public record CaseView(
        String protocol,
        String status,
        String channel,
        String subject,
        String description,
        String category,
        Set<String> tags,
        String department,
        String priority,
        Sla sla,
        Routing routing,
        CustomerView customer,
        OffsetDateTime openedAt,
        String assignee,
        Resolved resolution,
        String mergedInto,
        long version,
        List<String> allowedActions,
        List<Message> messages,
        List<AttachmentInfo> attachments,
        List<Event> history) {

    /** A file kept with the case: its name, type and size (the bytes are not in this view). */
    public record AttachmentInfo(String fileName, String contentType, long size, OffsetDateTime receivedAt) {
        static AttachmentInfo of(org.triagem.domain.model.complaint.CaseAttachment a) {
            return new AttachmentInfo(a.fileName(), a.contentType(), a.size(), a.receivedAt());
        }
    }

    /** A message the customer sent about the case after opening it (untrusted text). */
    public record Message(OffsetDateTime receivedAt, String channel, String subject, String body) {
        static Message of(org.triagem.domain.model.complaint.CaseMessage m) {
            return new Message(m.receivedAt(), m.channel().name(), m.subject(), m.body());
        }
    }

    /** SLA targets and the legal deadline. */
    public record Sla(int firstResponseMinutes, int resolutionMinutes, int legalDays, OffsetDateTime legalDeadline) {
    }

    /** How the case was routed: the rule-set version, the rules that fired, and any fallback. */
    public record Routing(String ruleSetVersion, List<String> firedRules, boolean fallback, String fallbackReason) {
    }

    /** The customer with identifiers masked. */
    public record CustomerView(String name, String email, String phone, String cpf) {
        static CustomerView of(Customer c) {
            return new CustomerView(c.name(), EmailAddress.mask(c.email()), PhoneNumbers.mask(c.phone()),
                    c.cpf() == null ? null : Cpf.parse(c.cpf()).masked());
        }
    }

    /** How the case was solved. */
    public record Resolved(String code, String rootCause) {
    }

    /**
     * One history entry: who, when, what, the status before and after, and for a change of assignee,
     * department or priority the value before and after.
     */
    public record Event(OffsetDateTime at, String actor, String type, String from, String to, String valueBefore,
            String valueAfter, String detail) {
        static Event of(CaseEvent e) {
            return new Event(e.occurredAt(), e.actor(), e.type().name(),
                    e.before() == null ? null : e.before().name(), e.after() == null ? null : e.after().name(),
                    e.valueBefore(), e.valueAfter(), e.detail());
        }
    }

    /** One line of a case list. */
    public record Summary(String protocol, String status, String department, String priority, String subject,
            OffsetDateTime openedAt, String assignee, OffsetDateTime legalDeadline) {
        static Summary of(Case c) {
            return new Summary(c.protocol().value(), c.status().name(), c.department(), c.priority().name(),
                    c.subject(), c.openedAt(), c.assignee(), c.legalDeadline());
        }
    }

    static CaseView of(Case c) {
        return new CaseView(c.protocol().value(), c.status().name(), c.channel().name(), c.subject(),
                c.description(), c.category(), c.tags(), c.department(), c.priority().name(),
                new Sla(c.slaTargets().firstResponseMinutes(), c.slaTargets().resolutionMinutes(),
                        c.slaTargets().legalDays(), c.legalDeadline()),
                new Routing(c.ruleSetVersion(), c.firedRules(), c.isRoutingFallback(), c.routingFallbackReason()),
                CustomerView.of(c.customer()), c.openedAt(), c.assignee(),
                c.resolutionCode() == null ? null : new Resolved(c.resolutionCode(), c.rootCause()),
                c.mergedInto(), c.version(),
                CaseAction.allowedIn(c.status()).stream().map(CaseAction::slug).toList(),
                c.messages().stream().map(Message::of).toList(),
                c.attachments().stream().map(AttachmentInfo::of).toList(),
                c.history().stream().map(Event::of).toList());
    }
}
