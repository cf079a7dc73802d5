package org.triagem.startup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The demo users of the development registry ({@code auth/dev.xml}) with their roles and departments,
 * read from the registry itself so the start-up message never drifts from who can actually sign in.
 */
record DemoUsers(List<DemoUser> users) {

    /** The groups that are roles (server.xml maps an unbound role to the group of the same name). */
    private static final Set<String> ROLES = Set.of("agent", "supervisor", "analyst", "admin", "dpo", "integration");
    private static final String DEPARTMENT_PREFIX = "dept:";

    record DemoUser(String name, List<String> roles, List<String> departments) {
    }

    static DemoUsers read(Path registry) throws IOException {
        try (InputStream in = Files.newInputStream(registry)) {
            return of(parse(in));
        }
    }

    private static DemoUsers of(Document registry) {
        Map<String, DemoUser> byName = new LinkedHashMap<>();
        NodeList users = registry.getElementsByTagName("user");
        for (int i = 0; i < users.getLength(); i++) {
            String name = ((Element) users.item(i)).getAttribute("name");
            byName.put(name, new DemoUser(name, new ArrayList<>(), new ArrayList<>()));
        }
        NodeList groups = registry.getElementsByTagName("group");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            String groupName = group.getAttribute("name");
            NodeList members = group.getElementsByTagName("member");
            for (int m = 0; m < members.getLength(); m++) {
                DemoUser user = byName.get(((Element) members.item(m)).getAttribute("name"));
                if (user == null) {
                    continue;
                }
                if (ROLES.contains(groupName)) {
                    user.roles().add(groupName);
                } else if (groupName.startsWith(DEPARTMENT_PREFIX)) {
                    user.departments().add(groupName.substring(DEPARTMENT_PREFIX.length()));
                }
            }
        }
        return new DemoUsers(List.copyOf(byName.values()));
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A configuration file, but still no external entities or DTDs.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the demo user registry cannot be read: " + e.getMessage(), e);
        }
    }
}
