package org.triagem.interfaces.channel;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.triagem.infrastructure.mail.UnparseableMailException;

class QuarantineReasonTest {

    /** What EclipseLink on H2 threw for a subject over 300 characters (issue 15), the subject quoted. */
    private static PersistenceException valueTooLong() {
        SQLException h2 = new SQLException("Value too long for column \"subject CHARACTER VARYING(300)\":"
                + " \"'Maria da Silva, CPF 123.456.789-09, cobrança indevida...' (350)\"; SQL statement:"
                + " INSERT INTO complaint_case (subject) VALUES (?) [22001-224]", "22001");
        return new PersistenceException("Exception [EclipseLink-4002]: Internal Exception: " + h2.getMessage(), h2);
    }

    @Test
    void namesADatabaseRefusalBySqlStateWithoutQuotingTheStatementOrItsValues() {
        String reason = QuarantineReason.of(new IllegalStateException("wrapped", valueTooLong()));

        assertThat(reason).isEqualTo("The database refused to store the contact (SQLState 22001): a value was too"
                + " long for its column. The contact is kept here whole and can be replayed.");
        assertThat(reason).doesNotContain("Maria").doesNotContain("INSERT").doesNotContain("123.456");
    }

    @Test
    void keepsTheReadableReasonOfAMailThatCouldNotBeRead() {
        String reason = QuarantineReason.of(new UnparseableMailException("empty message"));

        assertThat(reason).isEqualTo("UnparseableMailException: empty message");
    }

    @Test
    void saysSoWhenThereIsNoFailureToDescribe() {
        assertThat(QuarantineReason.of(null)).isEqualTo("unknown failure");
    }
}
