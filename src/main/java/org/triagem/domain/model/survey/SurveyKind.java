package org.triagem.domain.model.survey;

/** The three questions a survey can ask, each with its own scale. */
public enum SurveyKind {
    /** Customer satisfaction: "how satisfied are you with the service", 1 to 5. */
    CSAT(1, 5),
    /** Net Promoter Score: "how likely are you to recommend us", 0 to 10. */
    NPS(0, 10),
    /** Customer effort: "how easy was it to solve", 1 to 7. */
    CES(1, 7);

    private final int min;
    private final int max;

    SurveyKind(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean accepts(int score) {
        return score >= min && score <= max;
    }

    /** @throws IllegalArgumentException naming the scale, for a score outside it */
    public int requireValid(int score) {
        if (!accepts(score)) {
            throw new IllegalArgumentException(name() + " is answered from " + min + " to " + max + ", not " + score);
        }
        return score;
    }
}
