package org.triagem.domain.model.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * The worksheet the rule sets fill in for one complaint, decision by decision. Each verb records the
 * rule that made the change, so that every decision can be explained.
 */
public class Decision {

    private String category;
    private final Set<String> tags = new LinkedHashSet<>();
    private String department;
    private Priority priority;
    private SlaTargets slaTargets;
    private final List<String> notes = new ArrayList<>();

    /** Sets the complaint's category (classification rules). */
    public void classifyAs(String category) {
        this.category = category;
    }

    /** Adds a tag such as "procon" or "vip" (classification rules). */
    public void tag(String tag) {
        tags.add(tag);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    /** Makes the department the owner of the case (ownership rules). */
    public void assignTo(String department) {
        this.department = department;
    }

    /** Sets the priority outright (priority rules). */
    public void prioritize(Priority priority) {
        this.priority = priority;
    }

    /** Raises the priority to the given level; never lowers it (priority rules). */
    public void raisePriorityTo(Priority level) {
        if (priority == null || level.isHigherThan(priority)) {
            priority = level;
        }
    }

    /** Sets the SLA targets: business minutes to first response and to resolution, calendar days to the legal answer. */
    public void setSlaTargets(int firstResponseMinutes, int resolutionMinutes, int legalDays) {
        this.slaTargets = new SlaTargets(firstResponseMinutes, resolutionMinutes, legalDays);
    }

    /** A free-text remark for the staff reading the case. */
    public void note(String note) {
        notes.add(note);
    }

    public String getCategory() {
        return category;
    }

    public Set<String> getTags() {
        return Collections.unmodifiableSet(tags);
    }

    public String getDepartment() {
        return department;
    }

    public Priority getPriority() {
        return priority;
    }

    public SlaTargets getSlaTargets() {
        return slaTargets;
    }

    public List<String> getNotes() {
        return Collections.unmodifiableList(notes);
    }
}
