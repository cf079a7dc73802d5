package org.triagem.infrastructure.rules.safety;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one condition expression or one action block against {@link RuleVocabulary}. It infers the
 * type of every sub-expression just far enough to know whose method is called: a bound fact, the
 * worksheet global, a fact's property, an enum constant, a {@code String}. Whatever it cannot place is
 * refused; it never guesses in the rule's favour. Each refusal names the construct as the analyst wrote
 * it ({@code System.getProperty}), and an expression already refused is not refused again by the calls
 * around it.
 */
final class ExpressionCheck {

    /** One refusal, at a line counted from the start of the text checked (1-based). */
    record Finding(int line, String message) {
    }

    private static final Set<BinaryExpr.Operator> ALLOWED_OPERATORS = EnumSet.of(BinaryExpr.Operator.EQUALS,
            BinaryExpr.Operator.NOT_EQUALS, BinaryExpr.Operator.LESS, BinaryExpr.Operator.LESS_EQUALS,
            BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS, BinaryExpr.Operator.AND,
            BinaryExpr.Operator.OR, BinaryExpr.Operator.PLUS, BinaryExpr.Operator.MINUS,
            BinaryExpr.Operator.MULTIPLY, BinaryExpr.Operator.DIVIDE, BinaryExpr.Operator.REMAINDER);
    private static final Set<UnaryExpr.Operator> ALLOWED_UNARY = EnumSet.of(UnaryExpr.Operator.LOGICAL_COMPLEMENT,
            UnaryExpr.Operator.MINUS, UnaryExpr.Operator.PLUS);

    /** Stands for the type of an expression already refused, so the calls around it stay quiet. */
    private static final Class<?> REFUSED = Void.class;
    private static final Class<?> NULL = Object.class;

    private final Map<String, Class<?>> variables;
    private final Class<?> implicitFact;
    private final boolean inAction;
    private final List<Finding> findings = new ArrayList<>();

    private ExpressionCheck(Map<String, Class<?>> variables, Class<?> implicitFact, boolean inAction) {
        this.variables = variables;
        this.implicitFact = implicitFact;
        this.inAction = inAction;
    }

    /**
     * A pattern's constraint, read against the pattern's fact; its type is returned so a binding
     * ({@code $n : earlierOpenCases}) can be typed, or empty when refused.
     */
    static Optional<Class<?>> condition(String expression, Class<?> fact, Map<String, Class<?>> variables,
            List<Finding> out) {
        ExpressionCheck check = new ExpressionCheck(variables, fact, false);
        ParseResult<Expression> parsed = parser().parseExpression(expression);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            out.add(new Finding(1, Refusals.text("expression", expression.strip())));
            return Optional.empty();
        }
        Class<?> type = check.typeOf(parsed.getResult().get());
        out.addAll(check.findings);
        return check.findings.isEmpty() ? Optional.of(type) : Optional.empty();
    }

    /** A rule's consequence: statements that call the worksheets' verbs. */
    static List<Finding> action(String block, Map<String, Class<?>> variables) {
        ExpressionCheck check = new ExpressionCheck(variables, null, true);
        // The block's own braces: a consequence that closes them to add a method or a class fails here.
        ParseResult<BlockStmt> parsed = parser().parseBlock("{" + block + "\n}");
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            String why = parsed.getProblems().isEmpty() ? "" : parsed.getProblems().get(0).getMessage().lines()
                    .findFirst().orElse("");
            return List.of(new Finding(1, Refusals.text("action", why)));
        }
        parsed.getResult().get().getStatements().forEach(check::statement);
        return check.findings;
    }

    // Unicode escapes are read as javac reads them, before anything else: "\u0022" is a quote to javac,
    // and a checker that saw a string there would be fooled. (DrlCheck also refuses them outright.)
    private static JavaParser parser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setPreprocessUnicodeEscapes(true));
    }

    private void statement(Statement s) {
        if (s.isExpressionStmt()) {
            typeOf(s.asExpressionStmt().getExpression());
        } else if (s.isBlockStmt()) {
            s.asBlockStmt().getStatements().forEach(this::statement);
        } else if (s.isIfStmt()) {
            IfStmt branch = s.asIfStmt();
            typeOf(branch.getCondition());
            statement(branch.getThenStmt());
            branch.getElseStmt().ifPresent(this::statement);
        } else if (!s.isEmptyStmt()) {
            refuse(s, "statement", firstLine(s));
        }
    }

    private Class<?> typeOf(Expression e) {
        if (e.isStringLiteralExpr() || e.isTextBlockLiteralExpr() || e.isCharLiteralExpr()) {
            return String.class;
        }
        if (e.isIntegerLiteralExpr() || e.isLongLiteralExpr() || e.isDoubleLiteralExpr()) {
            return int.class;
        }
        if (e.isBooleanLiteralExpr()) {
            return boolean.class;
        }
        if (e.isNullLiteralExpr()) {
            return NULL;
        }
        if (e.isEnclosedExpr()) {
            return typeOf(e.asEnclosedExpr().getInner());
        }
        if (e.isUnaryExpr() && ALLOWED_UNARY.contains(e.asUnaryExpr().getOperator())) {
            return typeOf(e.asUnaryExpr().getExpression());
        }
        if (e.isBinaryExpr() && ALLOWED_OPERATORS.contains(e.asBinaryExpr().getOperator())) {
            return binary(e.asBinaryExpr());
        }
        if (e.isConditionalExpr()) {
            typeOf(e.asConditionalExpr().getCondition());
            typeOf(e.asConditionalExpr().getElseExpr());
            return typeOf(e.asConditionalExpr().getThenExpr());
        }
        if (e.isNameExpr()) {
            return name(e.asNameExpr().getNameAsString(), e);
        }
        if (e.isFieldAccessExpr()) {
            return fieldAccess(e.asFieldAccessExpr());
        }
        if (e.isMethodCallExpr()) {
            return call(e.asMethodCallExpr());
        }
        if (e.isObjectCreationExpr()) {
            return refuse(e, "new", e.asObjectCreationExpr().getType().asString());
        }
        return refuse(e, "construct", construct(e), firstLine(e));
    }

    private Class<?> binary(BinaryExpr b) {
        Class<?> left = typeOf(b.getLeft());
        Class<?> right = typeOf(b.getRight());
        return switch (b.getOperator()) {
            case PLUS -> left == String.class || right == String.class ? String.class : left;
            case MINUS, MULTIPLY, DIVIDE, REMAINDER -> left;
            default -> boolean.class;
        };
    }

    private Class<?> name(String name, Node at) {
        Class<?> bound = variables.get(name);
        if (bound != null) {
            return bound;
        }
        Optional<Method> property = implicitFact == null ? Optional.empty()
                : RuleVocabulary.property(implicitFact, name);
        if (property.isPresent()) {
            return property.get().getReturnType();
        }
        return refuse(at, "name", name);
    }

    /** {@code Priority.P1}, or a fact's property read the MVEL way ({@code $c.department}). */
    private Class<?> fieldAccess(FieldAccessExpr f) {
        String field = f.getNameAsString();
        Optional<Class<?>> enumType = RuleVocabulary.type(f.getScope().toString())
                .filter(RuleVocabulary.ENUMS::contains);
        if (enumType.isPresent()) {
            return RuleVocabulary.enumConstant(enumType.get(), field).<Class<?>>map(c -> enumType.get())
                    .orElseGet(() -> refuse(f, "name", f.toString()));
        }
        Optional<Class<?>> scope = quietly(f.getScope());
        if (scope.isEmpty()) {
            return refuse(f, "name", f.toString());
        }
        return RuleVocabulary.property(scope.get(), field).<Class<?>>map(Method::getReturnType)
                .orElseGet(() -> refuse(f, "name", f.toString()));
    }

    private Class<?> call(MethodCallExpr m) {
        String name = m.getNameAsString();
        int arity = m.getArguments().size();
        Class<?> owner;
        if (m.getScope().isEmpty()) {
            if (implicitFact == null) {
                return refuse(m, "call", name);
            }
            owner = implicitFact;
        } else {
            Expression scope = m.getScope().get();
            if (isQualifiedName(scope)) {
                // System.getProperty, java.nio.file.Files.readString: named as written, not as "System".
                Optional<Class<?>> known = quietly(scope);
                if (known.isEmpty()) {
                    return refuse(m, "call", scope + "." + name);
                }
                owner = known.get();
            } else {
                owner = typeOf(scope);
                if (owner == REFUSED) {
                    return REFUSED;
                }
            }
        }
        Optional<Method> method = RuleVocabulary.method(owner, name, arity, inAction);
        if (method.isEmpty()) {
            String written = m.getScope().map(s -> s + "." + name).orElse(name);
            return refuse(m, !inAction && RuleVocabulary.isVerb(owner, name) ? "verb.in.condition" : "call", written);
        }
        m.getArguments().forEach(this::typeOf);
        return method.get().getReturnType();
    }

    /** The type of a variable, a fact property or an enum, without refusing anything. */
    private Optional<Class<?>> quietly(Expression e) {
        if (e.isNameExpr()) {
            String name = e.asNameExpr().getNameAsString();
            if (variables.containsKey(name)) {
                return Optional.of(variables.get(name));
            }
            return implicitFact == null ? Optional.empty()
                    : RuleVocabulary.property(implicitFact, name).map(Method::getReturnType);
        }
        if (e.isFieldAccessExpr() && RuleVocabulary.type(e.asFieldAccessExpr().getScope().toString())
                .filter(RuleVocabulary.ENUMS::contains).isPresent()) {
            return Optional.of(typeOf(e));
        }
        return Optional.empty();
    }

    private static boolean isQualifiedName(Expression e) {
        return e.isNameExpr() || e.isFieldAccessExpr() && isQualifiedName(e.asFieldAccessExpr().getScope());
    }

    private static String construct(Expression e) {
        String kind = e.getClass().getSimpleName().replace("Expr", "");
        return switch (kind) {
            case "Cast" -> "conversão de tipo";
            case "Class" -> "acesso a classe";
            case "Lambda" -> "lambda";
            case "MethodReference" -> "referência a método";
            case "Assign" -> "atribuição";
            case "ArrayAccess", "ArrayCreation", "ArrayInitializer" -> "vetor";
            case "InstanceOf" -> "instanceof";
            case "VariableDeclaration" -> "declaração de variável";
            case "This", "Super" -> kind.toLowerCase(java.util.Locale.ROOT);
            case "Unary", "Binary" -> "operador";
            default -> kind;
        };
    }

    private static String firstLine(Node n) {
        String text = n.toString().lines().findFirst().orElse("").strip();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private Class<?> refuse(Node at, String key, Object... arguments) {
        int line = at.getBegin().map(p -> p.line).orElse(1);
        findings.add(new Finding(line, Refusals.text(key, arguments)));
        return REFUSED;
    }
}
