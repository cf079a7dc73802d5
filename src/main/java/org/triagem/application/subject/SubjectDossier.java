package org.triagem.application.subject;

import java.time.OffsetDateTime;
import java.util.List;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseMessage;
import org.triagem.domain.model.subject.SubjectData;

/**
 * Everything Triagem holds about one data subject (LGPD Art. 18 II and V): their cases with the contact
 * data and every message, the survey answers on those cases, and the quarantined contacts that hold their
 * identifier. The export, as JSON and PDF, is this record; the DPO decides what of the internal notes to
 * hand over, so they are marked as such.
 */
public record SubjectDossier(String subject, OffsetDateTime producedAt, Counts counts, List<CaseRecord> cases,
        List<SubjectData.SurveyAnswer> surveys, List<SubjectData.QuarantinedItem> quarantined) {

    /** How much was found, per kind. */
    public record Counts(int cases, int messages, int surveys, int quarantined) {
    }

    /** One case with the customer's data as it holds them. */
    public record CaseRecord(String protocol, String channel, OffsetDateTime openedAt, String status,
            String department, String subject, String description, String customerName, String customerEmail,
            String customerPhone, String customerCpf, List<MessageRecord> messages) {
    }

    /** One message: {@code CUSTOMER}, {@code REPLY} (staff to the customer) or {@code NOTE} (internal). */
    public record MessageRecord(OffsetDateTime at, String kind, String channel, String text) {
    }

    static SubjectDossier of(String maskedSubject, List<Case> cases, List<SubjectData.SurveyAnswer> surveys,
            List<SubjectData.QuarantinedItem> quarantined, OffsetDateTime now) {
        List<CaseRecord> records = cases.stream().map(SubjectDossier::record).toList();
        int messages = records.stream().mapToInt(r -> r.messages().size()).sum();
        return new SubjectDossier(maskedSubject, now, new Counts(records.size(), messages, surveys.size(),
                quarantined.size()), records, List.copyOf(surveys), List.copyOf(quarantined));
    }

    private static CaseRecord record(Case c) {
        var who = c.firstContact().customer();
        return new CaseRecord(c.protocol().value(), c.firstContact().channel().name(), c.openedAt(), c.status().name(),
                c.department(), c.firstContact().subject(), c.firstContact().description(), who.name(), who.email(),
                who.phone(), who.cpf(), c.conversation().messages().stream().map(SubjectDossier::message).toList());
    }

    private static MessageRecord message(CaseMessage m) {
        return new MessageRecord(m.receivedAt(), m.kind().name(), m.channel() == null ? null : m.channel().name(),
                m.body());
    }

    /** The counts alone, for a search that exports nothing. */
    public SubjectDossier countsOnly() {
        return new SubjectDossier(subject, producedAt, counts, List.of(), List.of(), List.of());
    }
}
