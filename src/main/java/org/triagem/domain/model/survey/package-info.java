/**
 * The customer's voice after a resolution: a {@link org.triagem.domain.model.survey.Survey} offers one
 * or more questions ({@link org.triagem.domain.model.survey.SurveyKind}: CSAT 1–5, NPS 0–10, CES 1–7)
 * about one resolved case, and records each answer once. Which case gets which questions is the
 * analysts' {@code survey} rule set's decision; how the survey reaches the customer (a mail with signed
 * links, through the outbox) is the application's. Nothing here sends anything.
 */
package org.triagem.domain.model.survey;
