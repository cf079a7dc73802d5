package org.triagem.domain.model.outbox;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * Our own Message-IDs, {@code <protocol.random@domain>}: the protocol makes a reply's In-Reply-To
 * point back at the case, the random part keeps ids unique (RFC 5322 section 3.6.4).
 */
public final class MessageIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*");

    private MessageIds() {
    }

    public static String next(ProtocolNumber protocol, String domain) {
        return next(protocol.value(), domain);
    }

    /** For a mail about no case: {@code <notice.random@domain>}, which names no protocol. */
    public static String nextWithoutCase(String domain) {
        return next("notice", domain);
    }

    /** For a digest to supervisors: {@code <digest.random@domain>}, which names no protocol either. */
    public static String nextDigest(String domain) {
        return next("digest", domain);
    }

    private static String next(String prefix, String domain) {
        if (domain == null || !DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("not a Message-ID domain: " + domain);
        }
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return "<" + prefix + "." + HexFormat.of().formatHex(random) + "@" + domain + ">";
    }
}
