package io.panelist.web.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/applications/{id}/booking-preview}, the question the scheduling form asks while the panel and
 * the time are picked, asked through the API: per panelist, free or what stands in the way (another interview, a load
 * limit); the candidate's own interviews; nothing written; bad input a problem naming the field; recruiters and
 * administrators only.
 */
class BookingPreviewApiTest extends LoadLimitWebTest {
    private String path;
    private String ana;
    private String morgan;

    @BeforeEach
    void mateo() {
        path = "/api/v1/applications/" + applicationOf("Mateo García").get("id").asText() + "/booking-preview";
        ana = userId("ana@example.com");
        morgan = userId("manager@example.com");
    }

    @Test
    void eachPanelistComesBackFreeOrWithWhatStandsInTheWay() {
        JsonNode chloesScreen = screenOf("Chloe Martin");
        JsonNode mateosScreen = screenOf("Mateo García");
        long interviews = count("SELECT count(*) FROM interviews");

        Answer busy = preview(instant(chloesScreen, "startsAt"), instant(chloesScreen, "endsAt"), ana, morgan);
        Answer candidate = preview(instant(mateosScreen, "startsAt"), instant(mateosScreen, "endsAt"), morgan);
        Answer stranger = preview(instant(chloesScreen, "startsAt"), instant(chloesScreen, "endsAt"),
                UUID.randomUUID().toString());

        assertThat(busy.status()).as(busy.toString()).isEqualTo(200);
        JsonNode anaThen = busy.json().get("panel").get(0);
        assertThat(anaThen.get("userId").asText()).isEqualTo(ana);
        assertThat(anaThen.get("free").asBoolean()).isFalse();
        assertThat(anaThen.get("alreadyBooked").get(0).get("interviewId").asText())
                .isEqualTo(chloesScreen.get("id").asText());
        assertThat(busy.json().get("panel").get(1).get("name").asText()).isEqualTo("Morgan Manager");
        assertThat(candidate.json().get("candidateBusy").get(0).get("interviewId").asText())
                .isEqualTo(mateosScreen.get("id").asText());
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(200);
        assertThat(stranger.json().get("panel").get(0).get("eligible").asBoolean()).isFalse();
        assertThat(stranger.json().get("panel").get(0).get("free").asBoolean()).isFalse();
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(interviews);
    }

    @Test
    void oneMoreInterviewPastAWeeklyLimitIsSaidBeforeBooking() {
        limitAnaPerWeek(ana, 1);
        fillAnasWeek(ana, LocalTime.of(9, 0));
        Instant start = at(LocalTime.of(14, 0));

        Answer answer = preview(start, start.plusSeconds(3600), ana);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode limit = answer.json().get("panel").get(0).get("overLimits").get(0);
        assertThat(answer.json().get("panel").get(0).get("free").asBoolean()).isFalse();
        assertThat(limit.get("weekly").asBoolean()).isTrue();
        assertThat(limit.get("interviews").asLong()).isEqualTo(2);
        assertThat(limit.get("limit").asInt()).isEqualTo(1);
        assertThat(limit.get("day").asText()).isEqualTo(monday.toString());
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Instant start = at(LocalTime.of(10, 0));
        Map<String, Object> good = body(start, start.plusSeconds(3600), ana);

        assertRefused(with(good, "endsAt", start.minusSeconds(60).toString()), "endsAt");
        assertRefused(with(good, "endsAt", start.plusSeconds(9 * 3600).toString()), "endsAt");
        assertRefused(with(good, "startsAt", "tomorrow"), "startsAt");
        assertRefused(with(good, "panelistIds", List.of()), "panelistIds");
        assertRefused(with(good, "panelistIds", List.of("ana")), "panelistIds");
        assertRefused(with(good, "panelistIds", java.util.Collections.nCopies(11, ana)), "panelistIds");
    }

    @Test
    void onlyRecruitersAndAdministratorsMayAskAndAnUnknownApplicationIsNotFound() {
        Instant start = at(LocalTime.of(10, 0));
        Map<String, Object> body = body(start, start.plusSeconds(3600), ana);

        assertThat(api.post(path, null, body).status()).isEqualTo(401);
        for (String email : List.of("ana@example.com", "manager@example.com")) {
            Answer refused = api.post(path, api.login(email, DEMO_PASSWORD), body);
            assertThat(refused.status()).as(email).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
        }
        Answer admin = api.post(path, api.login("admin@example.com", DEMO_PASSWORD), body);
        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
        assertThat(admin.json().get("panel").get(0).get("free").asBoolean()).isTrue();
        Answer unknown = api.post("/api/v1/applications/" + UUID.randomUUID() + "/booking-preview", recruiterToken(),
                body);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    private void assertRefused(Map<String, Object> body, String field) {
        Answer answer = api.post(path, recruiterToken(), body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        // a value that cannot be read at all is named in the detail, as the framework words it for every body
        assertThat(answer.json().get("errors")).as(answer.toString())
                .extracting(e -> e.get("field").asText() + " " + e.get("message").asText())
                .anyMatch(f -> f.startsWith(field) || f.contains(field));
    }

    private Answer preview(Instant start, Instant end, String... panel) {
        return api.post(path, recruiterToken(), body(start, end, panel));
    }

    private static Map<String, Object> body(Instant start, Instant end, String... panel) {
        return Map.of("startsAt", start.toString(), "endsAt", end.toString(), "panelistIds", List.of(panel));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
