package org.triagem.domain.model.routing;

import java.util.Arrays;
import java.util.Objects;
import org.triagem.domain.model.complaint.Channel;

/**
 * A just-resolved case, as the {@code survey} rules see it. Read-only.
 *
 * <p>What a rule can read: {@code channel}, {@code department}, {@code category}, {@code resolutionCode}
 * and {@code rootCause}; {@code resolvedAs("spam, duplicado")} (the resolution code is one of the list,
 * ignoring accents and capitals); {@code npsOfferedWithinDays(90)} (this customer was offered NPS in the
 * last 90 days); and {@code sample}, a number from 0 to 99 fixed per case, for sampling rules
 * ({@code sample < 30} picks about 30 % of the cases, and the same ones every time the case is asked).
 */
public final class ResolvedCase {

    private final Channel channel;
    private final String department;
    private final String category;
    private final String resolutionCode;
    private final String rootCause;
    private final Integer daysSinceLastNps;
    private final int sample;

    /**
     * @param daysSinceLastNps days since this customer was last offered NPS, or null if never
     * @param sample 0 to 99, the case's place in sampling rules; {@link #sampleOf} derives it
     */
    public ResolvedCase(Channel channel, String department, String category, String resolutionCode,
            String rootCause, Integer daysSinceLastNps, int sample) {
        if (sample < 0 || sample > 99) {
            throw new IllegalArgumentException("the sample is from 0 to 99");
        }
        this.channel = Objects.requireNonNull(channel, "channel");
        this.department = Objects.requireNonNull(department, "department");
        this.category = category;
        this.resolutionCode = Objects.requireNonNull(resolutionCode, "resolutionCode");
        this.rootCause = rootCause;
        this.daysSinceLastNps = daysSinceLastNps;
        this.sample = sample;
    }

    /**
     * A case's sample number, from its protocol: stable (asking again gives the same answer) and spread
     * evenly enough over 0–99 for sampling rates.
     */
    public static int sampleOf(String protocol) {
        return Math.floorMod(protocol.hashCode() * 31 + 17, 100);
    }

    /** True when the resolution code is one of the comma-separated codes (accents and capitals ignored). */
    public boolean resolvedAs(String codes) {
        String mine = TextNormaliser.fold(resolutionCode);
        return Arrays.stream(codes.split(",")).map(String::strip).map(TextNormaliser::fold).anyMatch(mine::equals);
    }

    /** True when this customer was offered NPS less than {@code days} days ago. */
    public boolean npsOfferedWithinDays(int days) {
        return daysSinceLastNps != null && daysSinceLastNps < days;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getDepartment() {
        return department;
    }

    public String getCategory() {
        return category;
    }

    public String getResolutionCode() {
        return resolutionCode;
    }

    public String getRootCause() {
        return rootCause;
    }

    public int getSample() {
        return sample;
    }

    @Override
    public String toString() {
        return "ResolvedCase[" + channel + ", " + department + ", " + category + ", " + resolutionCode + ", sample "
                + sample + "]";
    }
}
