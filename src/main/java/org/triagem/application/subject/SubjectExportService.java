package org.triagem.application.subject;

import java.util.List;
import org.triagem.application.Actor;
import org.triagem.domain.model.subject.SubjectAudit;

/**
 * The DPO finds and exports everything held about a data subject (LGPD Art. 18 II and V); every search and
 * export is audited with the subject hashed and masked. DPO and admins only.
 */
public interface SubjectExportService {

    /** What is held about the subject named by {@code key} (CPF, e-mail or phone), as counts; audited. */
    SubjectDossier search(Actor dpo, String key);

    /** The whole dossier, for a JSON export; audited. */
    SubjectDossier exportJson(Actor dpo, String key);

    /** The whole dossier as a PDF; audited. */
    byte[] exportPdf(Actor dpo, String key);

    /** The newest audit lines: searches, exports, deliveries, corrections. */
    List<SubjectAudit> audit(Actor dpo, int limit);
}
