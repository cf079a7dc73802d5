package org.triagem.domain.model.ruleset;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One version of the analysts' rules: the whole tree, compiled and tested together. A version is
 * proposed, then validated once (its compile problems and scenario failures are recorded), and may be
 * activated any number of times, which is how a rollback works. A version that does not compile can
 * never be activated; one that fails scenarios only with a written reason, which is kept.
 *
 * <p>The id is the version number analysts see, so {@code v3} is the third version proposed.
 */
@Entity
@Table(name = "rule_set_version")
@NamedQuery(name = "RuleSetVersion.all", query = "SELECT v FROM RuleSetVersion v ORDER BY v.number DESC")
@NamedQuery(name = "RuleSetVersion.count", query = "SELECT COUNT(v) FROM RuleSetVersion v")
@NamedQuery(name = "RuleSetVersion.withChecksum",
        query = "SELECT v FROM RuleSetVersion v WHERE v.checksum = :checksum ORDER BY v.number")
public class RuleSetVersion {

    private static final int MAX_COMMENT = 2000;
    private static final int MAX_ACTOR = 120;

    @Id
    @Column(name = "id")
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ruleSetVersionSeq")
    // One at a time: version numbers are read by people and should not jump by 50.
    @SequenceGenerator(name = "ruleSetVersionSeq", sequenceName = "rule_set_version_seq", allocationSize = 1)
    private Long number;

    @Column(nullable = false, length = 64)
    private String checksum;

    @Column(nullable = false, length = MAX_ACTOR)
    private String author;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(length = MAX_COMMENT)
    private String comment;

    @Column(nullable = false)
    private byte[] files;

    @Column(nullable = false)
    private boolean valid;

    @Column(name = "validated_at")
    private OffsetDateTime validatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rule_set_problem", joinColumns = @JoinColumn(name = "rule_set_id"))
    @OrderColumn(name = "ordinal")
    private List<CompileProblem> problems = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rule_set_scenario_failure", joinColumns = @JoinColumn(name = "rule_set_id"))
    @OrderColumn(name = "ordinal")
    private List<ScenarioMismatch> scenarioFailures = new ArrayList<>();

    @Column(name = "last_activated_at")
    private OffsetDateTime lastActivatedAt;

    @Column(name = "last_activated_by", length = MAX_ACTOR)
    private String lastActivatedBy;

    @Column(name = "override_reason", length = MAX_COMMENT)
    private String overrideReason;

    @Column(name = "override_by", length = MAX_ACTOR)
    private String overrideBy;

    @Column(name = "override_at")
    private OffsetDateTime overrideAt;

    /** The server's scenarios this version dropped, one "file: name" a line; null when none. */
    @Column(name = "removed_scenarios", length = MAX_COMMENT * 2)
    private String removedScenarios;

    @Column(name = "scenario_removal_reason", length = MAX_COMMENT)
    private String scenarioRemovalReason;

    @Column(name = "approved_by", length = MAX_ACTOR)
    private String approvedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Version
    private long version;

    protected RuleSetVersion() {
        // for JPA
    }

    /**
     * A proposed version, not yet validated.
     *
     * @param files a zip of the rule files and the scenario files it is tested with
     * @param checksum the SHA-256 of the rule files, in hex
     */
    public RuleSetVersion(byte[] files, String checksum, String author, String comment, OffsetDateTime now) {
        if (files == null || files.length == 0) {
            throw new IllegalArgumentException("a rule-set version needs its files");
        }
        if (checksum == null || !checksum.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("the checksum must be a SHA-256 in hex");
        }
        this.files = files.clone();
        this.checksum = checksum;
        this.author = Texts.cap(blankTo(author, "unknown"), MAX_ACTOR);
        this.comment = Texts.cap(comment, MAX_COMMENT);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Records the outcome of compiling and testing: valid only when it compiled. */
    public void markValidated(List<CompileProblem> compileProblems, List<ScenarioMismatch> failures,
            OffsetDateTime now) {
        if (validatedAt != null) {
            throw new IllegalStateException("version " + number + " is already validated");
        }
        this.problems = new ArrayList<>(compileProblems);
        this.scenarioFailures = new ArrayList<>(compileProblems.isEmpty() ? failures : List.of());
        this.valid = compileProblems.isEmpty();
        this.validatedAt = now;
    }

    /**
     * Records the server's scenarios this version runs without, and why: the proposal asked to drop them,
     * and the reason stays with the version for whoever compares or activates it.
     *
     * @param removed each as "file: name"
     */
    public void recordRemovedScenarios(List<String> removed, String reason) {
        if (removed.isEmpty()) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            throw new ScenarioRemovalException(ScenarioRemovalException.Kind.NO_REASON, String.join(", ", removed));
        }
        this.removedScenarios = Texts.cap(String.join("\n", removed.stream()
                .map(r -> r.replace('\n', ' ').replace('\r', ' ')).toList()), MAX_COMMENT * 2);
        this.scenarioRemovalReason = Texts.cap(reason.strip(), MAX_COMMENT);
    }

    /**
     * A second analyst, not the one who proposed it, vouches for activating this red version. Where the
     * server asks for it ({@code triagem.rules.second-approval}), a red version activates only once approved.
     *
     * @throws RuleSetApprovalException if the version is not red (green, or does not compile), or the
     *     approver proposed it
     */
    public void approve(String approver, OffsetDateTime now) {
        if (validatedAt == null || !valid || scenarioFailures.isEmpty()) {
            throw new RuleSetApprovalException(RuleSetApprovalException.Kind.NOT_RED, number);
        }
        String who = Texts.cap(blankTo(approver, "unknown"), MAX_ACTOR);
        if (who.equals(author)) {
            throw new RuleSetApprovalException(RuleSetApprovalException.Kind.OWN_PROPOSAL, number);
        }
        this.approvedBy = who;
        this.approvedAt = Objects.requireNonNull(now);
    }

    /** Whether the version may be activated without an override: it compiles and every scenario passes. */
    public boolean isGreen() {
        return valid && scenarioFailures.isEmpty();
    }

    /**
     * Makes this version the one to run. A red version needs a written reason, recorded with who gave
     * it; the caller points the cluster at this version in the same transaction.
     *
     * @throws RuleSetNotActivatableException if the version does not compile, or fails scenarios and no
     *     reason is given
     */
    public void activate(String actor, OffsetDateTime now, String reasonForOverride) {
        activate(actor, now, reasonForOverride, false);
    }

    /**
     * As {@link #activate(String, OffsetDateTime, String)}, and when {@code secondApproval} is set, a red
     * version also needs another analyst's {@link #approve approval} first.
     *
     * @throws RuleSetApprovalException if a second approval is required and missing
     */
    public void activate(String actor, OffsetDateTime now, String reasonForOverride, boolean secondApproval) {
        if (validatedAt == null || !valid) {
            throw new RuleSetNotActivatableException("version " + number
                    + " does not compile and can never be activated; fix it and propose a new version");
        }
        String who = Texts.cap(blankTo(actor, "unknown"), MAX_ACTOR);
        if (!scenarioFailures.isEmpty()) {
            if (reasonForOverride == null || reasonForOverride.isBlank()) {
                throw new RuleSetNotActivatableException("version " + number + " fails " + scenarioFailures.size()
                        + " scenario check(s); activating it needs a written override reason");
            }
            if (secondApproval && approvedBy == null) {
                throw new RuleSetApprovalException(RuleSetApprovalException.Kind.NEEDED, number);
            }
            this.overrideReason = Texts.cap(reasonForOverride.strip(), MAX_COMMENT);
            this.overrideBy = who;
            this.overrideAt = now;
        }
        this.lastActivatedAt = now;
        this.lastActivatedBy = who;
    }

    /** The label every case routed by this version records: {@code v3 sha256:0123456789abcdef}. */
    public String label() {
        return label(number, checksum);
    }

    public static String label(long number, String checksum) {
        return "v" + number + " sha256:" + checksum.substring(0, 16);
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public Long number() {
        return number;
    }

    public String checksum() {
        return checksum;
    }

    public String author() {
        return author;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String comment() {
        return comment;
    }

    public byte[] files() {
        return files.clone();
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isValidated() {
        return validatedAt != null;
    }

    public List<CompileProblem> problems() {
        return List.copyOf(problems);
    }

    public List<ScenarioMismatch> scenarioFailures() {
        return List.copyOf(scenarioFailures);
    }

    public OffsetDateTime lastActivatedAt() {
        return lastActivatedAt;
    }

    public String lastActivatedBy() {
        return lastActivatedBy;
    }

    public String overrideReason() {
        return overrideReason;
    }

    public String overrideBy() {
        return overrideBy;
    }

    public OffsetDateTime overrideAt() {
        return overrideAt;
    }

    /** The server's scenarios this version runs without, each as "file: name". */
    public List<String> removedScenarios() {
        return removedScenarios == null ? List.of() : List.of(removedScenarios.split("\n"));
    }

    public String scenarioRemovalReason() {
        return scenarioRemovalReason;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public OffsetDateTime approvedAt() {
        return approvedAt;
    }
}
