package org.triagem.infrastructure.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triagem.infrastructure.rules.RuleProblem;
import org.triagem.infrastructure.rules.RuleSetFiles;

/**
 * Uploaded DRL is checked before it compiles: the shipped rules pass, and every way out of the
 * whitelist the analysts' role could try is refused with its file, line and the construct it used.
 */
class UploadedDrlCheckTest {

    static final Path RULES = Path.of(System.getProperty("triagem.rules.dir", "rules"));
    static final String FILE = "classification/probe.drl";

    private final UploadedRulesCheck check = UploadedRulesCheck.trustingNothing(
            RULES.resolve(UploadedRulesCheck.CATALOGUE));

    @Test
    void theShippedRulesTreePassesTheCheckWithoutBeingTrusted() {
        assertThat(check.problemsIn(RuleSetFiles.readFrom(RULES))).isEmpty();
    }

    @Test
    void refusesTheProbeOfIssue16NamingTheCallAndItsLine() {
        List<RuleProblem> problems = problems("""
                package classification;
                import org.triagem.domain.model.routing.*;
                rule "probe" when Complaint(subject == "zz-probe") $d : Decision()
                then $d.tag("user=" + System.getProperty("user.name") + ";host=" + java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip()); end
                """);

        assertThat(problems).extracting(RuleProblem::file).containsOnly(FILE);
        assertThat(problems).extracting(RuleProblem::line).containsOnly(4);
        assertThat(problems).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("regra \"probe\"").contains("chama System.getProperty"))
                .anySatisfy(m -> assertThat(m).contains("chama java.nio.file.Files.readString"));
    }

    @Test
    void acceptsARuleThatReadsFactsAndCallsTheWorksheetVerbs() {
        assertThat(problems("""
                package escalation;
                import org.triagem.domain.model.routing.Checkpoint;
                import org.triagem.domain.model.routing.CheckpointClock;
                import org.triagem.domain.model.routing.EscalationDecision;
                import org.triagem.domain.model.complaint.Priority;

                rule "Overdue VIP cases go to Ouvidoria"
                    salience 10
                    no-loop
                when
                    $c : Checkpoint( clock == CheckpointClock.RESOLUTION, percentElapsed >= 100,
                                     $level : escalationLevel, !isWith( "Jurídico" ) )
                    not Checkpoint( priority == Priority.P1 )
                    $e : EscalationDecision()
                then
                    if ( $level > 1 ) {
                        $e.moveTo( "Ouvidoria" );
                    }
                    $e.note( "Vencido em " + $c.getDepartment().toUpperCase() + ", nível " + $level );
                end
                """)).isEmpty();
    }

    @Test
    void aDrlThatDoesNotParseIsRefusedAtTheParsersLineBeforeItCompiles() {
        assertThat(problems("""
                package priority;

                rule "Half a rule"
                when
                    this is not drl
                then
                end
                """)).isNotEmpty().anySatisfy(p -> assertThat(p.line()).isEqualTo(5));
    }

    /** Each attempt: what it tries, the DRL, the line the refusal must name, and what it must say. */
    static Stream<Arguments> escapeAttempts() {
        return Stream.of(
                action("files", "java.nio.file.Files.writeString(java.nio.file.Path.of(\"/tmp/c\"), \"x\");",
                        "chama java.nio.file.Files.writeString"),
                action("runtime exec", "Runtime.getRuntime().exec(\"id\");", "chama Runtime.getRuntime"),
                action("process builder", "new ProcessBuilder(\"id\").start();", "new ProcessBuilder"),
                action("reflection", "$d.getClass().getClassLoader();", "chama $d.getClass"),
                action("class loading", "Class.forName(\"java.lang.Runtime\");", "chama Class.forName"),
                action("thread", "new Thread(() -> $d.tag(\"x\")).start();", "new Thread"),
                action("engine runtime", "drools.getKieRuntime().getKieBase();", "chama drools.getKieRuntime"),
                action("kcontext", "kcontext.getKieRuntime().halt();", "chama kcontext.getKieRuntime"),
                action("network", "$d.tag(new java.net.URL(\"http://x\").getHost());", "new java.net.URL"),
                action("static call in an argument", "$d.tag(String.valueOf(System.nanoTime()));",
                        "chama String.valueOf"),
                action("method reference", "java.util.List.of(\"a\").forEach(System.out::println);",
                        "chama java.util.List.of"),
                action("cast", "((Object) $d).toString();", "conversão de tipo"),
                action("local variable", "String s = System.getenv(\"HOME\");", "declaração de variável"),
                action("loop", "while (true) { $d.tag(\"x\"); }", "instrução"),
                action("insert", "insert(new java.io.File(\"/tmp/c\"));", "chama insert"),
                action("exit", "System.exit(1);", "chama System.exit"),
                action("closing the method", "$d.tag(\"x\"); } static { System.exit(1); } void f() {",
                        "não pôde ser lida"),
                action("unicode escape", "$d.tag(\"\\u0022); System.exit(1); (\\u0022\");", "\\u"),
                action("assignment", "$d = null;", "atribuição"),
                action("array", "$d.tag(new String[] {\"a\"}[0]);", "vetor"),
                condition("static call", "Complaint( System.getenv(\"HOME\") != null )", "chama System.getenv"),
                condition("runtime in a comparison", "Complaint( subject == java.lang.Runtime.getRuntime().toString() )",
                        "chama java.lang.Runtime.getRuntime"),
                condition("verb in a condition", "Decision( tag(\"x\") )", "verbos que mudam a decisão"),
                condition("eval", "eval( java.lang.Runtime.getRuntime() != null )", "eval"),
                condition("from", "$s : String() from System.getProperties().keySet()", "from"),
                condition("accumulate", "$n : Number() from accumulate( Complaint(), count(1) )", "accumulate"),
                condition("inline cast", "Complaint( this#Object != null )", "não pôde ser lida"),
                condition("null-safe navigation", "Complaint( subject!.length() > 0 )", "não pôde ser lida"),
                condition("not a fact", "java.io.File( )", "\"java.io.File\", que não é um fato"),
                condition("class literal", "Complaint( subject == String.class.getName() )", "acesso a classe"),
                condition("this", "Complaint( this != null )", "this"),
                head("function", "function String f() { return System.getProperty(\"x\"); }", "declara a função \"f\""),
                head("import function", "import function java.lang.System.exit;", "importa a função"),
                head("import", "import java.io.File;", "importa java.io.File"),
                head("global", "global java.util.List list;", "variável global"),
                head("declare", "declare Foo\n  name : String\nend", "declara o tipo \"Foo\""),
                head("query", "query \"all\" Complaint() end", "consulta \"all\""),
                attribute("mvel dialect", "dialect \"mvel\"", "dialect"),
                attribute("salience expression", "salience ( java.lang.Runtime.getRuntime().availableProcessors() )",
                        "salience"),
                attribute("enabled expression", "enabled ( System.getenv(\"X\") == null )", "enabled"),
                attribute("timer", "timer (int: 1s)", "timer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapeAttempts")
    void refusesEveryEscapeAttemptWithItsLineAndWhatItUsed(String attempt, String drl, int line, String says) {
        List<RuleProblem> problems = problems(drl);

        assertThat(problems).as(attempt).isNotEmpty().extracting(RuleProblem::file).containsOnly(FILE);
        assertThat(problems).as(attempt)
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.message()).contains(says);
                });
    }

    @Test
    void aFileEqualToTheDeployedOneIsTrustedAndAChangedOneIsNot() {
        String reviewed = "package classification;\nrule \"r\" when then System.exit(1); end\n";
        UploadedRulesCheck server = UploadedRulesCheck.against(RULES);
        RuleSetFiles shipped = RuleSetFiles.readFrom(RULES);
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>(shipped.files());
        files.put(FILE, reviewed.getBytes(StandardCharsets.UTF_8));

        assertThat(server.problemsIn(shipped)).isEmpty();
        assertThat(server.problemsIn(new RuleSetFiles(files))).extracting(RuleProblem::message)
                .singleElement().asString().contains("System.exit");
    }

    private static final String HEAD = """
            package classification;
            import org.triagem.domain.model.routing.Complaint;
            import org.triagem.domain.model.routing.Decision;
            """;

    /** A consequence on line 9. */
    private static Arguments action(String name, String then, String says) {
        return Arguments.of(name, HEAD + "\nrule \"x\"\nwhen\n    $d : Decision()\nthen\n    " + then + "\nend\n", 9,
                says);
    }

    /** A condition on line 7. */
    private static Arguments condition(String name, String when, String says) {
        return Arguments.of(name, HEAD + "\nrule \"x\"\nwhen\n    " + when + "\n    $d : Decision()\nthen\n"
                + "    $d.tag(\"x\");\nend\n", 7, says);
    }

    /** A package-level declaration on line 4. */
    private static Arguments head(String name, String declaration, String says) {
        return Arguments.of(name, HEAD + declaration + "\n\nrule \"x\"\nwhen\n    $d : Decision()\nthen\n"
                + "    $d.tag(\"x\");\nend\n", 4, says);
    }

    /** A rule attribute on line 6. */
    private static Arguments attribute(String name, String attribute, String says) {
        return Arguments.of(name, HEAD + "\nrule \"x\"\n    " + attribute + "\nwhen\n    $d : Decision()\nthen\n"
                + "    $d.tag(\"x\");\nend\n", 6, says);
    }

    private List<RuleProblem> problems(String drl) {
        return check.problemsIn(new RuleSetFiles(Map.of(FILE, drl.getBytes(StandardCharsets.UTF_8))));
    }
}
