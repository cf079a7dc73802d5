package org.triagem.domain.model.outbox;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The {@code messages/mail} texts in one locale, falling back to pt-BR for a locale we do not have. */
final class MailTexts {

    private final ResourceBundle texts;

    MailTexts(Locale locale) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle found;
        try {
            found = ResourceBundle.getBundle(AcknowledgementComposer.BUNDLE, locale, exact);
        } catch (MissingResourceException e) {
            found = ResourceBundle.getBundle(AcknowledgementComposer.BUNDLE, AcknowledgementComposer.PT_BR, exact);
        }
        this.texts = found;
    }

    Locale locale() {
        return texts.getLocale();
    }

    String text(String key) {
        return texts.getString(key);
    }

    // Arguments are strings, so MessageFormat never groups the digits of a protocol number, and text
    // written by people (a staff reply, a subject) is never read as a pattern.
    String format(String key, String... arguments) {
        return new MessageFormat(text(key), texts.getLocale()).format(arguments);
    }
}
