package org.triagem.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asking: the signed-in user, their roles and the departments they work in. Every read and
 * every action on a case goes through {@link #canSee(String)}: an admin sees all departments, anyone
 * else only their own.
 */
public record Actor(String username, Set<Role> roles, Set<String> departments) {

    /** The application's roles (Liberty security roles of the same names, lower case). */
    public enum Role {
        AGENT,
        SUPERVISOR,
        ANALYST,
        ADMIN,
        INTEGRATION,
        /** The data protection officer (LGPD Art. 41): subjects' requests and exports, anonymisation, the audit of unmasked data. */
        DPO
    }

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        departments = Set.copyOf(departments);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Agents, supervisors and admins work cases; analysts and integrations do not. */
    public boolean worksCases() {
        return has(Role.AGENT) || has(Role.SUPERVISOR) || isAdmin();
    }

    public boolean canSee(String department) {
        return worksCases() && (isAdmin() || departments.contains(department));
    }

    /** The DPO, or an admin, answers for the data subjects' rights (docs/privacy.md). */
    public boolean answersForSubjects() {
        return has(Role.DPO) || isAdmin();
    }

    /** Supervisors direct the work of their departments; admins of all. */
    public boolean supervises(String department) {
        return isAdmin() || (has(Role.SUPERVISOR) && departments.contains(department));
    }
}
