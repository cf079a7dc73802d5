package org.triagem.domain.model.ruleset;

import java.util.List;
import java.util.Optional;

/** The stored rule-set versions and the cluster-wide pointer to the active one. */
public interface RuleSetVersions {

    void add(RuleSetVersion version);

    Optional<RuleSetVersion> find(long number);

    /** Newest first. */
    List<RuleSetVersion> all();

    boolean isEmpty();

    /** The versions whose rule files have this checksum, oldest first. */
    List<RuleSetVersion> withChecksum(String checksum);

    /** The number of the active version, if any version was ever activated. */
    Optional<Long> activeNumber();

    /** Locks the active pointer until the transaction ends, to serialise seeding across nodes. */
    void lockActivePointer();

    /** Points every node at this version; locks the pointer row until the transaction ends. */
    void pointActiveAt(RuleSetVersion version, String actor, java.time.OffsetDateTime now);
}
