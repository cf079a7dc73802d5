/**
 * What a rule-set version's files say, read for people: each file's kind, a decision table or a
 * scenario file as a table model (its sheets and rows, with which rows are the RuleSet and RuleTable
 * headers, the analyst's own column titles and the rules, and which columns are conditions, actions and
 * names), a DRL file as text, and the differences between two versions, row by row for tables and line
 * by line for text. Nothing here reads a zip or a spreadsheet: the application hands in the cells and
 * the text, so the model and the comparison are plain values, tested without a container.
 */
package org.triagem.domain.model.ruleset.content;
