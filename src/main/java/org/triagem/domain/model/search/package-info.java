/**
 * Finding cases by what staff remember of them: one search box over the protocol number, the customer's
 * name, the subject, the description and the whole conversation (the customer's messages, staff replies
 * and internal notes: only staff search, and they read the notes anyway). A {@link
 * org.triagem.domain.model.search.SearchDocument} is what of a case can be found, kept current through the
 * {@link org.triagem.domain.model.search.CaseSearch} port on every write that changes it; a {@link
 * org.triagem.domain.model.search.SearchQuery} is what was typed, checked once. Matching ignores accents
 * and case ({@link org.triagem.domain.model.search.SearchText}): "cobranca" finds "Cobrança". How a
 * database matches and ranks is the infrastructure's business (PostgreSQL full text, or the embedded
 * database's accent-free text).
 */
package org.triagem.domain.model.search;
