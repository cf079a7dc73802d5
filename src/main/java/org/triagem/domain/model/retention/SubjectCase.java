package org.triagem.domain.model.retention;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.triagem.domain.model.complaint.CaseStatus;

/**
 * A case as anonymisation sees it: its status, the contact data intake stored on it, and its latest call
 * (null when none), which is all the holds and the scrubber need.
 */
public record SubjectCase(long id, String protocol, CaseStatus status, String name, String email, String cpf,
        String phone, OffsetDateTime lastCallAt) {

    /** The scrubber for this case's texts: its own contact data, then anything shaped like personal data. */
    public TextScrubber scrubber() {
        return TextScrubber.of(name, email, cpf, phone);
    }

    /** The hashes of the keys this case's subject may be held by. */
    public List<String> subjectHashes() {
        return Stream.of(SubjectKey.hashOf(SubjectKey.Kind.CPF, cpf), SubjectKey.hashOf(SubjectKey.Kind.EMAIL, email),
                SubjectKey.hashOf(SubjectKey.Kind.PHONE, phone)).filter(Objects::nonNull).toList();
    }

    /** The keys this case's subject is known by, as stored (values that no longer parse are left out). */
    public List<SubjectKey> keys() {
        List<SubjectKey> keys = new ArrayList<>();
        try {
            if (cpf != null && !cpf.isBlank()) {
                keys.add(SubjectKey.of(cpf, null, null));
            }
        } catch (IllegalArgumentException ignored) {
            // a stored CPF that is not one finds nothing anyway
        }
        if (email != null && !email.isBlank()) {
            keys.add(new SubjectKey(SubjectKey.Kind.EMAIL, email));
        }
        if (phone != null && !phone.isBlank()) {
            keys.add(new SubjectKey(SubjectKey.Kind.PHONE, phone));
        }
        return keys;
    }

    /** The holds that the case's own state puts on it: still worked, or a call the decree keeps. */
    public List<Hold> ownHolds(OffsetDateTime now, int callRecordDays) {
        List<Hold> holds = new ArrayList<>();
        if (status.isOpen()) {
            holds.add(new Hold(Hold.Kind.OPEN_CASE, protocol, status.name()));
        }
        if (lastCallAt != null && lastCallAt.plusDays(callRecordDays).isAfter(now)) {
            holds.add(new Hold(Hold.Kind.CALL_RECORD, protocol,
                    lastCallAt.plusDays(callRecordDays).toLocalDate().toString()));
        }
        return holds;
    }
}
