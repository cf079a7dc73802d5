package org.triagem.domain.model.complaint;

/**
 * What the phone system reported about a call, as the case's history keeps it: an update with the
 * category chosen or the attendant's notes, the end of the call, the IVR survey answered; or why the
 * consumer is owed a call-back (a dropped call, a call-back asked for).
 */
public final class CallNote {

    private final EventDetail detail;

    private CallNote(EventDetail detail) {
        this.detail = detail;
    }

    /** The call goes on: a category chosen, the attendant's notes (either may be null). */
    public static CallNote updated(String category, String notes) {
        return new CallNote(EventDetail.because("UPDATED", "call updated"
                + (category == null ? "" : "; category chosen: " + category)
                + (notes == null ? "" : "; notes: " + notes)).with("category", category).with("notes", notes));
    }

    /** The call ended, after so many seconds, with the attendant's disposition and the recording (each may be null). */
    public static CallNote ended(Integer durationSeconds, String disposition, String recording) {
        return new CallNote(EventDetail.because("ENDED", "call ended"
                + (durationSeconds == null ? "" : " after " + durationSeconds + " s")
                + (disposition == null ? "" : "; disposition: " + disposition)
                + (recording == null ? "" : "; recording: " + recording))
                .with("durationSeconds", durationSeconds).with("disposition", disposition).with("recording", recording));
    }

    /** The caller answered the IVR's survey (the answers are kept apart, with the surveys). */
    public static CallNote ivrSurveyAnswered() {
        return new CallNote(EventDetail.because("IVR_SURVEY", "Pesquisa da URA respondida."));
    }

    /** The call fell, after so many seconds (may be null): the consumer must be called back. */
    public static CallNote dropped(Integer durationSeconds) {
        return new CallNote(EventDetail.because("DROPPED", "call dropped"
                + (durationSeconds == null ? "" : " after " + durationSeconds + " s"))
                .with("durationSeconds", durationSeconds));
    }

    /** The caller asked to be called back. */
    public static CallNote callbackRequested() {
        return new CallNote(EventDetail.because("REQUESTED", "call-back requested by the caller"));
    }

    EventDetail detail() {
        return detail;
    }

    @Override
    public String toString() {
        return detail.line();
    }
}
