package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.Checkpoint;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.DecisionStage;
import org.triagem.infrastructure.rules.CompiledRuleSet;
import org.triagem.infrastructure.rules.RuleLoopException;
import org.triagem.infrastructure.rules.RuleProblem;
import org.triagem.infrastructure.rules.RuleSetCompilationException;
import org.triagem.infrastructure.rules.RuleSetCompiler;
import org.triagem.infrastructure.rules.RuleSetFiles;

/** What protects the server from a faulty rules tree: compile errors with their place, and the firing cap. */
class RuleSetGuardsTest {

    private static final String LOOPING_PRIORITY = """
            package priority;

            import org.triagem.domain.model.routing.Decision;

            rule "Every change to the worksheet makes this rule match again"
            when
                $d : Decision()
            then
                update( $d );
            end
            """;

    private static final String LOOPING_ESCALATION = """
            package escalation;

            import org.triagem.domain.model.routing.EscalationDecision;

            rule "Escalation that never stops"
            when
                $e : EscalationDecision()
            then
                $e.notifySupervisor();
                update( $e );
            end
            """;

    private static final Complaint ANY_COMPLAINT = new Complaint(Channel.EMAIL, "Olá", "Tudo bem?", null, true);

    @Test
    void stopsALoopingRuleAtTheFiringCapAndNamesIt(@TempDir Path root) throws IOException {
        write(root, "priority/loop.drl", LOOPING_PRIORITY);
        CompiledRuleSet rules = new RuleSetCompiler(50).compile(RuleSetFiles.readFrom(root));

        assertThatThrownBy(() -> rules.evaluate(ANY_COMPLAINT))
                .isInstanceOfSatisfying(RuleLoopException.class, e -> {
                    assertThat(e.stage()).isEqualTo(DecisionStage.PRIORITY);
                    assertThat(e.firingCap()).isEqualTo(50);
                    assertThat(e.lastRule()).isEqualTo("Every change to the worksheet makes this rule match again");
                })
                .hasMessageContaining("priority rules fired more than 50 times");
    }

    @Test
    void stopsALoopingEscalationRuleToo(@TempDir Path root) throws IOException {
        write(root, "escalation/loop.drl", LOOPING_ESCALATION);
        CompiledRuleSet rules = new RuleSetCompiler().compile(RuleSetFiles.readFrom(root));
        Checkpoint checkpoint = new Checkpoint(CheckpointClock.RESOLUTION, 100, "Financeiro", Priority.P3, 0);

        assertThatThrownBy(() -> rules.escalate(checkpoint))
                .isInstanceOfSatisfying(RuleLoopException.class,
                        e -> assertThat(e.firingCap()).isEqualTo(CompiledRuleSet.DEFAULT_FIRING_CAP));
    }

    @Test
    void capsFiringsAtAThousandByDefault() {
        assertThat(new RuleSetCompiler().compile(RuleSetFiles.readFrom(RulesFixture.rulesDir())).firingCap())
                .isEqualTo(1000);
    }

    @Test
    void letsTheDefaultRulesDecideWellUnderTheCap() {
        assertThat(RulesFixture.rules().evaluate(ANY_COMPLAINT).firedRules()).hasSizeLessThan(20);
    }

    @Test
    void reportsTheFileAndLineOfABrokenDrl(@TempDir Path root) throws IOException {
        write(root, "priority/broken.drl", """
                package priority;

                import org.triagem.domain.model.routing.Decision;

                rule "A rule with a typo"
                when
                    $d : Decision( priority === 3 )
                then
                    $d.note( "never" );
                end
                """);
        RuleSetFiles tree = RuleSetFiles.readFrom(root);

        assertThatThrownBy(() -> new RuleSetCompiler().compile(tree))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::file, RuleProblem::line)
                        .contains(org.assertj.core.groups.Tuple.tuple("priority/broken.drl", 7)));
    }

    @Test
    void rejectsAPackageThatDoesNotMatchItsFolder(@TempDir Path root) throws IOException {
        write(root, "priority/misplaced.drl", LOOPING_PRIORITY.replace("package priority;", "package sla;"));
        RuleSetFiles tree = RuleSetFiles.readFrom(root);

        // Drools itself would compile it, and its rules would silently never run.
        assertThatThrownBy(() -> new RuleSetCompiler().compile(tree))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("priority/misplaced.drl");
                            assertThat(p.message()).contains("declares package \"sla\" but is in folder \"priority\"");
                        }));
    }

    @Test
    void rejectsADecisionTableWhoseRuleSetIsNotItsFolder(@TempDir Path root) throws IOException {
        write(root, "sla/targets.drl.csv", "RuleSet,slas\nRuleTable T,\nNAME,ACTION\n,\n,\"System.out.println(1);\"\n,label\nrow,x\n");
        RuleSetFiles tree = RuleSetFiles.readFrom(root);

        assertThatThrownBy(() -> new RuleSetCompiler().compile(tree))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::file).containsExactly("sla/targets.drl.csv"));
    }

    @Test
    void reportsAnErrorInATableAtTheSpreadsheetRowNotInTheGeneratedDrl(@TempDir Path root) throws IOException {
        // Row 12 of the copy is broken: "dois" is not a number.
        String table = Files.readString(Path.of("rules/ownership/ownership.drl.csv"), StandardCharsets.UTF_8);
        List<String> rows = new java.util.ArrayList<>(List.of(table.split("\n")));
        String[] cells = rows.get(11).split(",", -1);
        cells[3] = "dois";
        rows.set(11, String.join(",", cells));
        write(root, "ownership/ownership.drl.csv", String.join("\n", rows) + "\n");
        RuleSetFiles tree = RuleSetFiles.readFrom(root);

        assertThatThrownBy(() -> new RuleSetCompiler().compile(tree))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("ownership/ownership.drl.csv");
                            assertThat(p.line()).isEqualTo(12);
                            assertThat(p.column()).isEqualTo("D");
                            assertThat(p.message()).startsWith("A célula D12 (linha 12, coluna D), condição")
                                    .contains("dois");
                        }));
    }

    @Test
    void rejectsRulesOutsideTheDecisionFolders(@TempDir Path root) throws IOException {
        write(root, "classfication/typo.drl", "package classfication;\n");
        RuleSetFiles tree = RuleSetFiles.readFrom(root);

        assertThatThrownBy(() -> new RuleSetCompiler().compile(tree))
                .isInstanceOf(RuleSetCompilationException.class)
                .hasMessageContaining("classfication/typo.drl: is not in a decision folder");
    }

    private static void write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
