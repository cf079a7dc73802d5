package org.triagem.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.triagem.application.PersonalDataAccess.Unmasking;

/** The reveals as recorded in the cases' histories, read across cases for the data protection officer. */
public interface UnmaskingLog {

    List<Unmasking> between(OffsetDateTime from, OffsetDateTime to, int limit);
}
