/**
 * Reads stored rules trees for the analysts' pages: a version's zip opened into its files, and a table
 * file's cells read from CSV (Commons CSV, as the rules compiler reads them) or from a workbook (Apache
 * POI, sheet by sheet with the sheets' names), so what the page shows is what Drools reads.
 */
package org.triagem.infrastructure.rules.content;
