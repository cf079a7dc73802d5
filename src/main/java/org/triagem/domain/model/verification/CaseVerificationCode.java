package org.triagem.domain.model.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * The verification code of one case, in a table of its own beside {@code complaint_case} (keyed by the
 * protocol number, written in the transaction that opens the case). Stored as issued, not hashed: the
 * phone system's retried delivery must get the very answer of the first one, code included, and the
 * code guards nothing the same database does not already hold.
 */
@Entity
@Table(name = "case_verification_code")
public class CaseVerificationCode {

    @Id
    @Column(length = ProtocolNumber.LENGTH)
    private String protocol;

    @Column(nullable = false, length = VerificationCode.LENGTH)
    private String code;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    protected CaseVerificationCode() {
        // for JPA
    }

    public CaseVerificationCode(ProtocolNumber protocol, VerificationCode code, OffsetDateTime issuedAt) {
        this.protocol = protocol.value();
        this.code = code.value();
        this.issuedAt = issuedAt;
    }

    public ProtocolNumber protocol() {
        return ProtocolNumber.parse(protocol);
    }

    public VerificationCode code() {
        return VerificationCode.of(code);
    }

    public OffsetDateTime issuedAt() {
        return issuedAt;
    }

    @Override
    public String toString() {
        return "CaseVerificationCode[" + protocol + "]";
    }
}
