/**
 * Problems of a rules tree in the analyst's words. Drools compiles a decision table into DRL nobody sees
 * and reports errors at that DRL's lines ("[ERR 102] Line 56:20 mismatched input '='"); this package
 * traces such a line back to the spreadsheet cell it came from (the file, the sheet, the row as Excel or
 * LibreOffice numbers it, the column letter, and whether the slip is in a row's value or in the column's
 * template) and says what is wrong and what to do, in pt-BR ({@code messages/rulewording}, with an English
 * bundle). The engine's own message stays with the problem as a detail for an expert. The safety checks'
 * refusals and the unknown department, priority and category checks are placed the same way.
 */
package org.triagem.infrastructure.rules.wording;
