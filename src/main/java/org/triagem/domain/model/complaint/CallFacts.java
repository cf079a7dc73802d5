package org.triagem.domain.model.complaint;

/**
 * What the phone system knows about a call, as facts for the rules: the option the caller chose in
 * the IVR (URA), whether the call fell before the caller was served, whether the caller asked to be
 * called back.
 */
public record CallFacts(String ivrChoice, boolean dropped, boolean callbackRequested) {

    public static final CallFacts NONE = new CallFacts(null, false, false);

    public CallFacts {
        // Fitted here, as it is stored with the case, so intake and later decisions read the same option.
        ivrChoice = FieldSizes.fit(ivrChoice, FieldSizes.IVR_CHOICE);
    }
}
