package org.triagem.domain.model.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One compile error of a version, located by file and line (or spreadsheet row). */
@Embeddable
public class CompileProblem {

    private static final int MAX_MESSAGE = 4000;

    @Column(nullable = false, length = 300)
    private String file;

    @Column(name = "line_number", nullable = false)
    private int line;

    @Column(nullable = false, length = MAX_MESSAGE)
    private String message;

    protected CompileProblem() {
        // for JPA
    }

    public CompileProblem(String file, int line, String message) {
        this.file = file == null ? "" : file;
        this.line = line;
        this.message = Texts.cap(message == null ? "" : message, MAX_MESSAGE);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
