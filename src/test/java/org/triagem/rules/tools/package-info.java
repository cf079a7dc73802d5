/**
 * Tools for the people who maintain the rules, kept with the tests because the server never needs
 * them. {@link org.triagem.rules.tools.DecisionTableWorkbook} turns a decision table laid out as CSV
 * into the XLSX workbook analysts edit, so a binary sheet in {@code rules/} can always be re-created
 * from a reviewable text file.
 */
package org.triagem.rules.tools;
