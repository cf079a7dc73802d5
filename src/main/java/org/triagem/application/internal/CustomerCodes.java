package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.FirstContact;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.verification.CaseVerificationCode;
import org.triagem.domain.model.verification.VerificationCode;
import org.triagem.domain.model.verification.VerificationCodes;

/**
 * Issues a case's verification code when the case is opened, and finds it again for the one caller
 * who may hear it twice: the same contact delivered again (a web form sent twice, whose first answer
 * was lost). A form token alone is not enough for that: a careless API client could use guessable
 * tokens, so the second delivery must also carry the very text and contact details of the first.
 */
@ApplicationScoped
class CustomerCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    VerificationCodes codes;

    @Inject
    CaseRepository cases;

    /** Whether a new case of this contact gets a code: unless it came by mail and no mail tells it. */
    static boolean told(IncomingContact contact, boolean acknowledged) {
        return contact.channel() != Channel.EMAIL || acknowledged;
    }

    /** A new code for the case being opened, kept with it in the same transaction. */
    VerificationCode issueFor(ProtocolNumber protocol, OffsetDateTime now) {
        VerificationCode code = VerificationCode.issue(RANDOM);
        codes.add(new CaseVerificationCode(protocol, code, now));
        return code;
    }

    /** The case's code, for the retry of the call event that opened it; null when it has none. */
    VerificationCode of(ProtocolNumber protocol) {
        return codes.of(protocol).orElse(null);
    }

    /**
     * The code of the case this web form opened before, when this is that same form again (same
     * text, same contact details); null for anything else.
     */
    VerificationCode againFor(IncomingContact contact, ProtocolNumber registered) {
        if (contact.channel() != Channel.WEB_FORM || contact.referencedProtocol() != null) {
            return null;
        }
        return cases.find(registered).filter(c -> sameSubmission(c, contact)).flatMap(c -> codes.of(registered))
                .orElse(null);
    }

    private static boolean sameSubmission(Case opened, IncomingContact contact) {
        FirstContact first = opened.firstContact();
        return first.channel() == Channel.WEB_FORM && first.description().equals(contact.description())
                && Objects.equals(first.customer().email(), contact.customer().email())
                && Objects.equals(first.customer().cpf(), contact.customer().cpf())
                && Objects.equals(first.customer().phone(), contact.customer().phone());
    }
}
