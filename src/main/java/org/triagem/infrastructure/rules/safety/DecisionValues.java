package org.triagem.infrastructure.rules.safety;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triagem.domain.model.catalogue.Catalogue;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.DecisionStage;
import org.triagem.infrastructure.rules.RuleSetFiles;
import org.triagem.infrastructure.rules.wording.AnalystTexts;
import org.triagem.infrastructure.rules.wording.Suggestions;

/**
 * The values a rule may give a decision, and why a given one is refused. Departments are those of the
 * managed list. Priorities are the domain's {@link Priority}. Categories have no managed list: the
 * classification rules make them, so a category is known when the deployed rules' classification or the
 * tree's own classifies into it. A condition that tests an unknown category can never match; a
 * classification into a new category two edits or fewer from a known one is taken for a typo of it
 * ("Cobranca" for "Cobrança"), since a genuinely new category rarely looks like an old one.
 */
final class DecisionValues {

    /** The kinds of value, each with the template slot that takes it and the DRL literal that gives it. */
    enum Kind {
        DEPARTMENT("(?:assignTo|moveTo|isWith)\\(\\s*\"\\$param\"|department\\s*==\\s*\"\\$param\"", null),
        PRIORITY("Priority\\.\\$param", "Priority\\.([A-Za-z_][A-Za-z0-9_]*)"),
        CATEGORY_TEST("category\\s*==\\s*\"\\$param\"", "category\\s*==\\s*\"([^\"$]*)\""),
        CATEGORY_MADE("classifyAs\\(\\s*\"\\$param\"", "classifyAs\\(\\s*\"([^\"$]*)\"\\s*\\)");

        private final Pattern slot;
        private final Pattern literal;

        Kind(String slot, String literal) {
            this.slot = Pattern.compile(slot);
            this.literal = literal == null ? null : Pattern.compile(literal);
        }

        boolean takes(String templateCode) {
            return slot.matcher(templateCode).find();
        }

        /** The DRL literal pattern (departments are read by {@link DepartmentLiterals}, across lines). */
        Optional<Pattern> literal() {
            return Optional.ofNullable(literal);
        }
    }

    private static final Pattern MADE = Kind.CATEGORY_MADE.literal;
    private static final List<String> PRIORITIES = Arrays.stream(Priority.values()).map(Enum::name).toList();

    private final Catalogue departments;
    private final Set<String> shippedCategories;
    private final Set<String> categories;
    private final AnalystTexts texts = AnalystTexts.portuguese();

    private DecisionValues(Catalogue departments, Set<String> shippedCategories, Set<String> treeCategories) {
        this.departments = departments;
        this.shippedCategories = shippedCategories;
        this.categories = new TreeSet<>(shippedCategories);
        this.categories.addAll(treeCategories);
    }

    static DecisionValues of(Catalogue departments, RuleSetFiles deployed, RuleSetFiles tree) {
        return new DecisionValues(departments, categoriesMadeBy(deployed), categoriesMadeBy(tree));
    }

    /** Why the value may not be given, in pt-BR, or empty when it may. */
    Optional<String> refusal(Kind kind, String value) {
        return switch (kind) {
            case DEPARTMENT -> department(value);
            case PRIORITY -> PRIORITIES.contains(value) ? Optional.empty()
                    : Optional.of(texts.text("known.priority", value, suggestion(value, PRIORITIES),
                            String.join(", ", PRIORITIES)));
            case CATEGORY_TEST -> categories.contains(value) ? Optional.empty()
                    : Optional.of(texts.text("known.category", value, suggestion(value, categories),
                            String.join(", ", categories)));
            case CATEGORY_MADE -> shippedCategories.contains(value) ? Optional.empty()
                    : Suggestions.closest(value, shippedCategories).map(c -> texts.text("near.category", value, c));
        };
    }

    private Optional<String> department(String value) {
        if (departments.accepts(value)) {
            return Optional.empty();
        }
        List<String> known = departments.activeCodes();
        boolean retired = departments.find(value).isPresent();
        return Optional.of(texts.text(retired ? "retired.department" : "known.department", value,
                retired ? "" : suggestion(value, known), String.join(", ", known)));
    }

    private String suggestion(String value, Collection<String> known) {
        return Suggestions.closest(value, known).filter(s -> !s.equals(value))
                .map(s -> texts.text("suggestion", s)).orElse("");
    }

    /** The categories a tree's classification rules classify into, from DRL literals and table cells. */
    private static Set<String> categoriesMadeBy(RuleSetFiles tree) {
        Set<String> made = new TreeSet<>();
        tree.files().forEach((path, content) -> {
            if (!path.startsWith(DecisionStage.CLASSIFICATION.folder() + "/")) {
                return;
            }
            if (path.endsWith(".drl")) {
                Matcher m = MADE.matcher(new String(content, StandardCharsets.UTF_8));
                while (m.find()) {
                    made.add(m.group(1).strip());
                }
            } else {
                made.addAll(TableValues.in(path, content, Kind.CATEGORY_MADE));
            }
        });
        made.remove("");
        return made;
    }
}
