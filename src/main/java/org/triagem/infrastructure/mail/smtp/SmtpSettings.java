package org.triagem.infrastructure.mail.smtp;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where and how to reach the mail server. {@code tls}: {@code starttls} (upgrade required, the
 * default), {@code smtps} (TLS from the first byte, port 465) or {@code none} (test servers only).
 */
public record SmtpSettings(String host, int port, String tls, Optional<String> user, Optional<String> password,
        String from, Duration timeout) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        tls = tls.toLowerCase(Locale.ROOT);
        if (!tls.equals("starttls") && !tls.equals("smtps") && !tls.equals("none")) {
            throw new IllegalArgumentException("triagem.smtp.tls must be starttls, smtps or none: " + tls);
        }
        if (user.isPresent() && password.isEmpty()) {
            throw new IllegalArgumentException("triagem.smtp.user is set, but TRIAGEM_SMTP_PASSWORD is not");
        }
    }

    boolean authenticates() {
        return user.isPresent();
    }

    Properties sessionProperties() {
        String protocol = tls.equals("smtps") ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put(prefix + "host", host);
        p.put(prefix + "port", String.valueOf(port));
        p.put(prefix + "auth", String.valueOf(authenticates()));
        p.put(prefix + "connectiontimeout", String.valueOf(timeout.toMillis()));
        p.put(prefix + "timeout", String.valueOf(timeout.toMillis()));
        p.put(prefix + "writetimeout", String.valueOf(timeout.toMillis()));
        if (tls.equals("starttls")) {
            // Required, not just enabled: a server that drops STARTTLS must not get the password in clear.
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        if (!tls.equals("none")) {
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
        return p;
    }
}
