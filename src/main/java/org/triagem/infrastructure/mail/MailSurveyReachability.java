package org.triagem.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.outbox.MailKind;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.survey.SurveyReachability;

/**
 * Who must not get a survey, by what the mail side knows. The headers that showed a mail to be automatic
 * (RFC 3834) are not kept with the case, so the surest trace is the one intake left: a mail case whose
 * contact was not acknowledged was either automatic mail or past the daily limit of automatic answers to
 * that address, and either way it should get no more automatic mail. Beyond that: a system sender's
 * address ({@link AutoReplyGuard}'s list: noreply, mailer-daemon ...), and an address a mail of ours
 * bounced from.
 */
@ApplicationScoped
public class MailSurveyReachability implements SurveyReachability {

    private static final AutoReplyGuard AUTO_REPLIES = new AutoReplyGuard();

    @Inject
    Outbox outbox;

    @Override
    public Optional<String> whyNot(Case resolved) {
        String email = resolved.firstContact().customer().email();
        if (email == null) {
            return Optional.of("no email address");
        }
        if (!AUTO_REPLIES.mayAutoReply(MailHeaders.of(), email).isAllowed()) {
            return Optional.of("an automatic sender's address");
        }
        if (resolved.firstContact().channel() == Channel.EMAIL && !outbox.hasQueued(resolved.protocol(), MailKind.ACKNOWLEDGEMENT)) {
            return Optional.of("its mail was not acknowledged (automatic mail, or the daily limit)");
        }
        if (outbox.hasFailedTo(email)) {
            return Optional.of("earlier mail to the address bounced");
        }
        return Optional.empty();
    }
}
