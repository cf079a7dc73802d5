package org.triagem.infrastructure.rules;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.Complaint;

/** The small rule trees and sample complaints the engine's tests compile and decide. */
final class RuleFixtures {

    private RuleFixtures() {
    }

    /** A rules tree from file paths (relative to {@code rules/}) and their UTF-8 text. */
    static RuleSetFiles tree(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return new RuleSetFiles(bytes);
    }

    /** An email complaint with a neutral subject and the given text. */
    static Complaint complaint(String text) {
        return Complaint.builder().channel(Channel.EMAIL).subject("Reclamação").description(text).build();
    }
}
