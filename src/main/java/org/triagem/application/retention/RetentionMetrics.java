package org.triagem.application.retention;

import org.triagem.domain.model.retention.DataKind;

/** The port for the operational count of what retention removed, per kind of data. */
public interface RetentionMetrics {

    RetentionMetrics NONE = (kind, count) -> {
    };

    void removed(DataKind kind, long count);
}
