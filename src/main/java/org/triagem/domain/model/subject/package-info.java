/**
 * The data subject and what they ask of us: the history of their complaints (Decreto 11.034/2022 Art. 12,
 * within 5 calendar days) and access to their data (LGPD Art. 18 II and V, Art. 19). A
 * {@link org.triagem.domain.model.subject.SubjectRequest} is a tracked item with its own calendar-day
 * clock and escalation checkpoints, like a case's; a {@link org.triagem.domain.model.subject.SubjectKey}
 * is the subject's identifier as intake normalises it, shown only masked and stored only hashed; the
 * {@link org.triagem.domain.model.subject.SubjectAudit} records every export and correction.
 */
package org.triagem.domain.model.subject;
