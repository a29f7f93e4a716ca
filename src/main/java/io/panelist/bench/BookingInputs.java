package io.panelist.bench;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the booking scenario's users send. One line per connection: the recruiter's token, an active application of
 * its own (so a candidate of its own), the first stage of that application's plan, and an interviewer of its own as
 * the panel, so that no two connections ever book the same person. Per run, the first slot: the day after the latest
 * interview in the database, so that no run's slots overlap an earlier run's (booking.lua advances each connection by
 * {@link #MINUTES} a request).
 */
final class BookingInputs {
    static final String RECRUITER = "recruiter@example.com";
    static final int MINUTES = 30;
    private static final String LINES = """
            WITH candidates AS (
                SELECT DISTINCT ON (a.candidate_id) a.id, a.plan_id FROM applications a
                 WHERE a.status = 'ACTIVE' ORDER BY a.candidate_id, a.id
            ), chosen AS (
                SELECT id, plan_id, row_number() OVER (ORDER BY md5(id::text)) AS n FROM candidates
            ), panelists AS (
                SELECT id, row_number() OVER (ORDER BY email) AS n FROM users
                 WHERE 'INTERVIEWER' = ANY (roles) AND active
            )
            SELECT c.id, (SELECT s.id FROM plan_stages s WHERE s.plan_id = c.plan_id ORDER BY s.position LIMIT 1), p.id
              FROM chosen c JOIN panelists p ON p.n = c.n
             WHERE c.n <= ? ORDER BY c.n""";

    private BookingInputs() {
    }

    /** One line per user: token, application, stage, panelist and the interview's minutes, tab-separated. */
    static List<String> lines(Connection connection, String token, int users) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(LINES)) {
            statement.setInt(1, users);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(String.join("\t", token, rs.getString(1), rs.getString(2), rs.getString(3),
                            String.valueOf(MINUTES)));
                }
            }
        }
        if (lines.size() < users) {
            throw new IllegalStateException("booking needs " + users + " active applications and interviewers; found "
                    + lines.size());
        }
        return lines;
    }

    /** The arguments of booking.lua for one run: the users file and a file with the run's first slot. */
    static List<Path> forRun(DatasetGenerator.Connector database, List<Path> users, Path folder, String run) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT max(ends_at) FROM interviews")) {
            rs.next();
            Timestamp latest = rs.getTimestamp(1);
            Instant first = firstSlot(latest == null ? null : latest.toInstant(), Instant.now());
            Path start = Files.writeString(Files.createDirectories(folder).resolve(run + ".start"),
                    first.getEpochSecond() + "\n");
            List<Path> arguments = new ArrayList<>(users);
            arguments.add(start);
            return arguments;
        } catch (SQLException e) {
            throw new IllegalStateException("could not find the latest interview: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Midnight (UTC) after the later of the latest interview's end and now. */
    static Instant firstSlot(@Nullable Instant latestEnd, Instant now) {
        Instant after = latestEnd == null || latestEnd.isBefore(now) ? now : latestEnd;
        return after.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    }
}
