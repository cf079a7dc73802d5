/**
 * Uploaded rules are data, not code. Before an uploaded rules tree reaches the Drools compiler, every
 * condition and action in it is parsed (DRL with the Drools descriptor parser, expressions and actions
 * with JavaParser) and checked against a whitelist: the facts' documented methods
 * ({@link org.triagem.infrastructure.rules.safety.RuleVocabulary}), literals, the fact enums and a few
 * {@code String} methods. Decision tables must use the vetted condition and action templates of
 * {@code rules/catalogue/templates.csv} ({@link org.triagem.infrastructure.rules.safety.TemplateCatalogue}),
 * and their cells are validated by the kind of value the template expects, so a cell can never close a
 * quote and add code. What the check refuses it reports with file, line (or table row) and the forbidden
 * construct, in pt-BR, for the analyst. The deployed {@code rules/} directory is reviewed like code and is
 * not checked at run time; a unit test keeps it passing the check. See {@code docs/security.md}.
 */
package org.triagem.infrastructure.rules.safety;
