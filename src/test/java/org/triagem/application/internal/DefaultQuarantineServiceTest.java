package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the quarantine writes to the log: the failure's types, never its messages (they may quote the payload). */
class DefaultQuarantineServiceTest {

    @Test
    void logsTheFailureTypesWithoutTheirMessages() {
        String reason = "PersistenceException: Value too long for column customer_name: 'Maria Souza ...'"
                + " <- JdbcSQLDataException: Value too long: 'Maria Souza ...'";

        assertThat(DefaultQuarantineService.failureTypes(reason))
                .isEqualTo("PersistenceException <- JdbcSQLDataException");
        assertThat(DefaultQuarantineService.failureTypes(null)).isEqualTo("unknown");
    }
}
