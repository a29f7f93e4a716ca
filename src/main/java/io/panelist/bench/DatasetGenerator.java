package io.panelist.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A realistic data set loaded by set-based SQL (INSERT ... SELECT generate_series), never through the API: 60
 * interviewers (the demo's ana and ben among them) with built-in leniency, 20 open positions of the demo manager
 * with published four-stage plans, and per application one candidate, four interviews of two panelists each, eight
 * submitted scorecards and six topic scores per scorecard. Every constraint and trigger stays on except the per-commit
 * calibration refresh, whose result is built for all applications at once in one statement. The load is one transaction: a failure leaves nothing behind.
 */
public final class DatasetGenerator {
    public static final int MIN_APPLICATIONS = 1;
    public static final int MAX_APPLICATIONS = 200_000;
    public static final int INTERVIEWERS = 60;
    public static final int POSITIONS = 20;
    static final int TOPICS = 12;
    static final int STAGES = 4;

    /** One finished step: what it made, how many rows, how long it took. */
    public record Step(String name, long rows, double seconds) {
        @Override
        public String toString() {
            return String.format("%-34s %,10d rows %7.1f s", name, rows, seconds);
        }
    }

    /** The database already holds applications; the generator only fills an empty one. */
    public static final class NotEmptyException extends RuntimeException {
        public NotEmptyException(long applications) {
            super("the database already holds " + applications + " applications; "
                    + "seed fills only an empty database (start from a fresh PANELIST_DATA_DIR or database)");
        }
    }

    /** Opens a connection to the database to fill. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;

    public DatasetGenerator(Connector connector) {
        this.connector = connector;
    }

    /**
     * Fills the database with {@code applications} applications and everything around them, reporting each step.
     * The demo users manager@, ana@ and ben@example.com must exist (see {@code DemoUsers.ensure}).
     */
    public List<Step> generate(int applications, Consumer<Step> progress) throws SQLException {
        if (applications < MIN_APPLICATIONS || applications > MAX_APPLICATIONS) {
            throw new IllegalArgumentException("applications must be between " + MIN_APPLICATIONS + " and "
                    + MAX_APPLICATIONS + ", not " + applications);
        }
        List<Step> steps = new ArrayList<>();
        Consumer<Step> record = step -> {
            steps.add(step);
            progress.accept(step);
        };
        try (Connection connection = connector.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.execute("SET LOCAL client_min_messages = warning");
                // a second generator, or a first application, cannot slip in between the check and the load
                statement.execute("LOCK TABLE applications IN SHARE ROW EXCLUSIVE MODE");
                long existing = single(statement, "SELECT count(*) FROM applications");
                if (existing > 0) {
                    throw new NotEmptyException(existing);
                }
                // calibration pairs are built once at the end instead of per scorecard at commit
                statement.execute("ALTER TABLE scorecards DISABLE TRIGGER scorecards_submitted_refresh_calibration");
                for (String[] step : DatasetSql.steps(applications)) {
                    long start = System.nanoTime();
                    long rows = statement.executeLargeUpdate(step[1]);
                    record.accept(new Step(step[0], rows, seconds(start)));
                    if (step[0].equals(DatasetSql.INTERVIEWER_STEP)) {
                        requireAllInterviewers(statement);
                    }
                }
                statement.execute("ALTER TABLE scorecards ENABLE TRIGGER scorecards_submitted_refresh_calibration");
                long start = System.nanoTime();
                connection.commit();
                record.accept(new Step("commit", 0, seconds(start)));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            connection.setAutoCommit(true);
            long start = System.nanoTime();
            statement.execute("VACUUM ANALYZE");
            record.accept(new Step("vacuum analyze", 0, seconds(start)));
        }
        return steps;
    }

    private static void requireAllInterviewers(Statement statement) throws SQLException {
        long found = single(statement, "SELECT count(*) FROM bench_interviewers");
        if (found != INTERVIEWERS) {
            throw new IllegalStateException("the demo users manager@, ana@ and ben@example.com must exist before "
                    + "seeding; found " + found + " of " + INTERVIEWERS + " interviewers");
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
