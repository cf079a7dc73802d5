package org.triagem.domain.model.impact;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The cases opened since a moment, read page by page for a replay: newest first, by keyset (the id of
 * the last case of the previous page), only the columns of the first contact. Reads, never writes.
 */
public interface PastComplaints {

    /** How many cases were opened since {@code since}: the preview's 100 %. */
    long countSince(OffsetDateTime since);

    /**
     * Up to {@code size} cases opened since {@code since} with an id below {@code beforeId} (use
     * {@link Long#MAX_VALUE} for the first page), newest first.
     */
    Page page(OffsetDateTime since, long beforeId, int size);

    /** One page, and the keyset to read the next one from. */
    record Page(List<PastComplaint> complaints, long lastId) {

        public Page {
            complaints = List.copyOf(complaints);
        }

        public boolean isEmpty() {
            return complaints.isEmpty();
        }
    }
}
