package io.panelist.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slots scenario's pages: {@code recruiter@example.com} makes self-scheduling links through the API (untimed,
 * before the load), each for a generated application of its own and a stage of its plan, a panel of 2 over the next
 * 14 days; the candidates' side is then {@code GET /api/v1/public/scheduling/{token}}, without signing in.
 */
final class SlotsInputs {
    static final int LINKS = 100;
    static final int WINDOW_DAYS = 14;
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String APPLICATIONS = """
            SELECT a.id, s.id FROM applications a
              JOIN LATERAL (SELECT s.id FROM plan_stages s WHERE s.plan_id = a.plan_id
                             ORDER BY md5(a.id::text || s.id::text) LIMIT 1) s ON true
             WHERE a.status = 'ACTIVE' ORDER BY md5(a.id::text) LIMIT ?""";

    private SlotsInputs() {
    }

    /** One path per link made: the public address of its page. */
    static List<String> paths(Connection connection, String baseUrl, String recruiterToken) throws SQLException {
        Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant to = from.plus(Duration.ofDays(WINDOW_DAYS));
        List<String> paths = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(APPLICATIONS)) {
            statement.setInt(1, LINKS);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String body = "{\"stageId\":\"" + rows.getString(2) + "\",\"from\":\"" + from + "\",\"to\":\"" + to
                            + "\",\"panelSize\":2,\"expiresAt\":\"" + to + "\"}";
                    paths.add("/api/v1/public/scheduling/" + makeLink(baseUrl, recruiterToken, rows.getString(1), body));
                }
            }
        }
        return paths;
    }

    private static String makeLink(String baseUrl, String token, String applicationId, String body) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl
                                    + "/api/v1/applications/" + applicationId + "/scheduling-links"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher link = TOKEN.matcher(response.body());
            if (response.statusCode() != 201 || !link.find()) {
                throw new IllegalStateException("making a scheduling link for application " + applicationId
                        + " answered " + response.statusCode() + ": " + response.body());
            }
            return link.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("making a scheduling link failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
