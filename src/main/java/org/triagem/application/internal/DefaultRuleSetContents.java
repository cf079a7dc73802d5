package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.triagem.application.RuleFileReader;
import org.triagem.application.RuleSetContents;
import org.triagem.application.RuleSetService;
import org.triagem.domain.model.ruleset.content.RuleFileContent;
import org.triagem.domain.model.ruleset.content.RuleFileKind;
import org.triagem.domain.model.ruleset.content.TableModel;
import org.triagem.domain.model.ruleset.content.UnknownRuleFileException;
import org.triagem.domain.model.ruleset.content.VersionComparison;
import org.triagem.domain.model.ruleset.content.VersionDiff;

/**
 * Reads stored versions for people. A version's files never change once stored, so nothing here needs
 * a transaction of its own beyond the one that loads the version.
 */
@ApplicationScoped
class DefaultRuleSetContents implements RuleSetContents {

    @Inject
    RuleSetService rulesets;

    @Inject
    RuleFileReader reader;

    @Override
    public Map<String, byte[]> files(long version) {
        // Listing parses nothing: a workbook is only opened when someone looks at it.
        return reader.unzip(rulesets.version(version).files());
    }

    @Override
    public RuleFileContent file(long version, String path) {
        byte[] bytes = reader.unzip(rulesets.version(version).files()).get(path);
        if (bytes == null) {
            throw new UnknownRuleFileException(version, path);
        }
        return content(path, bytes);
    }

    @Override
    public byte[] zip(long version) {
        return rulesets.version(version).files();
    }

    @Override
    public VersionDiff diff(long from, long to) {
        return VersionComparison.compare(from, read(from), to, read(to));
    }

    private Map<String, RuleFileContent> read(long version) {
        Map<String, RuleFileContent> files = new LinkedHashMap<>();
        reader.unzip(rulesets.version(version).files()).forEach((path, bytes) -> files.put(path, content(path, bytes)));
        return files;
    }

    /** A table when the file is one and can be read as one; otherwise its text, so nothing is hidden. */
    private RuleFileContent content(String path, byte[] bytes) {
        RuleFileKind kind = RuleFileKind.of(path);
        if (kind.isTable()) {
            try {
                var sheets = reader.sheets(path, bytes);
                TableModel table = kind == RuleFileKind.SCENARIOS ? TableModel.scenarios(sheets.get(0))
                        : TableModel.decisionTable(sheets);
                return RuleFileContent.table(path, bytes, table);
            } catch (IllegalArgumentException e) {
                if (RuleFileKind.isWorkbook(path)) {
                    return RuleFileContent.text(path, bytes, "");
                }
            }
        }
        return RuleFileContent.text(path, bytes, new String(bytes, StandardCharsets.UTF_8));
    }
}
