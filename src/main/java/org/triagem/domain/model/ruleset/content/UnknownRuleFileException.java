package org.triagem.domain.model.ruleset.content;

/** The version holds no file at that path. */
public class UnknownRuleFileException extends RuntimeException {

    private final long version;
    private final String path;

    public UnknownRuleFileException(long version, String path) {
        super("version " + version + " has no file " + path);
        this.version = version;
        this.path = path;
    }

    public long version() {
        return version;
    }

    public String path() {
        return path;
    }
}
