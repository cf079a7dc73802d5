package org.triagem.domain.model.subject;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Customer;

/**
 * Where a data subject's data lives: their cases (with messages), survey answers and quarantined contacts.
 * Port; {@code JpaSubjectData} in infrastructure. Matching is exact on the normalised identifier, never by
 * name or by a part of a number: two customers who share a surname or a phone prefix are two subjects.
 */
public interface SubjectData {

    /** The cases whose customer has this CPF, e-mail address (any letter case) or phone number. */
    List<Case> casesOf(SubjectKey key);

    /** The cases of the customer: every case that shares one of their identifiers (CPF, e-mail, phone). */
    List<Case> casesOf(Customer customer);

    /** The surveys offered on these cases, with their answers. */
    List<SurveyAnswer> surveysOf(Collection<String> protocols);

    /** Quarantined contacts whose raw payload holds the identifier (as stored, or as people write it). */
    List<QuarantinedItem> quarantinedWith(SubjectKey key);

    /** A survey on one of the subject's cases. */
    record SurveyAnswer(String protocol, OffsetDateTime offeredAt, OffsetDateTime answeredAt, Integer csat,
            Integer nps, Integer ces, String comment) {
    }

    /** A contact that could not be registered and holds the subject's identifier. */
    record QuarantinedItem(long id, String channel, OffsetDateTime receivedAt, String reason, String payload) {
    }
}
