/**
 * The cost estimate's figures from the deployed rules directory ({@code rules/catalogue/costs.csv}):
 * a file the desk's manager edits in a spreadsheet, read again whenever it changes, with no rebuild and
 * no restart. The arithmetic lives in {@link org.triagem.application.report.CostRates}; this package only
 * finds, watches and reads the file.
 */
package org.triagem.infrastructure.costs;
