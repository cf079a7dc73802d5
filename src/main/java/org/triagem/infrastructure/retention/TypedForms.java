package org.triagem.infrastructure.retention;

import java.util.LinkedHashSet;
import java.util.Set;
import org.triagem.domain.model.retention.SubjectKey;

/**
 * The ways a person types a key into a form or a mail, to find raw payloads (kept as received, never
 * normalised) that carry it: a CPF with and without punctuation; a phone in E.164, with the country code
 * bare, and as Brazilians write it nationally.
 */
final class TypedForms {

    private TypedForms() {
    }

    static Set<String> of(SubjectKey key) {
        Set<String> forms = new LinkedHashSet<>();
        String v = key.value();
        switch (key.kind()) {
            case EMAIL -> forms.add(v);
            case CPF -> {
                forms.add(v);
                forms.add(v.substring(0, 3) + "." + v.substring(3, 6) + "." + v.substring(6, 9) + "-" + v.substring(9));
            }
            case PHONE -> {
                String digits = v.replaceAll("\\D", "");
                forms.add(v);
                forms.add(digits);
                if (digits.startsWith("55") && digits.length() >= 12) {
                    String national = digits.substring(2);
                    String area = national.substring(0, 2);
                    String number = national.substring(2);
                    String split = number.substring(0, number.length() - 4) + "-" + number.substring(number.length() - 4);
                    forms.add(national);
                    forms.add("(" + area + ") " + split);
                    forms.add("(" + area + ")" + split);
                    forms.add(area + " " + split);
                    forms.add("(" + area + ") " + number);
                }
            }
        }
        return forms;
    }
}
