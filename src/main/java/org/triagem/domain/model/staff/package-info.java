/**
 * The people who work cases, as the application knows them: each {@link org.triagem.domain.model.staff.StaffMember}
 * with the departments the identity provider says they belong to, their skills and whether they are
 * away, and the {@link org.triagem.domain.model.staff.AssignmentStrategy strategies} a department
 * uses to pick the agent for a case (round-robin, least-loaded, skills). {@link
 * org.triagem.domain.model.staff.WorkloadPolicy} says what an agent's open cases weigh for the
 * least-loaded strategy; the case repository only counts them. A department pulls its cases or pushes
 * them ({@link org.triagem.domain.model.staff.AssignmentMode}); a push picks among the {@link
 * org.triagem.domain.model.staff.PushRoster}: the present agents under their cap on open cases.
 */
package org.triagem.domain.model.staff;
