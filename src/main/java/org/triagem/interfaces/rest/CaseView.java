package org.triagem.interfaces.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triagem.application.ConversationMessage;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseAction;
import org.triagem.domain.model.complaint.CaseEvent;
import org.triagem.domain.model.complaint.Cpf;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.EmailAddress;
import org.triagem.domain.model.complaint.PhoneNumbers;
import org.triagem.domain.model.department.TimeMeasure;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.NextDue;
import org.triagem.domain.model.sla.SlaClock;

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
        List<ClockView> clocks,
        int escalationLevel,
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
        List<Event> history,
        OffsetDateTime callbackDueAt) {

    /** A file kept with the case: its name, type and size (the bytes are not in this view). */
    public record AttachmentInfo(String fileName, String contentType, long size, OffsetDateTime receivedAt) {
        static AttachmentInfo of(org.triagem.domain.model.complaint.CaseAttachment a) {
            return new AttachmentInfo(a.fileName(), a.contentType(), a.size(), a.receivedAt());
        }
    }

    /**
     * A message after the opening: the customer's (untrusted text), a staff REPLY or an internal NOTE.
     * {@code channel} is how it travelled, null for a note or a reply that could not be sent;
     * {@code delivery} where a staff message stands (INTERNAL, NOT_SENT, PENDING, SENT, FAILED), null
     * for the customer's.
     */
    public record Message(Long id, String kind, OffsetDateTime receivedAt, String channel, String author,
            String subject, String body,
            @Schema(enumeration = {"INTERNAL", "NOT_SENT", "PENDING", "SENT", "FAILED"}) String delivery) {
        static Message of(org.triagem.domain.model.complaint.CaseMessage m, ConversationMessage.Delivery delivery) {
            return new Message(m.id(), m.kind().name(), m.receivedAt(),
                    m.channel() == null ? null : m.channel().name(), m.author(), m.subject(), m.body(),
                    delivery == null ? null : delivery.name());
        }
    }

    /** SLA targets and the legal deadline. */
    public record Sla(int firstResponseMinutes, int resolutionMinutes, int legalDays, OffsetDateTime legalDeadline) {
    }

    /**
     * One SLA clock: its state (RUNNING, PAUSED, MET, BREACHED), when it is due, the counted minutes left
     * (negative when overdue, null once stopped), its target and how often it paused. {@code measure}
     * says how its minutes count: BUSINESS (the department's calendar) or CALENDAR (every minute, LEGAL).
     */
    public record ClockView(String clock, String state, OffsetDateTime dueAt, Long remainingMinutes,
            long targetMinutes, int pauses, OffsetDateTime stoppedAt,
            @Schema(enumeration = {"BUSINESS", "CALENDAR"}) String measure) {
        static ClockView of(SlaClock c, ClockSettings settings, OffsetDateTime now) {
            TimeMeasure measure = settings.measureFor(c.kind());
            return new ClockView(c.kind().name(), c.state(now).name(), c.dueAt(),
                    c.remainingMinutes(measure, now), c.targetMinutes(), c.pauseCount(),
                    c.stoppedAt(), measure == TimeMeasure.CALENDAR ? "CALENDAR" : "BUSINESS");
        }
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
     * department or priority the value before and after. {@code params} says what happened as codes and
     * values, for a page to word in its reader's language (the names each type carries, and its
     * {@code cause}, are in docs/api.md); empty for entries older than them. {@code detail} is the same
     * in English, for logs; a page should not show it.
     */
    public record Event(OffsetDateTime at, String actor, String type, String from, String to, String valueBefore,
            String valueAfter, String detail, Map<String, String> params) {
        static Event of(CaseEvent e) {
            return new Event(e.occurredAt(), e.actor(), e.type().name(),
                    e.before() == null ? null : e.before().name(), e.after() == null ? null : e.after().name(),
                    e.valueBefore(), e.valueAfter(), e.detail(), e.params());
        }
    }

    /** One line of a case list; {@code nextDue} is its running SLA clock due first (none when none runs). */
    public record Summary(String protocol, String status, String department, String priority, String subject,
            OffsetDateTime openedAt, String assignee, OffsetDateTime legalDeadline, String channel, String category,
            NextDueView nextDue) {
        static Summary of(Case c) {
            return new Summary(c.protocol().value(), c.status().name(), c.department(), c.priority().name(),
                    c.firstContact().subject(), c.openedAt(), c.assignee(), c.routing().legalDeadline(),
                    c.firstContact().channel().name(), c.routing().category(),
                    NextDue.among(c.sla().clocks()).map(NextDueView::of).orElse(null));
        }
    }

    /** The clock a queue row counts down to: FIRST_RESPONSE, RESOLUTION or LEGAL, and its due time. */
    public record NextDueView(String clock, OffsetDateTime dueAt) {
        static NextDueView of(NextDue due) {
            return new NextDueView(due.clock().name(), due.dueAt());
        }
    }

    /**
     * The case with its clocks' time left counted on its department's calendar at {@code now}, and its
     * staff messages' {@code deliveries} ({@link org.triagem.application.CaseConversation#deliveries}).
     */
    static CaseView of(Case c, ClockSettings settings, OffsetDateTime now,
            Map<Long, ConversationMessage.Delivery> deliveries) {
        return new CaseView(c.protocol().value(), c.status().name(), c.firstContact().channel().name(), c.firstContact().subject(),
                c.firstContact().description(), c.routing().category(), c.routing().tags(), c.department(), c.priority().name(),
                new Sla(c.routing().slaTargets().firstResponseMinutes(), c.routing().slaTargets().resolutionMinutes(),
                        c.routing().slaTargets().legalDays(), c.routing().legalDeadline()),
                c.sla().clocks().stream().map(k -> ClockView.of(k, settings, now)).toList(), c.routing().escalationLevel(),
                new Routing(c.routing().ruleSetVersion(), c.routing().firedRules(), c.routing().isFallback(), c.routing().fallbackReason()),
                CustomerView.of(c.firstContact().customer()), c.openedAt(), c.assignee(),
                c.resolutionCode() == null ? null : new Resolved(c.resolutionCode(), c.rootCause()),
                c.mergedInto(), c.version(),
                CaseAction.allowedIn(c.status()).stream().map(CaseAction::slug).toList(),
                c.conversation().messages().stream().map(m -> Message.of(m, deliveries.get(m.id()))).toList(),
                c.conversation().attachments().stream().map(AttachmentInfo::of).toList(),
                c.history().stream().map(Event::of).toList(),
                c.routing().callbackDueAt());
    }
}
