package org.mizan.cli.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** The two fastest ways JDBC offers to put many rows into PostgreSQL. */
enum RowWriter {

    /** COPY ... FROM STDIN in text format: one round trip per table, no statement per row. */
    COPY {
        @Override
        void write(Connection connection, Table table, List<String[]> rows) throws SQLException {
            StringBuilder text = new StringBuilder(rows.size() * 200);
            rows.forEach(row -> Table.appendCopyLine(text, row));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try {
                copy.copyIn(table.copySql(), new StringReader(text.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException("COPY into " + table.name() + " failed", e);
            }
        }
    },

    /** A batched prepared INSERT; with reWriteBatchedInserts the driver folds it into multi-row INSERTs. */
    INSERT {
        @Override
        void write(Connection connection, Table table, List<String[]> rows) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
                for (String[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setString(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    };

    abstract void write(Connection connection, Table table, List<String[]> rows) throws SQLException;

    /** Reserves sequence numbers from the event store's own sequence, as the sequencer does, so none collide. */
    static long[] reserveSeqs(Connection connection, int count) throws SQLException {
        long[] seqs = new long[count];
        try (PreparedStatement s = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence('custody_event', 'seq')) from generate_series(1, ?)")) {
            s.setInt(1, count);
            try (var rs = s.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    seqs[i] = rs.getLong(1);
                }
            }
        }
        return seqs;
    }
}
