package org.triagem.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.infrastructure.rules.RuleFixtures.complaint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.routing.DecisionStage;
import org.triagem.domain.model.routing.Explanation;
import org.triagem.domain.model.routing.StageFirings;
import org.triagem.domain.model.ruleset.BuildVerdict;
import org.triagem.domain.model.ruleset.CompileProblem;
import org.triagem.domain.model.ruleset.ProposedTree.Source;
import org.triagem.domain.model.ruleset.StoredTree;

/**
 * Rule-set administration through the engine port: a version is built once, then activated and
 * simulated without compiling again; an upload outside the whitelist never compiles; the answers are
 * the domain's explanation and verdict, labelled with the version that decided.
 */
class DroolsRuleEngineTest {

    private static final Path RULES = Path.of(System.getProperty("triagem.rules.dir", "rules"));

    private static final String OWNERSHIP = """
            package ownership;
            import org.triagem.domain.model.routing.Decision;
            rule "Tudo vai para o Atendimento"
            when
                $d : Decision()
            then
                $d.assignTo( "Atendimento" );
            end
            """;

    private static final String PROBE = """
            package ownership;
            import org.triagem.domain.model.routing.Decision;
            rule "probe"
            when
                $d : Decision()
            then
                $d.assignTo( System.getProperty( "user.name" ) );
            end
            """;

    private final CountingCompiler compiler = new CountingCompiler();
    private final ActiveRuleSet active = new ActiveRuleSet();
    private final DroolsRuleEngine engine = new DroolsRuleEngine(compiler, active, RULES,
            new org.triagem.domain.model.catalogue.SeededCatalogues());

    @Test
    void aVersionBuiltOnceIsActivatedAndSimulatedWithoutCompilingAgain() {
        StoredTree v4 = stored(4, Map.of("ownership/tudo.drl", OWNERSHIP));

        BuildVerdict verdict = engine.build(v4, Source.UPLOAD);
        engine.prepare(v4);
        engine.install(v4);
        Explanation why = engine.explain(complaint("minha fatura veio errada"), Optional.of(v4));

        assertThat(verdict.compiles()).isTrue();
        assertThat(verdict.mismatches()).isEmpty();
        assertThat(engine.installedNumber()).hasValue(4);
        assertThat(why.ruleSetVersion()).isEqualTo(v4.label());
        assertThat(why.decision().getDepartment()).isEqualTo("Atendimento");
        assertThat(why.stages()).extracting(StageFirings::stage).containsExactlyElementsOf(DecisionStage.AT_INTAKE);
        assertThat(why.firedRules()).containsExactly("Tudo vai para o Atendimento");
        assertThat(compiler.builds).as("compiled when proposed, never again").hasValue(1);
    }

    @Test
    void anUploadOutsideTheWhitelistIsRefusedBeforeItCompilesWhileTheDeployedDirectoryIsTrusted() {
        StoredTree probe = stored(5, Map.of("ownership/probe.drl", PROBE));

        BuildVerdict uploaded = engine.build(probe, Source.UPLOAD);

        assertThat(uploaded.compiles()).isFalse();
        assertThat(uploaded.problems()).extracting(CompileProblem::file).containsOnly("ownership/probe.drl");
        assertThat(uploaded.problems()).extracting(CompileProblem::message)
                .anySatisfy(m -> assertThat(m).contains("System.getProperty"));
        assertThat(compiler.builds).as("a refused upload never reaches the compiler").hasValue(0);

        assertThat(engine.build(probe, Source.DEPLOYED_DIRECTORY).compiles()).isTrue();
    }

    @Test
    void anUploadRoutingToADepartmentNotInTheListIsRefusedBeforeItCompiles() {
        StoredTree v8 = stored(8, Map.of("ownership/tudo.drl", OWNERSHIP.replace("Atendimento", "Logistica")));

        BuildVerdict uploaded = engine.build(v8, Source.UPLOAD);

        assertThat(uploaded.compiles()).isFalse();
        assertThat(uploaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("ownership/tudo.drl");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("\"Logistica\"").contains("Logística");
        });
        assertThat(compiler.builds).hasValue(0);
    }

    @Test
    void aScenarioTheVersionDecidesDifferentlyIsReportedWithItsRowAndField() {
        Map<String, String> files = new TreeMap<>(Map.of("ownership/tudo.drl", OWNERSHIP));
        files.put("scenarios/intake.csv", """
                subject,description,channel,expected_department
                Fatura,minha fatura veio errada,EMAIL,Financeiro
                """);

        BuildVerdict verdict = engine.build(stored(6, files), Source.DEPLOYED_DIRECTORY);

        assertThat(verdict.compiles()).isTrue();
        assertThat(verdict.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.file()).isEqualTo("scenarios/intake.csv");
            assertThat(m.row()).isEqualTo(2);
            assertThat(m.field()).isEqualTo("expected_department");
            assertThat(m.expected()).isEqualTo("Financeiro");
            assertThat(m.actual()).isEqualTo("Atendimento");
        });
    }

    @Test
    void aVersionThisNodeNeverBuiltIsCompiledFromItsFilesWhenInstalledAndExplainsTheActiveDecision() {
        StoredTree v7 = stored(7, Map.of("ownership/tudo.drl", OWNERSHIP));

        engine.install(v7);
        Explanation why = engine.explain(complaint("quero falar com alguém"), Optional.empty());

        assertThat(compiler.builds).hasValue(1);
        assertThat(why.ruleSetVersion()).isEqualTo("v7 sha256:0123456789abcdef");
        assertThat(why.decision().getDepartment()).isEqualTo("Atendimento");
    }

    @Test
    void aStartWithNoVersionInstalledLeavesReadinessDownWithTheReason() {
        engine.startupFinished();

        assertThat(engine.installedNumber()).isEmpty();
        assertThat(active.whenReady().toCompletableFuture()).failsWithin(Duration.ZERO)
                .withThrowableThat().withMessageContaining("no valid rule-set version is active");
    }

    private static StoredTree stored(long number, Map<String, String> files) {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return new StoredTree(number, "v" + number + " sha256:0123456789abcdef", new RuleSetArchive(bytes).toZip());
    }

    /** The real compiler, counting how often it is asked to build. */
    private static final class CountingCompiler extends RuleSetCompiler {

        final AtomicInteger builds = new AtomicInteger();

        @Override
        public CompiledRuleSet compile(RuleSetFiles tree, String versionLabel) {
            builds.incrementAndGet();
            return super.compile(tree, versionLabel);
        }
    }
}
