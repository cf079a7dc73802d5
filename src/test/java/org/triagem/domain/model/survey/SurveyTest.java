package org.triagem.domain.model.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(-3));

    private static Survey survey(SurveyKind... kinds) {
        return Survey.offer("2026000000017", "key", EnumSet.of(kinds[0], kinds), NOW, NOW.plusDays(30));
    }

    @Test
    void recordsTheCsatFromTheOneClickLink() {
        Survey s = survey(SurveyKind.CSAT, SurveyKind.NPS);
        assertThat(s.answer(SurveyAnswers.csat(4), NOW.plusHours(1))).containsExactly(SurveyKind.CSAT);
        assertThat(s.score(SurveyKind.CSAT)).isEqualTo(4);
        assertThat(s.isAnswered()).isTrue();
        assertThat(s.answeredAt()).isEqualTo(NOW.plusHours(1));
    }

    @Test
    void keepsTheFirstAnswerWhenTheSameQuestionIsAnsweredAgain() {
        Survey s = survey(SurveyKind.CSAT);
        s.answer(SurveyAnswers.csat(5), NOW);
        assertThatThrownBy(() -> s.answer(SurveyAnswers.csat(1), NOW.plusMinutes(1)))
                .isInstanceOf(SurveyAlreadyAnsweredException.class);
        assertThat(s.score(SurveyKind.CSAT)).isEqualTo(5);
    }

    @Test
    void takesTheRestOfTheQuestionsAfterTheCsat() {
        Survey s = survey(SurveyKind.CSAT, SurveyKind.NPS, SurveyKind.CES);
        s.answer(SurveyAnswers.csat(2), NOW);
        Set<SurveyKind> second = s.answer(new SurveyAnswers(2, 6, 3, "Demorou demais"), NOW.plusMinutes(2));
        assertThat(second).containsExactlyInAnyOrder(SurveyKind.NPS, SurveyKind.CES);
        assertThat(s.comment()).isEqualTo("Demorou demais");
        assertThat(s.answeredAt()).isEqualTo(NOW);
    }

    @Test
    void refusesAScoreOffItsScaleAndChangesNothing() {
        Survey s = survey(SurveyKind.CSAT, SurveyKind.NPS);
        assertThatThrownBy(() -> s.answer(new SurveyAnswers(3, 11, null, null), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NPS");
        assertThat(s.score(SurveyKind.CSAT)).isNull();
        assertThat(s.isAnswered()).isFalse();
    }

    @Test
    void refusesAQuestionThatWasNotAsked() {
        Survey s = survey(SurveyKind.CSAT);
        assertThatThrownBy(() -> s.answer(new SurveyAnswers(null, 9, null, null), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not asked");
    }

    @Test
    void refusesAnAnswerAfterTheSurveyExpired() {
        Survey s = survey(SurveyKind.CSAT);
        assertThatThrownBy(() -> s.answer(SurveyAnswers.csat(3), NOW.plusDays(31)))
                .isInstanceOf(SurveyExpiredException.class);
        assertThat(s.isAnswered()).isFalse();
    }

    @Test
    void knowsTheScalesOfTheThreeSurveys() {
        assertThat(SurveyKind.CSAT.accepts(0)).isFalse();
        assertThat(SurveyKind.CSAT.accepts(5)).isTrue();
        assertThat(SurveyKind.NPS.accepts(0)).isTrue();
        assertThat(SurveyKind.NPS.accepts(11)).isFalse();
        assertThat(SurveyKind.CES.accepts(7)).isTrue();
        assertThat(SurveyKind.CES.accepts(8)).isFalse();
    }

    @Test
    void groupsNpsAnswersIntoPromotersPassivesAndDetractors() {
        assertThat(NpsGroup.of(10)).isEqualTo(NpsGroup.PROMOTER);
        assertThat(NpsGroup.of(9)).isEqualTo(NpsGroup.PROMOTER);
        assertThat(NpsGroup.of(8)).isEqualTo(NpsGroup.PASSIVE);
        assertThat(NpsGroup.of(7)).isEqualTo(NpsGroup.PASSIVE);
        assertThat(NpsGroup.of(6)).isEqualTo(NpsGroup.DETRACTOR);
        assertThat(NpsGroup.of(0)).isEqualTo(NpsGroup.DETRACTOR);
    }
}
