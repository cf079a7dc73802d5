package org.triagem.domain.model.retention;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long each kind of personal data is kept, in days; zero or less keeps it for ever (the policy is off
 * for that kind). Built with {@link #of}, which holds the decree's floor: call records are kept at least
 * {@value #CALL_RECORD_FLOOR_DAYS} days (Decreto 11.034/2022), so a shorter setting is raised to the floor
 * and said in {@link #warnings()} rather than refused. Refusing would keep a node from starting over a
 * setting whose safe reading is obvious; a warning at every start keeps the mistake visible.
 *
 * @param closedCaseDays a case not open (resolved, closed, merged, duplicate) and untouched this long is
 *     anonymised
 * @param quarantineDays a quarantined payload this old is deleted
 * @param attachmentDays a file of a case not open, received this long ago, is deleted
 * @param outboxBodyDays the body of a mail sent (or given up) this long ago is emptied
 * @param surveyCommentDays a survey comment answered this long ago is removed; the scores stay
 * @param callRecordDays a call event this old is deleted, and no case with a younger call is anonymised
 */
public record RetentionPolicy(int closedCaseDays, int quarantineDays, int attachmentDays, int outboxBodyDays,
        int surveyCommentDays, int callRecordDays, List<String> warnings) {

    /** Decreto 11.034/2022: call records and recordings are kept at least this long. */
    public static final int CALL_RECORD_FLOOR_DAYS = 90;

    public RetentionPolicy {
        warnings = List.copyOf(warnings);
    }

    /** The policy from the settings, the call records raised to the decree's floor if set below it. */
    public static RetentionPolicy of(int closedCaseDays, int quarantineDays, int attachmentDays, int outboxBodyDays,
            int surveyCommentDays, int callRecordDays) {
        List<String> warnings = new ArrayList<>();
        int calls = callRecordDays;
        if (calls < CALL_RECORD_FLOOR_DAYS) {
            warnings.add("triagem.retention.call-records.days=" + callRecordDays + " is under the decree's "
                    + CALL_RECORD_FLOOR_DAYS + " days (Decreto 11.034/2022); call records are kept "
                    + CALL_RECORD_FLOOR_DAYS + " days");
            calls = CALL_RECORD_FLOOR_DAYS;
        }
        return new RetentionPolicy(closedCaseDays, quarantineDays, attachmentDays, outboxBodyDays,
                surveyCommentDays, calls, warnings);
    }

    /** The moment before which a kind's data goes, or empty when the policy keeps it for ever. */
    public static Optional<OffsetDateTime> cutoff(int days, OffsetDateTime now) {
        return days <= 0 ? Optional.empty() : Optional.of(now.minus(Duration.ofDays(days)));
    }

    /** Calls younger than this hold their case (and their own rows) back. */
    public OffsetDateTime callRecordCutoff(OffsetDateTime now) {
        return now.minus(Duration.ofDays(callRecordDays));
    }
}
