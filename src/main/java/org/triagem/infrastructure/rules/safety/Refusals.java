package org.triagem.infrastructure.rules.safety;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of {@code messages/rulesafety}: why an uploaded rule was refused, in pt-BR, the language of
 * the analysts who read them (docs/rules.md). Only pt-BR exists: these messages are for one audience.
 */
final class Refusals {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("messages.rulesafety", PT_BR,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Refusals() {
    }

    // Arguments are strings: an analyst's text is never read as a pattern, and numbers are not grouped.
    static String text(String key, Object... arguments) {
        String[] strings = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            strings[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(TEXTS.getString(key), PT_BR).format(strings);
    }
}
