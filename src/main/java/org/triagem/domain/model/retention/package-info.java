/**
 * What the LGPD asks of data that is no longer needed (Art. 16, Art. 18 IV and VI): the data subject as
 * a key (CPF, e-mail or phone) that is never stored in clear, the free-text scrubber that anonymisation
 * and the retention job share, the retention policy per kind of data with the decree's floor for call
 * records, and the legal holds (an open case, a recent call, a hold the DPO placed) that stop an
 * anonymisation with a reason a person can read. The ports here are implemented with set-based SQL,
 * because the job has to anonymise thousands of cases a second without holding up intake.
 */
package org.triagem.domain.model.retention;
