package org.triagem.infrastructure.mail;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The defects found while reading one message, each once, in a stable order. Not thread-safe. */
final class MailDefects {

    private final Set<MailDefect> found = EnumSet.noneOf(MailDefect.class);

    void add(MailDefect defect) {
        found.add(defect);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<MailDefect> asList() {
        return List.copyOf(found);
    }
}
