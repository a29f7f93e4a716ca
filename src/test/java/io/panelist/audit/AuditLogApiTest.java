package io.panelist.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/audit} over the demo's log: names instead of ids, the filters by person, action and time alone
 * and combined, and the refusals. Expected counts come from the table itself.
 */
class AuditLogApiTest extends WebTest {
    private static final String AUDIT = "/api/v1/audit";

    @Test
    void eventsNameThePeopleAndRecordsTheyMention() {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);

        JsonNode scheduled = page(admin, "action=interview.scheduled&size=1").get("items").get(0);
        JsonNode users = page(admin, "entityType=user&action=user.created&size=100");

        List<String> panel = new ArrayList<>();
        scheduled.at("/details/panelistIds").forEach(id -> panel.add(scheduled.at("/names/" + id.asText()).asText()));
        assertThat(panel).isNotEmpty().allMatch(name -> name.endsWith(" Interviewer") || name.contains(" "));
        assertThat(scheduled.at("/names/" + scheduled.at("/details/stageId").asText()).asText()).isNotBlank();
        assertThat(scheduled.at("/names/" + scheduled.at("/details/applicationId").asText()).asText()).contains(" for ");
        assertThat(scheduled.get("entityName").asText()).contains(" with ");
        assertThat(users.get("items")).anySatisfy(e -> assertThat(e.get("entityName").asText()).isEqualTo("Ben Interviewer"));
    }

    @Test
    void anErasedCandidateIsNamedAsErasedInEveryEventAboutThem() {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        String recruiter = api.login("recruiter@example.com", DEMO_PASSWORD);
        String jordan = api.get("/api/v1/candidates?q=Jordan", recruiter).json().at("/items/0/id").asText();
        assertThat(api.delete("/api/v1/candidates/" + jordan, recruiter).status()).isEqualTo(204);

        JsonNode about = page(admin, "entityType=candidate&entityId=" + jordan);
        JsonNode applications = page(admin, "action=application.created&size=100");

        assertThat(about.get("items")).extracting(e -> e.get("action").asText()).contains("candidate.erased",
                "candidate.created");
        assertThat(about.get("items")).allSatisfy(e -> assertThat(e.get("entityName").asText())
                .isEqualTo("Erased candidate"));
        assertThat(about.toString()).doesNotContain("Jordan");
        assertThat(applications.get("items")).anySatisfy(e -> assertThat(
                e.at("/names/" + jordan).asText()).isEqualTo("Erased candidate"));
        assertThat(applications.toString()).doesNotContain("Jordan");
    }

    @Test
    void eachFilterAloneNarrowsTheLogToWhatTheTableHolds() {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        String ben = page(admin, "action=user.created&size=100").get("items").findParents("entityName").stream()
                .filter(e -> e.get("entityName").asText().equals("Ben Interviewer")).findFirst().orElseThrow()
                .get("entityId").asText();
        // ben acts: a profile change of his own
        String benToken = api.login("ben@example.com", DEMO_PASSWORD);
        assertThat(api.put("/api/v1/me", benToken, Map.of("displayName", "Ben Interviewer",
                "timeZone", "Europe/Berlin")).status()).isEqualTo(200);
        Instant middle = Instant.parse(firstValue("SELECT occurred_at FROM audit_events ORDER BY occurred_at, id"
                + " OFFSET (SELECT count(*) / 2 FROM audit_events) LIMIT 1"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        JsonNode byBen = page(admin, "actorId=" + ben + "&size=100");
        JsonNode erased = page(admin, "action=user.created&size=100");
        JsonNode anyCandidate = page(admin, "action=candidate.&size=100");

        assertThat(byBen.get("total").asLong()).isPositive()
                .isEqualTo(count("SELECT count(*) FROM audit_events WHERE actor_id = '" + ben + "'"));
        assertThat(byBen.get("items")).allSatisfy(e -> {
            assertThat(e.get("actorId").asText()).isEqualTo(ben);
            assertThat(e.get("actorName").asText()).isEqualTo("Ben Interviewer");
        });
        assertThat(erased.get("total").asLong()).isEqualTo(count(
                "SELECT count(*) FROM audit_events WHERE action = 'user.created'"));
        assertThat(anyCandidate.get("total").asLong()).isPositive().isEqualTo(count(
                "SELECT count(*) FROM audit_events WHERE action LIKE 'candidate.%'"));
        assertThat(anyCandidate.get("items")).allSatisfy(e -> assertThat(e.get("action").asText()).startsWith("candidate."));
        assertThat(total(admin, "from=" + middle)).isEqualTo(count(
                "SELECT count(*) FROM audit_events WHERE occurred_at >= '" + middle + "'"));
        assertThat(total(admin, "to=" + middle)).isEqualTo(count(
                "SELECT count(*) FROM audit_events WHERE occurred_at < '" + middle + "'"));
        assertThat(total(admin, "from=" + middle) + total(admin, "to=" + middle)).isEqualTo(total(admin, ""));
        assertThat(total(admin, "from=" + today + "&to=" + today)).isEqualTo(count(
                "SELECT count(*) FROM audit_events WHERE occurred_at >= current_date AND occurred_at < current_date + 1"))
                .isPositive();
        assertThat(total(admin, "from=" + LocalDate.now(ZoneOffset.UTC).plusDays(2))).isZero();
    }

    @Test
    void filtersCombineWithEachOtherAndWithPaging() {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        Instant middle = Instant.parse(firstValue("SELECT occurred_at FROM audit_events ORDER BY occurred_at, id"
                + " OFFSET (SELECT count(*) / 2 FROM audit_events) LIMIT 1"));
        String admins = firstValue("SELECT id FROM users WHERE email = 'admin@example.com'");
        api.post("/api/v1/users", admin, Map.of("email", "zed@example.com", "displayName", "Zed New",
                "password", "a-long-enough-password", "roles", List.of("INTERVIEWER"), "timeZone", "UTC"));

        long expected = count("SELECT count(*) FROM audit_events WHERE action LIKE 'interview.%' AND occurred_at >= '"
                + middle + "'");
        JsonNode first = page(admin, "action=interview.&from=" + enc(middle.toString()) + "&size=2");

        assertThat(first.get("total").asLong()).isEqualTo(expected);
        assertThat(total(admin, "action=interview.&from=" + enc(middle.toString()) + "&size=2&page=1"))
                .isEqualTo(expected);
        assertThat(total(admin, "actorId=" + admins + "&action=user.created&entityType=user")).isEqualTo(1);
        assertThat(total(admin, "actorId=" + admins + "&action=user.created&to=2000-01-01")).isZero();
        assertThat(page(admin, "actorId=" + admins + "&action=user.").get("items"))
                .allSatisfy(e -> assertThat(e.get("actorName").asText()).isEqualTo("Avery Admin"));
    }

    @Test
    void badFiltersAreRefusedNamingTheParameterAndOnlyAdminsReadTheLog() {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        String recruiter = api.login("recruiter@example.com", DEMO_PASSWORD);
        Map<String, String> refused = Map.of(
                "actorId=ben", "actorId",
                "action=candidate.exploded", "action",
                "action=nothing.", "action",
                "action=DROP%20TABLE", "action",
                "from=2026-13-01", "from",
                "to=yesterday", "to",
                "from=2026-03-02&to=2026-03-01", "from",
                "from=2026-03-01T10:00:00Z&to=2026-03-01T09:00:00Z", "from",
                "entityId=nope", "entityId");

        refused.forEach((query, field) -> {
            Answer answer = api.get(AUDIT + "?" + query, admin);
            assertThat(answer.status()).as(query + " " + answer).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().at("/errors/0/field").asText()).as(query).isEqualTo(field);
        });
        assertThat(api.get(AUDIT + "?action=candidate.erased", recruiter).status()).isEqualTo(403);
        assertThat(api.get(AUDIT + "?action=candidate.erased", admin).status()).isEqualTo(200);
        assertThat(api.get(AUDIT + "?from=2026-03-01&to=2026-03-01", admin).status()).isEqualTo(200);
    }

    private JsonNode page(String token, String query) {
        Answer answer = api.get(AUDIT + "?" + query, token);
        assertThat(answer.status()).as(query + " " + answer).isEqualTo(200);
        return answer.json();
    }

    private long total(String token, String query) {
        return page(token, query).get("total").asLong();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String firstValue(String sql) {
        try (var connection = connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            Object value = rows.getObject(1);
            return value instanceof java.time.OffsetDateTime time ? time.toInstant().toString()
                    : value instanceof java.sql.Timestamp stamp ? stamp.toInstant().toString() : String.valueOf(value);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
