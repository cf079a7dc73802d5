package org.triagem.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;

/**
 * A case's ETag is its optimistic-lock version. Actions must send it back in {@code If-Match}; a weak
 * tag ({@code W/"7"}) is accepted as well, since proxies may weaken tags.
 */
final class CaseETags {

    private CaseETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by an If-Match header, or empty when there is none usable ({@code *} is not). */
    static OptionalLong versionIn(String ifMatch) {
        if (ifMatch == null) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
