package org.triagem.domain.model.staff;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triagem.domain.model.complaint.CaseRepository.AssignedOpenCases;
import org.triagem.domain.model.complaint.Priority;

/**
 * Whom a push may hand a case to now, in one department: its present agents with fewer open cases than
 * their cap. Built from the open cases the database counted (all of each agent's open cases, whatever
 * their department: the cap is on a person), and kept true while one transaction hands out several
 * cases, each pick counting as one more open case of the agent chosen. The strategy then picks among
 * these as it would for a supervisor.
 */
public final class PushRoster {

    /** An agent who may be pushed cases, and their open work as it stands in this transaction. */
    private static final class Seat {
        private final StaffMember member;
        private int open;
        private int weightedLoad;

        Seat(StaffMember member) {
            this.member = member;
        }

        boolean hasRoom() {
            return open < member.caseCap();
        }

        Candidate candidate() {
            return new Candidate(member.username(), member.skills(), weightedLoad);
        }
    }

    /** The agent chosen and how, in the words the case's history keeps. */
    public record Pick(String agent, String how, String strategy, int candidates, int load) {
    }

    private final Map<String, Seat> seats = new LinkedHashMap<>();

    private PushRoster() {
    }

    /**
     * @param staff the department's staff (absent people, supervisors and other departments' staff are
     *     left out here)
     * @param openCases the open cases of those people, by priority, as the database counted them
     */
    public static PushRoster of(String department, Collection<StaffMember> staff, List<AssignedOpenCases> openCases) {
        PushRoster roster = new PushRoster();
        staff.stream().filter(m -> m.canTakeCasesOf(department))
                .forEach(m -> roster.seats.put(m.username(), new Seat(m)));
        for (AssignedOpenCases o : openCases) {
            Seat seat = roster.seats.get(o.assignee());
            if (seat != null) {
                seat.open += o.count();
                seat.weightedLoad += WorkloadPolicy.BY_PRIORITY.weightOf(o.priority()) * o.count();
            }
        }
        return roster;
    }

    /**
     * The agent the department's strategy picks for a case with these tags, among those under their cap;
     * the case counts as theirs from now on. Empty when every present agent is at their cap (or nobody
     * is present): the case waits in the queue.
     *
     * @param occasion why the case is handed out now, for the history ("on arrival", "from the queue")
     */
    public Optional<Pick> pick(DepartmentAssignment assignment, Set<String> tags, Priority priority, String occasion) {
        List<Candidate> candidates = seats.values().stream().filter(Seat::hasRoom).map(Seat::candidate).toList();
        return assignment.pick(tags, candidates).map(chosen -> {
            Seat seat = seats.get(chosen.username());
            String how = "assigned " + occasion + " by strategy " + assignment.strategy() + " (" + candidates.size()
                    + " agent(s) under their cap; " + seat.open + " of " + seat.member.caseCap() + " open, load "
                    + seat.weightedLoad + ")";
            int load = seat.weightedLoad;
            seat.open++;
            seat.weightedLoad += WorkloadPolicy.BY_PRIORITY.weightOf(priority);
            return new Pick(chosen.username(), how, String.valueOf(assignment.strategy()), candidates.size(), load);
        });
    }

    /** How many more cases the present agents can take before all are at their cap. */
    public int room() {
        return seats.values().stream().mapToInt(s -> Math.max(0, s.member.caseCap() - s.open)).sum();
    }
}
