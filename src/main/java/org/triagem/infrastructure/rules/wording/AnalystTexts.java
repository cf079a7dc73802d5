package org.triagem.infrastructure.rules.wording;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of {@code messages/rulewording}: pt-BR, the analysts' language, unless a caller asks for
 * English. Arguments are strings: an analyst's text is never read as a pattern, numbers are not grouped.
 */
public final class AnalystTexts {

    public static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final AnalystTexts PORTUGUESE = new AnalystTexts(PT_BR);

    private final Locale locale;
    private final ResourceBundle texts;

    private AnalystTexts(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("messages.rulewording", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The analysts' texts, in pt-BR. */
    public static AnalystTexts portuguese() {
        return PORTUGUESE;
    }

    /** The texts in {@code locale}; English for any language without a bundle of its own. */
    public static AnalystTexts in(Locale locale) {
        return locale.getLanguage().equals("pt") ? PORTUGUESE : new AnalystTexts(Locale.ENGLISH);
    }

    public String text(String key, Object... arguments) {
        String[] strings = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            strings[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(texts.getString(key), locale).format(strings);
    }
}
