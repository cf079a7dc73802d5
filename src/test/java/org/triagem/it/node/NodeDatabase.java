package org.triagem.it.node;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database the build points the IT server at, for nodes to share. The pom hands it over as
 * {@code it.node.db.url}, {@code it.node.db.user} and {@code it.node.db.datasource}: the
 * {@code postgres} profile sets them to its PostgreSQL; without it they are empty and each node keeps
 * an embedded H2 file of its own, which no second process may open, so only PostgreSQL can be shared.
 */
public record NodeDatabase(String url, String user, String dataSource) {

    public static NodeDatabase configured() {
        return new NodeDatabase(property("it.node.db.url"), property("it.node.db.user"),
                property("it.node.db.datasource"));
    }

    /** Whether several nodes can run on it at once (a database server, not an embedded file). */
    public boolean isShared() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The node variables that select it; none for the embedded default of server.xml. */
    public Map<String, String> variables() {
        Map<String, String> v = new LinkedHashMap<>();
        if (!url.isEmpty()) {
            v.put("triagem.db.url", url);
            v.put("triagem.db.user", user);
            v.put("triagem.db.datasource", dataSource);
        }
        return v;
    }

    @Override
    public String toString() {
        return url.isEmpty() ? "embedded H2 per node" : url;
    }

    private static String property(String key) {
        String value = System.getProperty(key, "").strip();
        // Maven hands an undefined property over as its own placeholder.
        return value.startsWith("${") ? "" : value;
    }
}
