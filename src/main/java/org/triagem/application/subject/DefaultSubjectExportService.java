package org.triagem.application.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.triagem.application.ActionNotPermittedException;
import org.triagem.application.Actor;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.subject.SubjectAudit;
import org.triagem.domain.model.subject.SubjectData;
import org.triagem.domain.model.subject.SubjectKey;
import org.triagem.domain.model.subject.SubjectRequests;

/** Finds a subject's data through {@link SubjectData} and writes the audit line in the same transaction. */
@ApplicationScoped
@Transactional
class DefaultSubjectExportService implements SubjectExportService {

    @Inject
    SubjectData data;

    @Inject
    SubjectRequests requests;

    @Inject
    PdfRenderer pdf;

    @Inject
    Clock clock;

    @Override
    public SubjectDossier search(Actor dpo, String key) {
        return gather(dpo, key, SubjectAudit.Action.SEARCHED).countsOnly();
    }

    @Override
    public SubjectDossier exportJson(Actor dpo, String key) {
        return gather(dpo, key, SubjectAudit.Action.EXPORTED_JSON);
    }

    @Override
    public byte[] exportPdf(Actor dpo, String key) {
        return pdf.render(DossierHtml.render(gather(dpo, key, SubjectAudit.Action.EXPORTED_PDF)));
    }

    @Override
    public List<SubjectAudit> audit(Actor dpo, int limit) {
        mayExport(dpo);
        return requests.auditLines(null, limit);
    }

    private SubjectDossier gather(Actor dpo, String key, SubjectAudit.Action action) {
        mayExport(dpo);
        SubjectKey subject = SubjectKey.read(key).orElseThrow(InvalidSubjectKeyException::new);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Case> cases = data.casesOf(subject);
        SubjectDossier dossier = SubjectDossier.of(subject.masked(), cases,
                data.surveysOf(cases.stream().map(c -> c.protocol().value()).toList()), data.quarantinedWith(subject),
                now);
        requests.audit(SubjectAudit.of(dpo.username(), action, subject, dossier.counts().cases() + " cases, "
                + dossier.counts().messages() + " messages, " + dossier.counts().surveys() + " surveys, "
                + dossier.counts().quarantined() + " quarantined", now));
        return dossier;
    }

    private static void mayExport(Actor actor) {
        if (!actor.answersForSubjects()) {
            throw new ActionNotPermittedException("only the DPO and admins export a data subject's data");
        }
    }
}
