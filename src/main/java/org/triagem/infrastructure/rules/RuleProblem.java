package org.triagem.infrastructure.rules;

/** One compile error in a rules tree, located by file and line (or spreadsheet row). */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
