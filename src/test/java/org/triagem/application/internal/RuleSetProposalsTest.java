package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagem.application.RuleEngine;
import org.triagem.application.RuleSetService.Proposal;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Explanation;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyExplanation;
import org.triagem.domain.model.ruleset.BuildVerdict;
import org.triagem.domain.model.ruleset.ProposedTree;
import org.triagem.domain.model.ruleset.RuleSetVersion;
import org.triagem.domain.model.ruleset.RuleSetVersions;
import org.triagem.domain.model.ruleset.ScenarioRemoval;
import org.triagem.domain.model.ruleset.StoredTree;
import org.triagem.infrastructure.rules.ZippedRuleTrees;

/**
 * Proposals as the service stores them: with the active version's scenarios joined in, and no new version
 * for content already stored. The trees are the real ones (the repository's {@code rules/}); the database
 * and the engine are stand-ins, since what is tested is which versions get stored.
 */
class RuleSetProposalsTest {

    private final Versions versions = new Versions();
    private final DefaultRuleSetService service = new DefaultRuleSetService();
    private byte[] shipped;

    @BeforeEach
    void wire() throws Exception {
        ZippedRuleTrees trees = new ZippedRuleTrees();
        Field dir = ZippedRuleTrees.class.getDeclaredField("rulesDir");
        dir.setAccessible(true);
        dir.set(trees, Path.of(System.getProperty("triagem.rules.dir", "rules")).toString());
        service.trees = trees;
        service.versions = versions;
        service.engine = new PassingEngine();
        service.clock = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
        shipped = trees.deployed().zip();
        // The shipped tree is the active version, as after the first start.
        versions.active = Optional.of(service.submit(shipped, "system", "seed", ScenarioRemoval.NONE)
                .version().number());
    }

    @Test
    void theSameZipTwiceMakesOneVersionAndTheSecondAnswerSaysWhichOne() {
        byte[] changed = withFile(shipped, "scenarios/extra.csv",
                "name,channel,description,expected_department\nExtra,EMAIL,Vou ao Procon,Ouvidoria\n");

        Proposal first = service.submit(changed, "ana", "um cenário a mais", ScenarioRemoval.NONE);
        Proposal second = service.submit(changed, "ana", "de novo", ScenarioRemoval.NONE);

        assertThat(first.identical()).isFalse();
        assertThat(second.identical()).isTrue();
        assertThat(second.version().number()).isEqualTo(first.version().number());
        assertThat(versions.all()).hasSize(2);
    }

    @Test
    void aZipWithoutScenariosIsTheActiveVersionWithItsScenariosSoItMakesNoVersion() {
        Proposal bare = service.submit(without(shipped, p -> p.startsWith("scenarios/")), "ana", null,
                ScenarioRemoval.NONE);

        assertThat(bare.identical()).isTrue();
        assertThat(bare.version().number()).isEqualTo(versions.active.orElseThrow());
    }

    @Test
    void aZipWithoutTheServerScenariosStillStoresAndRunsThemUnlessOneIsNamedWithAReason() {
        byte[] bare = withFile(without(shipped, p -> p.startsWith("scenarios/")), "ownership/nota.drl",
                "package ownership;\n");

        RuleSetVersion kept = service.submit(bare, "ana", null, ScenarioRemoval.NONE).version();
        RuleSetVersion shrunk = service.submit(bare, "ana", null, new ScenarioRemoval(
                List.of("Ameaça de Procon"), "O Procon agora é do Jurídico")).version();

        assertThat(scenarioText(kept)).contains("Ameaça de Procon").contains("Cobrança em dobro no cartão");
        assertThat(scenarioText(shrunk)).doesNotContain("Ameaça de Procon").contains("Cobrança em dobro no cartão");
        assertThat(shrunk.removedScenarios()).containsExactly("scenarios/intake.csv: Ameaça de Procon");
        assertThat(shrunk.scenarioRemovalReason()).isEqualTo("O Procon agora é do Jurídico");
        assertThat(kept.removedScenarios()).isEmpty();
    }

    @Test
    void changingOnlyAScenarioIsANewVersionSinceItChangesTheGate() {
        Proposal proposal = service.submitChanges(Map.of("scenarios/extra.csv",
                "name,channel,description,expected_department\nExtra,EMAIL,Olá,Atendimento\n"
                        .getBytes(StandardCharsets.UTF_8)), Optional.empty(), "ana", null, ScenarioRemoval.NONE);

        assertThat(proposal.identical()).isFalse();
        assertThat(proposal.version().checksum()).isEqualTo(versions.all().get(1).checksum());
        assertThat(service.submitChanges(Map.of("scenarios/extra.csv",
                "name,channel,description,expected_department\nExtra,EMAIL,Olá,Atendimento\n"
                        .getBytes(StandardCharsets.UTF_8)), Optional.empty(), "ana", null, ScenarioRemoval.NONE)
                .identical()).isTrue();
    }

    private static String scenarioText(RuleSetVersion version) {
        StringBuilder text = new StringBuilder();
        entries(version.files()).forEach((path, content) -> {
            if (path.startsWith("scenarios/")) {
                text.append(new String(content, StandardCharsets.UTF_8));
            }
        });
        return text.toString();
    }

    private static byte[] withFile(byte[] zip, String path, String content) {
        Map<String, byte[]> files = entries(zip);
        files.put(path, content.getBytes(StandardCharsets.UTF_8));
        return zip(files);
    }

    private static byte[] without(byte[] zip, Predicate<String> dropped) {
        Map<String, byte[]> files = entries(zip);
        files.keySet().removeIf(dropped);
        return zip(files);
    }

    private static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** The stored versions, numbered as the database's sequence would. */
    private static final class Versions implements RuleSetVersions {

        final List<RuleSetVersion> stored = new ArrayList<>();
        Optional<Long> active = Optional.empty();

        @Override
        public void add(RuleSetVersion version) {
            try {
                Field number = RuleSetVersion.class.getDeclaredField("number");
                number.setAccessible(true);
                number.set(version, (long) stored.size() + 1);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            stored.add(version);
        }

        @Override
        public Optional<RuleSetVersion> find(long number) {
            return stored.stream().filter(v -> v.number() == number).findFirst();
        }

        @Override
        public List<RuleSetVersion> all() {
            List<RuleSetVersion> newestFirst = new ArrayList<>(stored);
            java.util.Collections.reverse(newestFirst);
            return newestFirst;
        }

        @Override
        public boolean isEmpty() {
            return stored.isEmpty();
        }

        @Override
        public List<RuleSetVersion> withChecksum(String checksum) {
            return stored.stream().filter(v -> v.checksum().equals(checksum)).toList();
        }

        @Override
        public Optional<Long> activeNumber() {
            return active;
        }

        @Override
        public void lockActivePointer() {
            // one thread
        }

        @Override
        public void pointActiveAt(RuleSetVersion version, String actor, java.time.OffsetDateTime now) {
            active = Optional.of(version.number());
        }
    }

    /** Every tree compiles and passes: which versions are stored does not depend on it. */
    private static final class PassingEngine implements RuleEngine {

        @Override
        public BuildVerdict build(StoredTree version, ProposedTree.Source source) {
            return new BuildVerdict(List.of(), List.of());
        }

        @Override
        public void prepare(StoredTree version) {
        }

        @Override
        public void install(StoredTree version) {
        }

        @Override
        public OptionalLong installedNumber() {
            return OptionalLong.empty();
        }

        @Override
        public void startupFinished() {
        }

        @Override
        public void startupFailed(RuntimeException cause) {
        }

        @Override
        public Explanation explain(Complaint complaint, Optional<StoredTree> version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SurveyExplanation explainSurvey(ResolvedCase resolved, Optional<StoredTree> version) {
            throw new UnsupportedOperationException();
        }
    }
}
