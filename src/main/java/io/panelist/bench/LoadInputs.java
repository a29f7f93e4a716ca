package io.panelist.bench;

import io.panelist.identity.DemoUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each scenario's users send, written as the files the wrk scripts read: real access tokens from
 * {@code POST /login} (interviewers, the hiring manager and the recruiter of the generated data), ids read from
 * the database, and the addresses of self-scheduling links made through the API.
 */
final class LoadInputs {
    /** Words an interviewer looks for in the built-in Flask question pack. */
    static final List<String> SEARCH_WORDS = List.of("session", "blueprint", "sqlalchemy", "migration", "testing",
            "cache", "security", "context", "deploy", "celery");
    private static final int MAX_RECOMMENDATION_PATHS = 20_000;
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<LoadScenario, List<Path>> inputs;
    private final int applicationsPerPosition;

    private LoadInputs(Map<LoadScenario, List<Path>> inputs, int applicationsPerPosition) {
        this.inputs = inputs;
        this.applicationsPerPosition = applicationsPerPosition;
    }

    List<Path> of(LoadScenario scenario) {
        List<Path> files = inputs.get(scenario);
        if (files == null) {
            throw new IllegalArgumentException("no inputs prepared for " + scenario);
        }
        return files;
    }

    /** The largest number of applications any one position has: what one ranking ranks. */
    int applicationsPerPosition() {
        return applicationsPerPosition;
    }

    /** Inputs for the scenarios given, for up to {@code users} simultaneous users. */
    static LoadInputs prepare(DatasetGenerator.Connector database, String baseUrl, int users, List<LoadScenario> scenarios,
                              Path folder) {
        try (Connection connection = database.connect()) {
            Files.createDirectories(folder);
            Map<LoadScenario, List<Path>> inputs = new EnumMap<>(LoadScenario.class);
            Path manager = write(folder.resolve("manager.tokens"), List.of(login(baseUrl, "manager@example.com")));
            List<String> interviewers = strings(connection, """
                    SELECT email FROM users WHERE 'INTERVIEWER' = ANY (roles) AND active
                     ORDER BY email NOT IN ('ana@example.com', 'ben@example.com'), email LIMIT ?""", users);
            Map<String, String> tokens = new LinkedHashMap<>();
            boolean needsInterviewers = scenarios.stream().anyMatch(s -> s == LoadScenario.BASELINE
                    || s == LoadScenario.AUTOSAVE || s == LoadScenario.SEARCH || s == LoadScenario.AGENDA);
            if (needsInterviewers) {
                for (String email : interviewers) {
                    tokens.put(email, login(baseUrl, email));
                }
            }
            Path interviewerTokens = needsInterviewers
                    ? write(folder.resolve("interviewers.tokens"), List.copyOf(tokens.values())) : null;
            for (LoadScenario scenario : scenarios) {
                inputs.put(scenario, switch (scenario) {
                    case BASELINE -> List.of(interviewerTokens, write(folder.resolve("me.paths"), List.of("/api/v1/me")));
                    case AGENDA -> List.of(interviewerTokens,
                            write(folder.resolve("agenda.paths"), List.of("/api/v1/me/interviews")));
                    case SEARCH -> List.of(interviewerTokens, write(folder.resolve("search.paths"),
                            SEARCH_WORDS.stream().map(word -> "/api/v1/questions?q=" + word).toList()));
                    case RECOMMENDATION -> List.of(manager, write(folder.resolve("recommendation.paths"), strings(connection,
                            "SELECT '/api/v1/applications/' || id || '/recommendation' FROM applications "
                                    + "ORDER BY md5(id::text) LIMIT ?", MAX_RECOMMENDATION_PATHS)));
                    case RANKING -> List.of(manager, write(folder.resolve("ranking.paths"), strings(connection,
                            "SELECT '/api/v1/positions/' || id || '/ranking' FROM positions ORDER BY id LIMIT ?", 1000)));
                    case AUTOSAVE -> List.of(write(folder.resolve("autosave.users"), autosaveUsers(connection, tokens)));
                    case BOOKING -> List.of(write(folder.resolve("booking.users"), BookingInputs.lines(connection,
                            login(baseUrl, BookingInputs.RECRUITER), users)));
                    case SLOTS -> List.of(write(folder.resolve("slots.paths"), SlotsInputs.paths(connection, baseUrl,
                            login(baseUrl, BookingInputs.RECRUITER))));
                    // FindTimesLoad posts its own requests from Java
                    case FIND_TIMES -> List.of();
                });
            }
            List<String> largest = strings(connection,
                    "SELECT count(*)::text FROM applications GROUP BY position_id ORDER BY count(*) DESC LIMIT ?", 1);
            return new LoadInputs(inputs, largest.isEmpty() ? 0 : Integer.parseInt(largest.get(0)));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the benchmark's inputs: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each interviewer on an upcoming interview of their own, with the topic keys of its stage. */
    private static List<String> autosaveUsers(Connection connection, Map<String, String> tokens) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT DISTINCT ON (u.email) u.email, i.id,
                       (SELECT string_agg(t.key, ',' ORDER BY st.position) FROM stage_topics st
                          JOIN topics t ON t.id = st.topic_id WHERE st.stage_id = i.stage_id) AS topic_keys
                  FROM users u
                  JOIN interview_panelists ip ON ip.user_id = u.id
                  JOIN interviews i ON i.id = ip.interview_id
                 WHERE u.email = ANY (?) AND i.status = 'SCHEDULED' AND i.starts_at > now()
                 ORDER BY u.email, i.starts_at""")) {
            statement.setArray(1, connection.createArrayOf("text", tokens.keySet().toArray()));
            Map<String, String> byEmail = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    byEmail.put(rs.getString(1), rs.getString(2) + "\t" + rs.getString(3));
                }
            }
            tokens.forEach((email, token) -> {
                if (byEmail.containsKey(email)) {
                    lines.add(token + "\t" + byEmail.get(email));
                }
            });
        }
        if (lines.size() < tokens.size()) {
            throw new IllegalStateException("only " + lines.size() + " of " + tokens.size()
                    + " interviewers have an upcoming interview to score; seed more applications");
        }
        return lines;
    }

    static String login(String baseUrl, String email) {
        String body = "{\"username\":\"" + email + "\",\"password\":\"" + DemoUsers.PASSWORD + "\"}";
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("sign-in of " + email + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("sign-in of " + email + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static List<String> strings(Connection connection, String sql, int limit) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            throw new IllegalStateException("nothing to write to " + file.getFileName() + ": is the database seeded?");
        }
        return Files.write(file, lines);
    }
}
