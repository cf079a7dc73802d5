package org.triagem.domain.model.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.triagem.domain.model.complaint.StringListConverter;

/**
 * A member of staff. Departments and the agent role are copied from the identity provider each time
 * the person signs in (it stays the authority); skills, absence and the cap on open cases are kept
 * here by supervisors.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    /** The cap an agent starts with (V42's column default says the same). */
    public static final int DEFAULT_CASE_CAP = 10;

    /** No cap above this: a push department with a typo'd cap of 10000 is a queue nobody watches. */
    public static final int MOST_CASE_CAP = 500;

    @Id
    @Column(length = 120)
    private String username;

    @Convert(converter = StringListConverter.class)
    private List<String> departments = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    private List<String> skills = new ArrayList<>();

    @Column(nullable = false)
    private boolean agent;

    @Column(nullable = false)
    private boolean absent;

    /** At most this many open cases may be pushed to the agent (a supervisor may still assign more). */
    @Column(name = "case_cap", nullable = false)
    private int caseCap = DEFAULT_CASE_CAP;

    @Column(name = "last_seen")
    private OffsetDateTime lastSeen;

    @Version
    private long version;

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(String username) {
        this.username = username;
    }

    /** What the identity provider says about the person at sign-in. */
    public void seen(Collection<String> currentDepartments, boolean isAgent, OffsetDateTime now) {
        this.departments = new ArrayList<>(new TreeSet<>(currentDepartments));
        this.agent = isAgent;
        this.lastSeen = now;
    }

    public void setSkills(Collection<String> newSkills) {
        TreeSet<String> normalised = new TreeSet<>();
        newSkills.stream().filter(s -> s != null && !s.isBlank()).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .forEach(normalised::add);
        this.skills = new ArrayList<>(normalised);
    }

    public void markAbsent(boolean away) {
        this.absent = away;
    }

    /**
     * Push assignment hands the agent cases only while they have fewer than {@code cap} open (0: none).
     *
     * @throws IllegalArgumentException a cap below 0 or above {@value #MOST_CASE_CAP}
     */
    public void limitOpenCasesTo(int cap) {
        if (cap < 0 || cap > MOST_CASE_CAP) {
            throw new IllegalArgumentException("the cap on open cases must be between 0 and " + MOST_CASE_CAP);
        }
        this.caseCap = cap;
    }

    public String username() {
        return username;
    }

    public Set<String> departments() {
        return Set.copyOf(departments);
    }

    public Set<String> skills() {
        return Set.copyOf(skills);
    }

    public boolean isAgent() {
        return agent;
    }

    public boolean isAbsent() {
        return absent;
    }

    public int caseCap() {
        return caseCap;
    }

    public OffsetDateTime lastSeen() {
        return lastSeen;
    }

    /** Whether the department's assignment may pick this person now. */
    public boolean canTakeCasesOf(String department) {
        return agent && !absent && departments.contains(department);
    }
}
