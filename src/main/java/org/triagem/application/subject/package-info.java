/**
 * The data subject's rights, as use cases: the customer's history on request (Decreto 11.034/2022 Art. 12)
 * delivered at once as HTML and PDF, access requests tracked on their own clock and escalated when they run
 * late (LGPD Art. 18 II, Art. 19), the DPO's search and export of everything held about a subject (Art. 18 II
 * and V), and the audited correction of a case's contact data (Art. 18 III). Documents are rendered from
 * escaped XHTML ({@link org.triagem.application.subject.HistoryHtml}); the PDF engine is a port
 * ({@link org.triagem.application.subject.PdfRenderer}).
 */
package org.triagem.application.subject;
