package org.triagem.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Looks for values in every text column of every table of the IT database, the column list read from {@code
 * INFORMATION_SCHEMA.COLUMNS}, so a table added tomorrow is searched too. Case-insensitive; on PostgreSQL the
 * {@code json}, {@code jsonb} and {@code tsvector} columns are searched as text as well.
 */
final class PersonalDataScan {

    private PersonalDataScan() {
    }

    /** {@code table.column: value} for each column that holds any of the values. */
    static List<String> findings(List<String> values) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = ItDatabase.connect()) {
            for (String[] column : textColumns(c)) {
                String expression = "LOWER(CAST(\"" + column[1] + "\" AS VARCHAR))";
                for (String value : values) {
                    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE "
                            + expression + " LIKE ?")) {
                        s.setString(1, "%" + value.toLowerCase(Locale.ROOT) + "%");
                        try (ResultSet r = s.executeQuery()) {
                            r.next();
                            if (r.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + ": " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** How many text columns the scan reads: a guard that it read the schema at all. */
    static int columnCount() throws SQLException {
        try (Connection c = ItDatabase.connect()) {
            return textColumns(c).size();
        }
    }

    private static List<String[]> textColumns(Connection c) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT table_name, column_name, data_type"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE LOWER(table_schema) = 'public'"
                + " AND table_name IN (SELECT table_name FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE'))");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String type = r.getString(3).toLowerCase(Locale.ROOT);
                if (type.contains("char") || type.equals("text") || type.startsWith("json") || type.equals("tsvector")
                        || type.contains("clob")) {
                    columns.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
        }
        return columns;
    }
}
