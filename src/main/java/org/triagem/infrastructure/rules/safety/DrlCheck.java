package org.triagem.infrastructure.rules.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Checks one DRL text, as Drools' own parser reads it, against the whitelist: imports of the facts only,
 * the worksheet globals only, no functions, type declarations, queries or units, a short list of rule
 * attributes with literal values, patterns over the facts with plain constraints, and actions that call
 * the worksheets' verbs ({@link ExpressionCheck}). Problems carry the DRL line.
 *
 * <p>Salience and {@code enabled} take expressions in DRL, which run at run time, so only literals pass.
 * The dialect is the one place uploaded DRL and decision tables differ: a big table may ask for
 * {@code Dialect,mvel} (docs/rules.md, section 3) to build faster; its actions come from the vetted
 * catalogue and still pass the same check, while free DRL keeps the default.
 */
final class DrlCheck {

    /** A problem at a line of the DRL text. */
    record Problem(int line, String message) {
    }

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{0,4}");
    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$?[A-Za-z_][\\w$]*)\\s*:(?!=)(.*)$",
            Pattern.DOTALL);
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Set<String> FREE_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "activation-group",
            "agenda-group", "ruleflow-group", "auto-focus", "date-effective", "date-expires");

    private final boolean mvelAllowed;
    private final List<Problem> problems = new ArrayList<>();

    private DrlCheck(boolean mvelAllowed) {
        this.mvelAllowed = mvelAllowed;
    }

    /** An analyst's DRL file. */
    static List<Problem> uploadedDrl(String drl) {
        return new DrlCheck(false).check(drl);
    }

    /** The DRL Drools generates from a decision table. */
    static List<Problem> generatedFromTable(String drl) {
        return new DrlCheck(true).check(drl);
    }

    private List<Problem> check(String drl) {
        Matcher escape = UNICODE_ESCAPE.matcher(drl);
        if (escape.find()) {
            problems.add(new Problem(lineAt(drl, escape.start()), Refusals.text("unicode.escape")));
            return problems;
        }
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException | RuntimeException e) {
            problems.add(new Problem(0, Refusals.text("unreadable", e.getMessage())));
            return problems;
        }
        if (parser.hasErrors() || pkg == null) {
            // Not checked is not passed: the same errors the compiler would give, before it runs.
            parser.getErrors().forEach(err -> problems.add(new Problem(err.getLines().length > 0
                    ? err.getLines()[0] : 0, Refusals.text("unreadable", err.getMessage()))));
            if (problems.isEmpty()) {
                problems.add(new Problem(0, Refusals.text("unreadable", "DRL")));
            }
            return problems;
        }
        checkPackage(pkg);
        pkg.getRules().forEach(rule -> checkRule(rule, drl));
        return problems;
    }

    private void checkPackage(PackageDescr pkg) {
        for (ImportDescr i : pkg.getImports()) {
            if (!RuleVocabulary.importable(i.getTarget())) {
                add(i, Refusals.text("import", i.getTarget()));
            }
        }
        pkg.getFunctionImports().forEach(f -> add(f, Refusals.text("import.function", f.getTarget())));
        pkg.getAccumulateImports().forEach(a -> add(a, Refusals.text("import.function", a.getTarget())));
        for (GlobalDescr g : pkg.getGlobals()) {
            Class<?> known = RuleVocabulary.GLOBALS.get(g.getIdentifier());
            if (known == null || !RuleVocabulary.type(g.getType()).equals(Optional.of(known))) {
                add(g, Refusals.text("global", g.getType(), g.getIdentifier()));
            }
        }
        pkg.getFunctions().forEach(f -> add(f, Refusals.text("function", f.getName())));
        pkg.getClassAndEnumDeclarationDescrs().forEach(d -> add(d, Refusals.text("declare", d.getTypeName())));
        pkg.getEntryPointDeclarations().forEach(d -> add(d, Refusals.text("declare", d.getEntryPointId())));
        pkg.getWindowDeclarations().forEach(d -> add(d, Refusals.text("declare", d.getName())));
        if (pkg.getUnit() != null) {
            add(pkg.getUnit(), Refusals.text("unit", pkg.getUnit().getTarget()));
        }
        pkg.getAttributes().forEach(a -> checkAttribute(a, null));
    }

    private void checkRule(RuleDescr rule, String drl) {
        if (rule.isQuery()) {
            add(rule, Refusals.text("query", rule.getName()));
            return;
        }
        rule.getAttributes().values().forEach(a -> checkAttribute(a, rule));
        for (AnnotationDescr a : rule.getAnnotations()) {
            add(rule, inRule(rule, Refusals.text("annotation", a.getName())));
        }
        rule.getNamedConsequences().keySet()
                .forEach(n -> add(rule, inRule(rule, Refusals.text("named.consequence", n))));
        Map<String, Class<?>> variables = new HashMap<>(RuleVocabulary.GLOBALS);
        checkElement(rule, rule.getLhs(), variables);
        Object consequence = rule.getConsequence();
        String text = consequence == null ? "" : consequence.toString();
        int first = consequenceStart(drl, rule, text);
        for (ExpressionCheck.Finding f : ExpressionCheck.action(text, variables)) {
            problems.add(new Problem(first + f.line() - 1, inRule(rule, f.message())));
        }
    }

    /**
     * The line the consequence text starts on. Drools gives the line of {@code then} and the text without
     * the white space after it, so the text is looked up in the file from that line on.
     */
    private static int consequenceStart(String drl, RuleDescr rule, String text) {
        int thenLine = rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : Math.max(rule.getLine(), 1);
        int from = 0;
        for (int line = 1; line < thenLine && from >= 0; line++) {
            from = drl.indexOf('\n', from) + 1;
        }
        String head = text.strip().lines().findFirst().orElse("");
        int at = head.isEmpty() ? -1 : drl.indexOf(head, Math.max(from, 0));
        return at < 0 ? thenLine : lineAt(drl, at);
    }

    private void checkAttribute(AttributeDescr a, RuleDescr rule) {
        String name = a.getName();
        String value = a.getValue() == null ? "" : a.getValue().strip();
        boolean allowed = FREE_ATTRIBUTES.contains(name)
                || name.equals("salience") && INTEGER.matcher(value).matches()
                || name.equals("enabled") && (value.equals("true") || value.equals("false"))
                || name.equals("dialect") && (value.equals("java") || mvelAllowed && value.equals("mvel"));
        if (!allowed) {
            String message = Refusals.text("attribute", name, value);
            add(a, rule == null ? message : inRule(rule, message));
        }
    }

    private void checkElement(RuleDescr rule, BaseDescr element, Map<String, Class<?>> variables) {
        if (element instanceof AndDescr || element instanceof OrDescr || element instanceof NotDescr
                || element instanceof ExistsDescr) {
            // Conditional elements group patterns; a binding inside "not" is not visible outside, which
            // only makes the check stricter.
            ((org.drools.drl.ast.descr.ConditionalElementDescr) element).getDescrs()
                    .forEach(d -> checkElement(rule, (BaseDescr) d, variables));
        } else if (element instanceof PatternDescr pattern) {
            checkPattern(rule, pattern, variables);
        } else {
            add(element, inRule(rule, Refusals.text("element", elementName(element))));
        }
    }

    private void checkPattern(RuleDescr rule, PatternDescr pattern, Map<String, Class<?>> variables) {
        if (pattern.getSource() != null) {
            add(pattern, inRule(rule, Refusals.text("source", elementName(pattern.getSource()))));
            return;
        }
        pattern.getAnnotations().forEach(a -> add(pattern, inRule(rule, Refusals.text("annotation", a.getName()))));
        Optional<Class<?>> fact = RuleVocabulary.fact(pattern.getObjectType());
        if (fact.isEmpty()) {
            add(pattern, inRule(rule, Refusals.text("pattern.type", pattern.getObjectType())));
            return;
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expr) {
                checkConstraint(rule, expr, fact.get(), variables);
            } else {
                add(constraint, inRule(rule, Refusals.text("element", elementName(constraint))));
            }
        }
        if (pattern.getIdentifier() != null) {
            variables.put(pattern.getIdentifier(), fact.get());
        }
    }

    private void checkConstraint(RuleDescr rule, ExprConstraintDescr constraint, Class<?> fact,
            Map<String, Class<?>> variables) {
        String expression = constraint.getExpression();
        Matcher binding = BINDING.matcher(expression);
        String variable = null;
        if (binding.matches()) {
            variable = binding.group(1);
            expression = binding.group(2);
        }
        List<ExpressionCheck.Finding> findings = new ArrayList<>();
        Optional<Class<?>> type = ExpressionCheck.condition(expression, fact, variables, findings);
        int line = constraint.getLine() > 0 ? constraint.getLine() : rule.getLine();
        findings.forEach(f -> problems.add(new Problem(line + f.line() - 1, inRule(rule, f.message()))));
        if (variable != null && type.isPresent()) {
            variables.put(variable, type.get());
        }
    }

    private static String elementName(BaseDescr element) {
        String name = element.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "accumulate", "collect", "from", "eval", "forall" -> name;
            case "entrypoint" -> "from entry-point";
            default -> name;
        };
    }

    private static String inRule(RuleDescr rule, String message) {
        return Refusals.text("rule", rule.getName(), message);
    }

    private void add(BaseDescr at, String message) {
        problems.add(new Problem(Math.max(at.getLine(), 0), message));
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
