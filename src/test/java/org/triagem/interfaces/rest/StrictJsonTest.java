package org.triagem.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triagem.interfaces.channel.WebFormSubmission;

class StrictJsonTest {

    private static List<Problem.FieldError> check(String json) {
        return StrictJson.check(json.getBytes(StandardCharsets.UTF_8), WebFormSubmission.class);
    }

    private static List<String> fields(List<Problem.FieldError> errors) {
        return errors.stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void aSoundComplaintPasses() {
        assertThat(check("{\"subject\":\"Cobrança\",\"description\":\"Cobrado duas vezes\",\"extra\":[1]}")).isEmpty();
    }

    @Test
    void anArrayOrANumberWhereTextIsExpectedNamesTheField() {
        assertThat(fields(check("{\"description\":[\"a\"],\"subject\":12,\"email\":{}}")))
                .containsExactlyInAnyOrder("description", "subject", "email");
        assertThat(check("{\"description\":true}")).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("must be text"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotSilentlyOverwritten() {
        assertThat(fields(check("{\"description\":\"a\",\"description\":\"b\"}"))).containsExactly("description");
        assertThat(fields(check("{\"a\":{\"x\":1,\"x\":2}}"))).containsExactly("a.x");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = {'{', '"', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(StrictJson.check(body, WebFormSubmission.class)).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("is not valid UTF-8"));
    }

    @Test
    void aNulCharacterInTextIsRefused() {
        assertThat(fields(check("{\"description\":\"abc\\u0000def\"}"))).containsExactly("description");
    }

    @Test
    void deepNestingAndBrokenJsonAreTheBodysFault() {
        assertThat(fields(check("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"))).containsExactly("body");
        assertThat(fields(check("{\"description\":"))).containsExactly("body");
    }

    @Test
    void aFractionOrAnOverflowWhereAWholeNumberIsExpectedIsRefusedNotTruncated() {
        java.util.function.Function<String, List<Problem.FieldError>> survey =
                json -> StrictJson.check(json.getBytes(StandardCharsets.UTF_8), SurveyAnswerRequest.class);
        assertThat(survey.apply("{\"csat\":4}")).isEmpty();
        assertThat(fields(survey.apply("{\"csat\":4.5,\"nps\":99999999999,\"ces\":\"5\"}")))
                .containsExactlyInAnyOrder("csat", "nps", "ces");
        assertThat(survey.apply("{\"csat\":4.5}")).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("must be a whole number"));
    }
}
