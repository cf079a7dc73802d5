package org.triagem.domain.model.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A scenario row a version decided differently from what the analysts expect. */
@Embeddable
public class ScenarioMismatch {

    private static final int MAX_VALUE = 2000;

    @Column(nullable = false, length = 300)
    private String file;

    @Column(name = "scenario_row", nullable = false)
    private int row;

    @Column(nullable = false, length = 120)
    private String field;

    @Column(length = MAX_VALUE)
    private String expected;

    @Column(length = MAX_VALUE)
    private String actual;

    protected ScenarioMismatch() {
        // for JPA
    }

    public ScenarioMismatch(String file, int row, String field, String expected, String actual) {
        this.file = file;
        this.row = row;
        this.field = Texts.cap(field, 120);
        this.expected = Texts.cap(expected, MAX_VALUE);
        this.actual = Texts.cap(actual, MAX_VALUE);
    }

    public String file() {
        return file;
    }

    public int row() {
        return row;
    }

    public String field() {
        return field;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
