package org.triagem.domain.model.verification;

import java.util.Optional;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** The cases' verification codes: one per case, for cases opened since they exist (V39). */
public interface VerificationCodes {

    /** Keeps the code of a case being opened, in the same transaction. */
    void add(CaseVerificationCode code);

    /** The case's code; empty for a case that has none (opened before codes, or by a batch). */
    Optional<VerificationCode> of(ProtocolNumber protocol);
}
