package org.triagem.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triagem.application.ConversationMessage;
import org.triagem.domain.model.complaint.CaseAction;
import org.triagem.domain.model.complaint.CaseEvent;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.CheckpointClock;

/**
 * The staff page words every history entry from its type, cause and parameters (staff-timeline.js): each
 * {@link CaseEvent.Type} has a label and a sentence, and each of its causes a sentence, in pt-BR and in
 * English, using only the parameters the type carries. A type or cause added without its words fails here.
 */
class TimelineTemplatesTest {

    /** Values every entry has besides its parameters: its columns. */
    private static final Set<String> COLUMNS = Set.of("from", "to", "valueBefore", "valueAfter", "actor");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\??(\\w+)\\}");

    private static JsonObject bundle(String language) throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("src/main/webapp/i18n/messages_" + language + ".json"));
                var json = Json.createReader(in)) {
            return json.readObject();
        }
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pt-BR", "en"})
    void everyTypeAndCauseHasItsWordsUsingOnlyItsParameters(String language) throws IOException {
        JsonObject words = bundle(language);
        for (CaseEvent.Type type : CaseEvent.Type.values()) {
            String prefix = "event." + type.name();
            assertThat(words.getString(prefix, "")).as(prefix).isNotBlank();
            Set<String> allowed = new HashSet<>(COLUMNS);
            allowed.addAll(type.params());
            List<String> keys = new java.util.ArrayList<>(List.of(prefix + ".text"));
            type.causes().forEach(cause -> keys.add(prefix + "." + cause));
            for (String key : keys) {
                assertThat(words.getString(key, "")).as("%s in %s", key, language).isNotBlank();
                assertThat(placeholders(words.getString(key))).as("%s in %s", key, language).isSubsetOf(allowed);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pt-BR", "en"})
    void everyCodeTheTimelineAndTheCasePanelShowHasItsWords(String language) throws IOException {
        JsonObject words = bundle(language);
        List<String> wanted = new java.util.ArrayList<>(List.of("timeline.note", "timeline.customer",
                "timeline.clock.met", "timeline.clock.metLate", "timeline.clock.due", "timeline.clock.paused",
                "sla.dueIn", "sla.overdue", "time.business", "time.calendar"));
        for (ConversationMessage.Delivery d : ConversationMessage.Delivery.values()) {
            if (d != ConversationMessage.Delivery.INTERNAL) { // a note is said as a note
                wanted.add("timeline.reply." + d.name());
            }
        }
        for (Channel c : Channel.values()) {
            wanted.add("channel." + c.name());
        }
        for (CheckpointClock k : CheckpointClock.values()) {
            wanted.add("staff.clock." + k.name());
        }
        for (CaseStatus s : CaseStatus.values()) {
            wanted.add("status." + s.name());
        }
        for (CaseAction a : CaseAction.values()) {
            wanted.add("action." + a.slug());
        }
        assertThat(wanted.stream().filter(k -> !words.containsKey(k)).toList()).as(language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"event.", "timeline.", "sla.", "time.", "channel.", "status.", "action."})
    void bothLanguagesHaveTheSameWords(String prefix) throws IOException {
        Set<String> pt = bundle("pt-BR").keySet().stream().filter(k -> k.startsWith(prefix)).collect(Collectors.toSet());
        Set<String> en = bundle("en").keySet().stream().filter(k -> k.startsWith(prefix)).collect(Collectors.toSet());
        assertThat(pt).isNotEmpty().isEqualTo(en);
    }
}
