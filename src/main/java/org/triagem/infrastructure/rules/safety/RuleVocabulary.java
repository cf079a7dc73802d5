package org.triagem.infrastructure.rules.safety;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.Checkpoint;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Decision;
import org.triagem.domain.model.routing.EscalationDecision;
import org.triagem.domain.model.routing.Mention;
import org.triagem.domain.model.routing.RecoveryDecision;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyResponse;
import org.triagem.domain.model.routing.SurveyDecision;
import org.triagem.domain.model.survey.SurveyKind;

/**
 * The whitelist: what an uploaded rule may name. The facts and the methods docs/rules.md documents for
 * them, the enums a rule compares with, the worksheet globals the server sets, and a few methods of
 * {@code String}. Methods are listed by name, never found by pattern, so a new public method on a fact
 * is not callable from an upload until someone adds it here and documents it for the analysts.
 *
 * <p>Reads (tests and getters) may appear in conditions and actions; verbs, which change a worksheet,
 * only in actions: a condition that changed the worksheet would act before its rule fired.
 */
final class RuleVocabulary {

    private static final Map<Class<?>, Set<String>> READS = new LinkedHashMap<>();
    private static final Map<Class<?>, Set<String>> VERBS = new LinkedHashMap<>();

    static {
        READS.put(Complaint.class, Set.of("mentions", "mentionsAny", "hinted", "choseInIvr", "inSegment",
                "isRepeatContact", "getChannel", "getSubject", "getDescription", "getCategoryHint", "getIvrChoice",
                "isCustomerIdentified", "getEarlierOpenCases", "getCustomerSegment", "getMinutesSinceOpenCase",
                "isCallDropped", "isCallbackRequested"));
        READS.put(Decision.class, Set.of("hasTag", "getCategory", "getDepartment", "getPriority"));
        VERBS.put(Decision.class, Set.of("classifyAs", "tag", "assignTo", "prioritize", "raisePriorityTo",
                "setSlaTargets", "note"));
        READS.put(Mention.class, Set.of("getPhrase"));
        READS.put(Checkpoint.class, Set.of("isWith", "getClock", "getPercentElapsed", "getDepartment",
                "getPriority", "getEscalationLevel"));
        READS.put(EscalationDecision.class, Set.of("isSupervisorNotified", "getNewPriority", "getNewDepartment",
                "escalates"));
        VERBS.put(EscalationDecision.class, Set.of("notifySupervisor", "raisePriorityTo", "moveTo", "note"));
        READS.put(ResolvedCase.class, Set.of("resolvedAs", "npsOfferedWithinDays", "getChannel", "getDepartment",
                "getCategory", "getResolutionCode", "getRootCause", "getSample"));
        READS.put(SurveyDecision.class, Set.of("surveys", "offers", "isWithheld", "getKinds"));
        VERBS.put(SurveyDecision.class, Set.of("offer", "withhold"));
        READS.put(SurveyResponse.class, Set.of("csatAtMost", "isNpsDetractor", "getDepartment", "getCategory",
                "describe"));
        READS.put(RecoveryDecision.class, Set.of("acts", "isSupervisorNotified", "isReopened", "getNotes"));
        VERBS.put(RecoveryDecision.class, Set.of("notifySupervisor", "reopen", "note"));
        // Harmless, side-effect free, and handy in a note: "... em " + $c.getDepartment().toUpperCase().
        READS.put(String.class, Set.of("equals", "equalsIgnoreCase", "contains", "startsWith", "endsWith",
                "isEmpty", "isBlank", "length", "toLowerCase", "toUpperCase", "strip", "trim"));
        READS.put(Priority.class, Set.of("isHigherThan", "name"));
        READS.put(Channel.class, Set.of("name"));
        READS.put(CheckpointClock.class, Set.of("name"));
        READS.put(SurveyKind.class, Set.of("name"));
    }

    /** The types a pattern may match. */
    static final List<Class<?>> FACTS = List.of(Complaint.class, Decision.class, Mention.class, Checkpoint.class,
            EscalationDecision.class, ResolvedCase.class, SurveyDecision.class, SurveyResponse.class,
            RecoveryDecision.class);

    /** The enums whose constants a rule may name ({@code Priority.P1}). */
    static final List<Class<?>> ENUMS = List.of(Priority.class, Channel.class, CheckpointClock.class,
            SurveyKind.class);

    /** The globals the server sets ({@code CompiledRuleSet}): the worksheet, under these names only. */
    static final Map<String, Class<?>> GLOBALS = Map.of("decision", Decision.class,
            "escalation", EscalationDecision.class, "survey", SurveyDecision.class,
            "recovery", RecoveryDecision.class);

    /** The package that may be imported whole: it holds nothing but the facts and their helpers. */
    static final String FACT_PACKAGE = Decision.class.getPackageName();

    private RuleVocabulary() {
    }

    /** A fact or enum type named by its simple or full name. */
    static Optional<Class<?>> type(String name) {
        String trimmed = name.strip();
        return java.util.stream.Stream.concat(FACTS.stream(), ENUMS.stream())
                .filter(t -> t.getSimpleName().equals(trimmed) || t.getName().equals(trimmed)).findFirst();
    }

    static Optional<Class<?>> fact(String name) {
        return type(name).filter(FACTS::contains);
    }

    /** Whether an import names a fact, an enum, or the fact package as a whole. */
    static boolean importable(String target) {
        String t = target.strip();
        return t.equals(FACT_PACKAGE + ".*") || type(t).filter(c -> c.getName().equals(t)).isPresent();
    }

    /**
     * The method a rule may call, by name and number of arguments; verbs only when {@code inAction}.
     */
    static Optional<Method> method(Class<?> type, String name, int arity, boolean inAction) {
        boolean allowed = READS.getOrDefault(type, Set.of()).contains(name)
                || inAction && VERBS.getOrDefault(type, Set.of()).contains(name);
        if (!allowed) {
            return Optional.empty();
        }
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity).findFirst();
    }

    /** A property as a condition reads it ({@code channel} for {@code getChannel()}), or empty. */
    static Optional<Method> property(Class<?> type, String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return method(type, "get" + capitalised, 0, false).or(() -> method(type, "is" + capitalised, 0, false));
    }

    /** Whether a verb of this name exists at all, to tell "not in a condition" from "unknown". */
    static boolean isVerb(Class<?> type, String name) {
        return VERBS.getOrDefault(type, Set.of()).contains(name);
    }

    static Optional<Object> enumConstant(Class<?> enumType, String name) {
        return Arrays.stream(enumType.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name))
                .map(c -> (Object) c).findFirst();
    }
}
