package org.triagem.domain.model.sla;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.triagem.domain.model.routing.CheckpointClock;

/**
 * How clocks run besides their targets: at which percentages of a clock escalation checkpoints fall, how
 * often a checkpoint repeats once a clock is overdue, and which clocks pause while the case waits on the
 * customer (by default not the legal clock: the decree's 7 days run regardless).
 */
public record SlaPolicy(List<Integer> checkpointPercents, Duration repeatAfterBreach, Set<CheckpointClock> pausing) {

    public static final SlaPolicy DEFAULT = new SlaPolicy(List.of(50, 80, 100), Duration.ofHours(4),
            EnumSet.of(CheckpointClock.FIRST_RESPONSE, CheckpointClock.RESOLUTION));

    public SlaPolicy {
        checkpointPercents = List.copyOf(checkpointPercents);
        if (checkpointPercents.isEmpty() || checkpointPercents.get(checkpointPercents.size() - 1) != 100) {
            throw new IllegalArgumentException("checkpoints must end at 100 %: " + checkpointPercents);
        }
        for (int i = 0; i < checkpointPercents.size(); i++) {
            int p = checkpointPercents.get(i);
            if (p <= 0 || (i > 0 && p <= checkpointPercents.get(i - 1))) {
                throw new IllegalArgumentException("checkpoint percentages must rise: " + checkpointPercents);
            }
        }
        if (repeatAfterBreach.isNegative() || repeatAfterBreach.isZero()) {
            throw new IllegalArgumentException("the repeat after a breach must be positive");
        }
        pausing = pausing.isEmpty() ? EnumSet.noneOf(CheckpointClock.class) : EnumSet.copyOf(pausing);
    }

    /** Parses the settings' text forms: {@code "50,80,100"}, hours, {@code "FIRST_RESPONSE,RESOLUTION"}. */
    public static SlaPolicy parse(String percents, long repeatHours, String pausingClocks) {
        List<Integer> p = java.util.Arrays.stream(percents.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).toList();
        Set<CheckpointClock> clocks = EnumSet.noneOf(CheckpointClock.class);
        for (String c : pausingClocks.split(",")) {
            if (!c.isBlank()) {
                clocks.add(CheckpointClock.valueOf(c.strip().toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return new SlaPolicy(p, Duration.ofHours(repeatHours), clocks);
    }

    /** Level 1 is the first percentage; the level after the last one is the first repeat after a breach. */
    public int levels() {
        return checkpointPercents.size();
    }

    public int percentAt(int level) {
        return checkpointPercents.get(level - 1);
    }
}
