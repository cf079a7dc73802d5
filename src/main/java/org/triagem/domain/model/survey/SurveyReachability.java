package org.triagem.domain.model.survey;

import org.triagem.domain.model.complaint.Case;

/**
 * Whether a resolved case's customer may be sent a survey at all, before the rules are asked: never an
 * automatic sender (a robot's "satisfaction" is noise, and answering it may start a mail loop), never
 * an address our mail bounced from.
 */
public interface SurveyReachability {

    /** Empty when the customer may be surveyed, else why not (for the log; never the address). */
    java.util.Optional<String> whyNot(Case resolved);
}
