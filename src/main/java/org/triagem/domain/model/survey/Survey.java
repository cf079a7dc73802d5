package org.triagem.domain.model.survey;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The survey about one resolved case: the questions the rules chose to ask, when it was offered, until
 * when it may be answered, and the answers.
 *
 * <p>Each question is answered <b>once</b>: the first answer stands. A double click on a one-click
 * link, or the page sent twice, must not count a customer twice in the KPIs, and a later answer must not
 * quietly rewrite what the desk has already reported. The answers may still come in several calls (the
 * CSAT from the link, then NPS, CES and the comment from the page).
 */
@Cacheable(false)
@Entity
@Table(name = "survey")
@NamedQuery(name = "Survey.forCase", query = "SELECT s FROM Survey s WHERE s.protocol = :protocol ORDER BY s.id")
@NamedQuery(name = "Survey.lastNpsOffered", query = "SELECT MAX(s.createdAt) FROM Survey s"
        + " WHERE s.customerKey = :customerKey AND s.npsOffered = TRUE")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "surveySeq")
    @SequenceGenerator(name = "surveySeq", sequenceName = "survey_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 14)
    private String protocol;

    /** A one-way digest of the customer's address: enough to count "NPS once per 90 days", no address. */
    @Column(name = "customer_key", nullable = false, length = 64)
    private String customerKey;

    /** The questions offered, comma-separated in {@link SurveyKind} order. */
    @Column(nullable = false, length = 32)
    private String kinds;

    /** Kept apart from {@link #kinds} so the 90-day NPS check is a plain indexed query. */
    @Column(name = "nps_offered", nullable = false)
    private boolean npsOffered;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    private Integer csat;
    private Integer nps;
    private Integer ces;

    @Column(length = SurveyAnswers.MAX_COMMENT)
    private String comment;

    @Version
    private long version;

    protected Survey() {
        // for JPA
    }

    private Survey(String protocol, String customerKey, Set<SurveyKind> offered, OffsetDateTime now,
            OffsetDateTime expiresAt) {
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("a survey asks at least one question");
        }
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a survey must expire after it is offered");
        }
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.customerKey = Objects.requireNonNull(customerKey, "customerKey");
        this.kinds = EnumSet.copyOf(offered).stream().map(Enum::name).collect(Collectors.joining(","));
        this.npsOffered = offered.contains(SurveyKind.NPS);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** A survey about the resolved case, answerable until {@code expiresAt}. */
    public static Survey offer(String protocol, String customerKey, Set<SurveyKind> offered, OffsetDateTime now,
            OffsetDateTime expiresAt) {
        return new Survey(protocol, customerKey, offered, now, expiresAt);
    }

    /**
     * Records the answers to the questions not answered yet; the first answer to a question stands.
     *
     * @return the questions this call answered (the comment counts as answered when stored)
     * @throws SurveyExpiredException after {@link #expiresAt()}
     * @throws IllegalArgumentException for a question not offered or a score off its scale
     * @throws SurveyAlreadyAnsweredException when every answer given was already recorded before
     */
    public Set<SurveyKind> answer(SurveyAnswers given, OffsetDateTime now) {
        if (now.isAfter(expiresAt)) {
            throw new SurveyExpiredException(id());
        }
        if (given.isEmpty()) {
            throw new IllegalArgumentException("the answer is empty");
        }
        Set<SurveyKind> offered = offered();
        for (SurveyKind kind : SurveyKind.values()) {
            Integer score = given.score(kind);
            if (score != null) {
                if (!offered.contains(kind)) {
                    throw new IllegalArgumentException(kind + " was not asked in this survey");
                }
                kind.requireValid(score);
            }
        }
        Set<SurveyKind> recorded = EnumSet.noneOf(SurveyKind.class);
        for (SurveyKind kind : SurveyKind.values()) {
            Integer score = given.score(kind);
            if (score != null && score(kind) == null) {
                record(kind, score);
                recorded.add(kind);
            }
        }
        boolean commented = given.comment() != null && comment == null;
        if (commented) {
            comment = given.comment();
        }
        if (recorded.isEmpty() && !commented) {
            throw new SurveyAlreadyAnsweredException(id());
        }
        if (answeredAt == null) {
            answeredAt = now;
        }
        return recorded;
    }

    private void record(SurveyKind kind, int score) {
        switch (kind) {
            case CSAT -> csat = score;
            case NPS -> nps = score;
            case CES -> ces = score;
        }
    }

    /** The score given to the question, or null while unanswered. */
    public Integer score(SurveyKind kind) {
        return switch (kind) {
            case CSAT -> csat;
            case NPS -> nps;
            case CES -> ces;
        };
    }

    public Set<SurveyKind> offered() {
        return Arrays.stream(kinds.split(",")).map(SurveyKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SurveyKind.class)));
    }

    public boolean isExpired(OffsetDateTime now) {
        return now.isAfter(expiresAt);
    }

    /** True while a question asked, or the comment, is still unanswered. */
    public boolean hasOpenQuestions() {
        return comment == null || offered().stream().anyMatch(k -> score(k) == null);
    }

    /** True once any question or the comment has an answer. */
    public boolean isAnswered() {
        return answeredAt != null;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String protocol() {
        return protocol;
    }

    public String customerKey() {
        return customerKey;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public String comment() {
        return comment;
    }

    @Override
    public String toString() {
        return "Survey[" + id + " for case " + protocol + ", " + kinds + (isAnswered() ? ", answered" : "") + "]";
    }
}
