/**
 * The root-cause digest (docs/digest.md): for a department and a period, the top root causes and
 * categories against the period before, the SLA and legal-deadline breaches, and the detractors'
 * comments, written as a pt-BR mail (plain text and HTML) for the department's supervisors. The
 * figures come from the KPI report ({@link org.triagem.application.report}); the few lists the
 * daily rows cannot hold (which cases breached, what detractors wrote) come through the
 * {@link org.triagem.application.digest.DigestSources} port. When a digest is due is the
 * {@link org.triagem.application.digest.DigestSchedule}'s arithmetic; that each is sent once, on any
 * number of nodes, is the {@link org.triagem.application.digest.DigestRuns} port's unique key.
 */
package org.triagem.application.digest;
