package org.triagem.interfaces.rest;

import com.ibm.websphere.security.auth.WSSubject;
import com.ibm.websphere.security.cred.WSCredential;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import org.triagem.application.Actor;

/**
 * The signed-in user as an {@link Actor}: roles from the container, departments from the user's
 * groups named {@code dept:<department>} (the demo registry's groups in development, the token's
 * {@code groups} claim in production).
 */
final class CurrentActor {

    static final String DEPARTMENT_GROUP = "dept:";
    private static final Logger LOG = Logger.getLogger(CurrentActor.class.getName());

    private CurrentActor() {
    }

    static Actor of(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return new Actor("anonymous", Set.of(), Set.of());
        }
        Set<Actor.Role> roles = EnumSet.noneOf(Actor.Role.class);
        for (Actor.Role role : Actor.Role.values()) {
            if (security.isUserInRole(role.name().toLowerCase(Locale.ROOT))) {
                roles.add(role);
            }
        }
        return new Actor(security.getUserPrincipal().getName(), roles, departmentsIn(callerGroups()));
    }

    /**
     * Departments named by group ids. Liberty qualifies a group id with its realm
     * ({@code group:Triagem/dept:Financeiro}, or the token issuer's URL), so the marker is looked for
     * after the last realm separator that precedes it.
     */
    static Set<String> departmentsIn(Collection<String> groupIds) {
        Set<String> departments = new TreeSet<>();
        for (String id : groupIds) {
            int at = id.indexOf(DEPARTMENT_GROUP);
            if (at == 0 || (at > 0 && (id.charAt(at - 1) == '/' || id.charAt(at - 1) == ':'))) {
                String name = id.substring(at + DEPARTMENT_GROUP.length()).strip();
                if (!name.isEmpty()) {
                    departments.add(name);
                }
            }
        }
        return departments;
    }

    private static List<String> callerGroups() {
        List<String> groups = new ArrayList<>();
        try {
            Subject subject = WSSubject.getCallerSubject();
            if (subject != null) {
                for (WSCredential credential : subject.getPublicCredentials(WSCredential.class)) {
                    for (Object id : credential.getGroupIds()) {
                        groups.add(String.valueOf(id));
                    }
                }
            }
        } catch (Exception e) {
            // Without the groups the user simply sees no department: fail closed.
            LOG.log(Level.WARNING, "could not read the caller's groups", e);
        }
        return groups;
    }
}
