package org.triagem.domain.model.impact;

/** One past case whose decision would change, with the value before (active) and after (proposed). */
public record ImpactExample(String protocol, String before, String after) {
}
