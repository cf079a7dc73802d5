package org.triagem.domain.model.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/** The SLA targets decided for one case. Immutable once the case is opened. */
@Embeddable
public class SlaTargets {

    /** Decreto 11.034/2022, art. 13: the consumer gets an answer within 7 calendar days. */
    public static final int LEGAL_MAXIMUM_DAYS = 7;

    @Column(name = "sla_first_response_minutes")
    private int firstResponseMinutes;

    @Column(name = "sla_resolution_minutes")
    private int resolutionMinutes;

    @Column(name = "sla_legal_days")
    private int legalDays;

    protected SlaTargets() {
        // for JPA
    }

    public SlaTargets(int firstResponseMinutes, int resolutionMinutes, int legalDays) {
        if (firstResponseMinutes <= 0 || resolutionMinutes <= 0 || legalDays <= 0) {
            throw new IllegalArgumentException("SLA targets must be positive");
        }
        if (firstResponseMinutes > resolutionMinutes) {
            throw new IllegalArgumentException("first response cannot be due after resolution");
        }
        this.firstResponseMinutes = firstResponseMinutes;
        this.resolutionMinutes = resolutionMinutes;
        // A rule may be stricter than the decree, never looser.
        this.legalDays = Math.min(legalDays, LEGAL_MAXIMUM_DAYS);
    }

    /** The legal deadline counts calendar days from the first contact. */
    public OffsetDateTime legalDeadlineFrom(OffsetDateTime openedAt) {
        return openedAt.plusDays(legalDays);
    }

    public int firstResponseMinutes() {
        return firstResponseMinutes;
    }

    public int resolutionMinutes() {
        return resolutionMinutes;
    }

    public int legalDays() {
        return legalDays;
    }
}
