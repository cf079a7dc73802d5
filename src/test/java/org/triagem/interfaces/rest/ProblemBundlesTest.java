package org.triagem.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.triagem.SourceScan;
import org.triagem.domain.model.complaint.CaseAction;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.complaint.InvalidCaseRequestException;
import org.triagem.domain.model.complaint.InvalidProtocolNumberException;

/** The problem texts in pt-BR and English: the same keys in both, and every problem the code writes has them. */
class ProblemBundlesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemBundlesTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties pt = bundle("problems_pt_BR.properties");
        Properties en = bundle("problems_en.properties");
        assertThat(pt.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(pt.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void everyProblemTypeTheCodeWritesHasATitleInBothLanguages() throws IOException {
        Properties en = bundle("problems_en.properties");
        Pattern written = Pattern.compile("Problem\\.(?:of|coded)\\(\\s*\"([a-z0-9-]+)\"\\s*,");
        List<String> slugs = new ArrayList<>();
        for (Path file : SourceScan.javaFilesUnder(Path.of("src/main/java"))) {
            Matcher m = written.matcher(Files.readString(file));
            while (m.find()) {
                slugs.add(m.group(1));
            }
        }
        assertThat(slugs).hasSizeGreaterThan(30);
        assertThat(slugs).allSatisfy(slug -> assertThat(en.getProperty(slug + ".title")).as(slug).isNotNull());
    }

    @Test
    void everyTitleWrittenInEnglishInTheCodeIsTheBundlesSoItIsSaidInPortuguese() throws IOException {
        Properties en = bundle("problems_en.properties");
        Pattern written = Pattern.compile("Problem\\.of\\(\\s*\"([a-z0-9-]+)\",\\s*\"([^\"]+)\"");
        for (Path file : SourceScan.javaFilesUnder(Path.of("src/main/java"))) {
            Matcher m = written.matcher(Files.readString(file));
            while (m.find()) {
                String slug = m.group(1);
                String title = m.group(2);
                assertThat(en.stringPropertyNames().stream().filter(k -> k.startsWith(slug + ".title"))
                        .map(en::getProperty)).as("%s in %s", slug, file).contains(title);
            }
        }
    }

    @Test
    void everyReasonARequestOrAProtocolIsRefusedForHasItsDetail() throws IOException {
        Properties en = bundle("problems_en.properties");
        for (InvalidCaseRequestException.Reason r : InvalidCaseRequestException.Reason.values()) {
            // the English answer is the exception's own message
            assertThat(en.getProperty("invalid-action." + r.name())).isEqualTo(r.english());
        }
        for (InvalidProtocolNumberException.Reason r : InvalidProtocolNumberException.Reason.values()) {
            assertThat(en).containsKey("invalid-protocol." + r.name());
        }
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(en).containsKey("status." + s.name());
        }
        for (CaseAction a : CaseAction.values()) {
            assertThat(en).containsKey("action." + a.slug());
        }
    }

    @Test
    void aCodedProblemIsWrittenInEnglishAndSaidInPortugueseByDefault() {
        Problem refused = Problem.coded("invalid-action", 422,
                InvalidCaseRequestException.Reason.MERGE_INTO_CLOSED_CASE.name(), "20260000000014", CaseStatus.CLOSED);
        assertThat(refused.title()).isEqualTo("The action cannot be done as asked");
        assertThat(refused.detail()).isEqualTo("case 20260000000014 is CLOSED; merge into an open case");

        Problem said = ProblemTexts.forLanguages(List.of()).translate(refused);
        assertThat(said.title()).isEqualTo("A ação não pode ser feita como pedida");
        assertThat(said.detail()).isEqualTo("O caso 20260000000014 está na situação Encerrado; mescle num caso em aberto.");
        assertThat(said.type()).isEqualTo(refused.type());
        assertThat(said.status()).isEqualTo(422);
    }

    @Test
    void englishIsSaidWhenPreferredAndPortugueseForAnyOtherLanguage() {
        assertThat(ProblemTexts.forLanguages(List.of(Locale.forLanguageTag("en-US"))).languageTag()).isEqualTo("en");
        assertThat(ProblemTexts.forLanguages(List.of(Locale.FRENCH, Locale.UK)).languageTag()).isEqualTo("en");
        assertThat(ProblemTexts.forLanguages(List.of(Locale.forLanguageTag("pt-PT"), Locale.ENGLISH)).languageTag())
                .isEqualTo("pt-BR");
        assertThat(ProblemTexts.forLanguages(List.of(Locale.GERMAN)).languageTag()).isEqualTo("pt-BR");
    }

    @Test
    void anAcceptLanguageHeaderAsWrittenPicksTheSameWay() {
        assertThat(ProblemTexts.forHeader(null).languageTag()).isEqualTo("pt-BR");
        assertThat(ProblemTexts.forHeader("en-GB,en;q=0.8,pt-BR;q=0.5").languageTag()).isEqualTo("en");
        assertThat(ProblemTexts.forHeader("pt-BR,en;q=0.9").languageTag()).isEqualTo("pt-BR");
        assertThat(ProblemTexts.forHeader("*").languageTag()).isEqualTo("pt-BR");
        assertThat(ProblemTexts.forHeader("x;;q=zz,,").languageTag()).isEqualTo("pt-BR");
        Problem csrf = ProblemLanguage.said(Problem.of("csrf", "Missing CSRF header", 403,
                "State-changing calls must send the header X-Triagem-CSRF: 1."), null).getKey();
        assertThat(csrf.title()).isEqualTo("Falta o cabeçalho CSRF");
    }

    @Test
    void aProblemWrittenWithItsEnglishIsRecognisedAndAnyOtherTextIsLeftAsItIs() {
        ProblemTexts pt = ProblemTexts.PORTUGUESE;
        Problem notFound = pt.translate(Problem.of("http-404", "Not Found", 404, "There is nothing at this address."));
        assertThat(notFound.title()).isEqualTo("Não encontrado");
        assertThat(notFound.detail()).isEqualTo("Não há nada neste endereço.");

        Problem fields = pt.translate(Problem.of("invalid-input", "Invalid input", 400, "Please correct: email, cpf")
                .withErrors(List.of(new Problem.FieldError("email", "x"), new Problem.FieldError("cpf", "y"))));
        assertThat(fields.title()).isEqualTo("Dados inválidos");
        assertThat(fields.detail()).isEqualTo("Corrija: email, cpf");

        Problem description = pt.translate(Problem.of("payload-too-large", "Description too large", 413,
                "The description may have at most 64 KB."));
        assertThat(description.title()).isEqualTo("Descrição grande demais");
        assertThat(description.detail()).isEqualTo("A descrição pode ter no máximo 64 KB.");

        Problem unknown = pt.translate(Problem.of("forbidden", "Not allowed", 403, "Only a supervisor may do this."));
        assertThat(unknown.title()).isEqualTo("Não permitido");
        assertThat(unknown.detail()).isEqualTo("Only a supervisor may do this.");
    }

    @Test
    void theActionsAllowedAreSaidAsTheirNamesOrNone() {
        Problem refused = Problem.coded("illegal-action", 409, "detail", CaseStatus.MERGED, CaseAction.CLOSE,
                java.util.Set.of());
        assertThat(refused.detail()).isEqualTo("a case in status MERGED does not accept close; allowed: none");
        assertThat(ProblemTexts.PORTUGUESE.translate(refused).detail())
                .isEqualTo("Um caso na situação Mesclado não aceita a ação encerrar. Ações permitidas: nenhuma.");
    }

    @Test
    void theKeysTravelWithTheProblemButNotInItsJson() throws Exception {
        Problem coded = Problem.coded("too-many-attempts", 429, "detail", 30L);
        assertThat(coded.detail()).isEqualTo("Too many failed attempts. Try again in 30 seconds.");
        try (var jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(coded);
            assertThat(json).startsWith("{\"type\":\"https://triagem.org/problems/too-many-attempts\"")
                    .doesNotContain("said").doesNotContain("args");
        }
    }

    /**
     * The messages the code writes of one field, as literals: in a FieldError, a Bean Validation
     * annotation (or our own constraint's default), a request's invalid(field, message), an enum of JSON
     * kinds, a call event's violation. A literal the code goes on with ("must be among " + ...)
     * is kept with a trailing "+" so its start is checked.
     */
    private static final List<Pattern> FIELD_MESSAGES = List.of(
            Pattern.compile("FieldError\\(\\s*[^,()]+,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*\\+)?"),
            Pattern.compile("message\\s*=\\s*\"([^\"]+)\"()"),
            Pattern.compile("message\\(\\)\\s+default\\s+\"([^\"]+)\"()"),
            Pattern.compile("invalid\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"(\\s*\\+)?"),
            Pattern.compile("\"(?:strategy|mode)\",\\s*\"([^\"]+)\"()"),
            Pattern.compile("^\\s+[A-Z_]+\\(\"([^\"]+)\"\\)()", Pattern.MULTILINE),
            Pattern.compile("Violation\\(\\s*\"[^\"]*\",\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*\\+)?"));

    @Test
    void everyFieldMessageTheCodeWritesIsSaidInBothLanguages() throws IOException {
        Properties en = bundle("problems_en.properties");
        List<String> fieldTexts = en.stringPropertyNames().stream().filter(k -> k.startsWith(ProblemTexts.FIELD))
                .map(k -> en.getProperty(k).replace("''", "'")).toList();
        List<String> written = new ArrayList<>();
        for (Path file : SourceScan.javaFilesUnder(Path.of("src/main/java/org/triagem/interfaces"))) {
            String source = Files.readString(file);
            for (Pattern p : FIELD_MESSAGES) {
                Matcher m = p.matcher(source);
                while (m.find()) {
                    if (p.pattern().startsWith("^") && !file.endsWith("StrictJson.java")) {
                        continue; // enum constants with a text are field messages only in StrictJson
                    }
                    String text = m.group(1).replace("\\\"", "\"");
                    written.add(m.group(2) != null && !m.group(2).isEmpty() ? text + "+" : text);
                }
            }
        }
        assertThat(written).hasSizeGreaterThan(40);
        assertThat(written).allSatisfy(text -> {
            if (text.endsWith("+")) {
                String start = text.substring(0, text.length() - 1);
                assertThat(fieldTexts).as("a field.* text starting %s", start).anyMatch(t -> t.startsWith(start));
            } else {
                assertThat(ProblemTexts.PORTUGUESE.fieldMessage(text)).as(text).isNotEqualTo(text);
                assertThat(ProblemTexts.ENGLISH.fieldMessage(text)).as(text).isEqualTo(text);
            }
        });
    }

    @Test
    void aFieldMessageIsSaidWithItsVariablePartsAndItsFieldUnchanged() {
        Problem refused = Problem.of("invalid-input", "Invalid input", 400, "Please correct: description, body")
                .withErrors(List.of(new Problem.FieldError("description", "is required"),
                        new Problem.FieldError("body", "is not valid JSON (line 3, column 14)"),
                        new Problem.FieldError("subject", "must be at most 200 characters"),
                        new Problem.FieldError("fileContent", "must be at most 5.0 MB"),
                        new Problem.FieldError("labelEn", "labelEn is longer than 80 characters"),
                        new Problem.FieldError("x", "something no bundle knows")));
        assertThat(ProblemTexts.PORTUGUESE.translate(refused).errors()).containsExactly(
                new Problem.FieldError("description", "é obrigatório"),
                new Problem.FieldError("body", "não é JSON válido (linha 3, coluna 14)"),
                new Problem.FieldError("subject", "deve ter no máximo 200 caracteres"),
                new Problem.FieldError("fileContent", "deve ter no máximo 5.0 MB"),
                new Problem.FieldError("labelEn", "labelEn tem mais de 80 caracteres"),
                new Problem.FieldError("x", "something no bundle knows"));
        assertThat(ProblemTexts.ENGLISH.translate(refused).errors()).isEqualTo(refused.errors());
    }
}
