package org.triagem.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the consumer picked when they got in touch: the category on the web form and the option in the
 * phone menu (URA). The case keeps them, as it keeps the consumer's words, so that the rules read the
 * same complaint when the case is re-timed, transferred or owed a call-back as they read at intake; the
 * case's category is what the rules made of the complaint, not what the consumer picked.
 */
@Embeddable
public class ContactChoices {

    static final ContactChoices NONE = new ContactChoices(null, null);

    @Column(name = "category_hint", length = FieldSizes.CATEGORY)
    private String categoryHint;

    @Column(name = "ivr_choice", length = FieldSizes.IVR_CHOICE)
    private String ivrChoice;

    protected ContactChoices() {
        // for JPA
    }

    private ContactChoices(String categoryHint, String ivrChoice) {
        this.categoryHint = categoryHint;
        this.ivrChoice = ivrChoice;
    }

    /** The choices a contact carries, already fitted to their columns. */
    static ContactChoices of(IncomingContact contact) {
        return new ContactChoices(contact.categoryHint(), contact.callFacts().ivrChoice());
    }

    /** The category the consumer picked on the web form; null when none. */
    public String categoryHint() {
        return categoryHint;
    }

    /** The option the caller picked in the phone menu; null when none. */
    public String ivrChoice() {
        return ivrChoice;
    }
}
