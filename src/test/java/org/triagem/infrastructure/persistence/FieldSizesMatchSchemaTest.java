package org.triagem.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triagem.domain.model.complaint.FieldSizes;

/** The sizes every contact is fitted to are the sizes of the columns the migrations create. */
class FieldSizesMatchSchemaTest {

    private static JdbcDataSource db;

    @BeforeAll
    static void migrate() {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        DatabaseMigrations.configure(db).load().migrate();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
            "complaint_case, subject, SUBJECT",
            "case_message, subject, SUBJECT",
            "complaint_case, customer_name, CUSTOMER_NAME",
            "complaint_case, customer_email, CUSTOMER_EMAIL",
            "complaint_case, customer_phone, CUSTOMER_PHONE",
            "complaint_case, category, CATEGORY",
            "complaint_case, category_hint, CATEGORY",
            "complaint_case, ivr_choice, IVR_CHOICE",
            "intake_receipt, source_key, SOURCE_KEY",
            "quarantine, source_key, SOURCE_KEY",
            "case_attachment, file_name, FILE_NAME",
            "case_attachment, content_type, CONTENT_TYPE"})
    void theSizeAContactIsFittedToIsItsColumnsSize(String table, String column, String constant) throws Exception {
        int expected = FieldSizes.class.getField(constant).getInt(null);

        assertThat(columnSize(table, column)).isEqualTo(expected);
    }

    private static int columnSize(String table, String column) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT character_maximum_length FROM information_schema.columns WHERE table_name = ? AND column_name = ?")) {
            q.setString(1, table);
            q.setString(2, column);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("column %s.%s exists", table, column).isTrue();
                return rs.getInt(1);
            }
        }
    }
}
