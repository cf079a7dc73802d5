package org.triagem.application;

/** What supervisors watch in their departments (admins in all). */
public interface SupervisionService {

    /**
     * The department's breached and escalated cases, its queue and its agents' workload, as of now.
     *
     * @throws ActionNotPermittedException the actor does not supervise the department
     */
    DepartmentOverview overview(Actor actor, String department);
}
