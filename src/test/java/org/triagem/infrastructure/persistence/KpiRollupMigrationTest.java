package org.triagem.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V35 adds the department-and-channel roll-ups to a desk that already has detailed rows: the back-fill
 * sums them, so a report reads the same figures from either grain on the day of the upgrade.
 */
class KpiRollupMigrationTest {

    private static JdbcDataSource newDatabase() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return db;
    }

    @Test
    void theRollUpsStartAsTheSumsOfTheDetailedRowsWrittenBeforeTheUpgrade() throws SQLException {
        JdbcDataSource db = newDatabase();
        DatabaseMigrations.configure(db).target("32").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // Financeiro by e-mail on 3 November: two categories, two priorities, nobody's and fabio's rows
            s.executeUpdate("INSERT INTO kpi_daily (report_day, department, channel, category, priority, agent, opened,"
                    + " resolved, csat_score_sum) VALUES"
                    + " (DATE '2026-11-03', 'Financeiro', 'EMAIL', 'cobranca', 'P2', '', 3, 0, 0),"
                    + " (DATE '2026-11-03', 'Financeiro', 'EMAIL', 'cobranca', 'P2', 'fabio', 0, 2, 9),"
                    + " (DATE '2026-11-03', 'Financeiro', 'EMAIL', 'fatura', 'P3', '', 4, 0, 0),"
                    + " (DATE '2026-11-03', 'Financeiro', 'PHONE', '', 'P4', 'fabio', 1, 1, 5)");
            s.executeUpdate("INSERT INTO kpi_daily_time (report_day, department, channel, category, priority, agent,"
                    + " series, bucket, cases) VALUES"
                    + " (DATE '2026-11-03', 'Financeiro', 'EMAIL', 'cobranca', 'P2', 'fabio', 'RESOLUTION_MINUTES', 8, 2),"
                    + " (DATE '2026-11-03', 'Financeiro', 'EMAIL', 'fatura', 'P3', 'fabio', 'RESOLUTION_MINUTES', 8, 1)");
            s.executeUpdate("INSERT INTO kpi_daily_root_cause (report_day, department, channel, category, priority,"
                    + " agent, root_cause, resolved) VALUES"
                    + " (DATE '2026-11-03', 'Financeiro', 'EMAIL', 'cobranca', 'P2', 'fabio', 'cobranca-duplicada', 2),"
                    + " (DATE '2026-11-03', 'Financeiro', 'EMAIL', 'fatura', 'P3', 'ana', 'cobranca-duplicada', 1)");
            s.executeUpdate("INSERT INTO kpi_daily_tag (report_day, department, channel, category, priority, agent,"
                    + " tag, opened) VALUES"
                    + " (DATE '2026-11-03', 'Financeiro', 'EMAIL', 'cobranca', 'P2', '', 'procon', 1),"
                    + " (DATE '2026-11-03', 'Financeiro', 'EMAIL', 'fatura', 'P3', '', 'procon', 2)");
        }

        DatabaseMigrations.configure(db).load().migrate();

        try (Connection c = db.getConnection()) {
            assertThat(rows(c, "SELECT channel, opened, resolved, csat_score_sum FROM kpi_rollup ORDER BY channel"))
                    .containsExactly("EMAIL 7 2 9", "PHONE 1 1 5");
            assertThat(rows(c, "SELECT channel, series, bucket, cases FROM kpi_rollup_time"))
                    .containsExactly("EMAIL RESOLUTION_MINUTES 8 3");
            assertThat(rows(c, "SELECT channel, category, opened FROM kpi_rollup_category ORDER BY channel, category"))
                    .containsExactly("EMAIL cobranca 3", "EMAIL fatura 4", "PHONE  1");
            assertThat(rows(c, "SELECT channel, root_cause, resolved FROM kpi_rollup_root_cause"))
                    .containsExactly("EMAIL cobranca-duplicada 3");
            assertThat(rows(c, "SELECT channel, tag, opened FROM kpi_rollup_tag")).containsExactly("EMAIL procon 3");
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(r.getString(i));
                }
                rows.add(String.join(" ", cells));
            }
        }
        return rows;
    }
}
