package org.triagem.domain.model.ruleset.content;

import java.util.List;

/** Two versions compared, file by file, in path order. */
public record VersionDiff(long from, long to, List<FileDiff> files) {

    public VersionDiff {
        files = List.copyOf(files);
    }

    /** The files added, removed or changed. */
    public List<FileDiff> changed() {
        return files.stream().filter(f -> f.change() != Change.UNCHANGED).toList();
    }
}
