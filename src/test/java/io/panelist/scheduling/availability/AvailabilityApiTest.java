package io.panelist.scheduling.availability;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.scheduling.availability.AvailabilityBodies.full;
import static io.panelist.scheduling.availability.AvailabilityBodies.fullWith;
import static io.panelist.scheduling.availability.AvailabilityBodies.range;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET, PUT /api/v1/me/availability} and {@code /api/v1/interviewers/{id}/availability}: the defaults, a whole
 * replacement read back, the weekly limit shared with the user, versions, who may do what.
 */
class AvailabilityApiTest extends IntegrationTest {
    static final String MINE = "/api/v1/me/availability";
    @Inject
    TestUsers users;
    UUID anaId;
    UUID benId;
    String ana;
    String rita;
    String admin;

    @BeforeEach
    void people() {
        anaId = users.create("ana@example.com", Role.INTERVIEWER);
        benId = users.create("ben@example.com", Role.HIRING_MANAGER);
        users.create("rita@example.com", Role.RECRUITER);
        users.create("admin@example.com", Role.ADMIN);
        ana = api.login("ana@example.com", TestUsers.PASSWORD);
        rita = api.login("rita@example.com", TestUsers.PASSWORD);
        admin = api.login("admin@example.com", TestUsers.PASSWORD);
    }

    @Test
    void someoneWhoNeverSavedReadsTheDefaultWeekInTheirOwnZone() {
        Answer answer = api.get(MINE, ana);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("defaultHours").asBoolean()).isTrue();
        assertThat(body.get("weekly")).isEmpty();
        assertThat(body.get("exceptions")).isEmpty();
        assertThat(body.get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(body.get("dailyLimit").isNull()).isTrue();
        assertThat(body.get("weeklyLimit").isNull()).isTrue();
        assertThat(body.get("bufferMinutes").asInt()).isZero();
        assertThat(answer.header("ETag")).isEqualTo("\"0\"").isEqualTo(etag(body));
        assertThat(count("SELECT count(*) FROM interviewer_availability")).as("a read writes nothing").isZero();
    }

    @Test
    void aSaveReplacesTheWholeAvailabilityAndReadsBack() {
        Answer saved = put(MINE, ana, "\"0\"", full());

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo(etag(saved.json())).isNotEqualTo("\"0\"");
        JsonNode body = api.get(MINE, ana).json();
        assertThat(body.get("defaultHours").asBoolean()).isFalse();
        assertThat(body.get("weekly")).extracting(r -> r.get("day").asText() + " " + r.get("from").asText() + "-"
                + r.get("to").asText()).containsExactly("MONDAY 09:00-12:00", "MONDAY 13:00-17:00",
                "TUESDAY 09:00-12:00", "WEDNESDAY 08:00-24:00");
        assertThat(body.get("exceptions").get(0).get("from").asText()).isEqualTo("2031-07-06T22:00:00Z");
        assertThat(body.get("exceptions").get(0).get("reason").asText()).isEqualTo("Summer holiday");
        assertThat(body.get("dailyLimit").asInt()).isEqualTo(2);
        assertThat(body.get("weeklyLimit").asInt()).isEqualTo(6);
        assertThat(body.get("bufferMinutes").asInt()).isEqualTo(15);

        Answer replaced = put(MINE, ana, saved.header("ETag"), Map.of("weekly", List.of(range("FRIDAY", "10:00",
                "11:00")), "exceptions", List.of(), "weeklyLimit", 6));

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("weekly")).hasSize(1);
        assertThat(replaced.json().get("exceptions")).isEmpty();
        assertThat(replaced.json().get("dailyLimit").isNull()).as("left out: no daily limit").isTrue();
        assertThat(replaced.json().get("bufferMinutes").asInt()).isZero();
        assertThat(count("SELECT count(*) FROM availability_weekly")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM availability_exceptions")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'availability.changed' AND entity_id = '"
                + anaId + "' AND details->>'weeklyRanges' = '4' AND details->>'exceptions' = '1'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'availability.changed'")).isEqualTo(2);
    }

    @Test
    void anEmptyWeekMeansTheDefaultWeekAgain() {
        put(MINE, ana, null, full());

        Answer emptied = put(MINE, ana, null, fullWith("weekly", List.of()));

        assertThat(emptied.json().get("defaultHours").asBoolean()).isTrue();
        assertThat(emptied.json().get("weekly")).isEmpty();
    }

    @Test
    void theWeeklyLimitIsTheUsersWeeklyInterviewLimit() {
        Answer saved = put(MINE, ana, null, fullWith("weeklyLimit", 5));
        assertThat(user(anaId).get("weeklyInterviewLimit").asInt()).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'user.weekly-limit-changed'")).isEqualTo(1);

        JsonNode user = user(anaId);
        Answer changed = api.call("PUT", "/api/v1/users/" + anaId).token(admin)
                .header("If-Match", "\"" + user.get("version").asLong() + "\"")
                .json(Map.of("email", "ana@example.com", "displayName", "Ana", "roles", List.of("INTERVIEWER"),
                        "timeZone", "Europe/Berlin", "weeklyInterviewLimit", 3)).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        Answer read = api.get(MINE, ana);
        assertThat(read.json().get("weeklyLimit").asInt()).isEqualTo(3);
        assertThat(read.header("ETag")).as("a change of the limit is a change of the availability")
                .isNotEqualTo(saved.header("ETag"));
        assertThat(put(MINE, ana, saved.header("ETag"), fullWith("weeklyLimit", 9)).status()).isEqualTo(412);
        assertThat(user(anaId).get("weeklyInterviewLimit").asInt()).isEqualTo(3);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChangesNotEvenTheLimit() {
        Answer first = put(MINE, ana, "\"0\"", full());

        Answer stale = put(MINE, ana, "\"0\"", fullWith("weeklyLimit", 12));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.problemType()).isEqualTo("stale-version");
        assertThat(api.get(MINE, ana).header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(user(anaId).get("weeklyInterviewLimit").asInt()).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action LIKE 'availability.%'")).isEqualTo(1);
    }

    @Test
    void theTimeZoneFollowsThePersonsOwnUnlessAnotherIsChosen() {
        put(MINE, ana, null, fullWith("timeZone", null));
        api.put("/api/v1/me", ana, Map.of("displayName", "Ana", "timeZone", "Asia/Tokyo"));
        assertThat(api.get(MINE, ana).json().get("timeZone").asText()).isEqualTo("Asia/Tokyo");

        put(MINE, ana, null, fullWith("timeZone", "America/New_York"));
        api.put("/api/v1/me", ana, Map.of("displayName", "Ana", "timeZone", "Europe/Lisbon"));

        assertThat(api.get(MINE, ana).json().get("timeZone").asText()).isEqualTo("America/New_York");
    }

    @Test
    void recruitersAndAdministratorsManageInterviewersAndHiringManagers() {
        Answer byRita = put(of(anaId), rita, "\"0\"", full());
        Answer byAdmin = api.get(of(benId), admin);

        assertThat(byRita.status()).as(byRita.toString()).isEqualTo(200);
        assertThat(api.get(MINE, ana).json().get("bufferMinutes").asInt()).isEqualTo(15);
        assertThat(api.get(of(anaId), admin).header("ETag")).isEqualTo(byRita.header("ETag"));
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.json().get("defaultHours").asBoolean()).isTrue();
        assertThat(count("SELECT count(*) FROM audit_events a JOIN users u ON u.id = a.actor_id"
                + " WHERE a.action = 'availability.changed' AND u.email = 'rita@example.com'")).isEqualTo(1);
    }

    @Test
    void anInterviewerMayNotReadOrChangeSomeoneElses() {
        Answer read = api.get(of(benId), ana);
        Answer write = put(of(benId), ana, null, full());
        Answer own = put(of(anaId), ana, null, full());

        assertThat(List.of(read, write, own)).extracting(Answer::status).containsOnly(403);
        assertThat(write.isProblem()).isTrue();
        assertThat(count("SELECT count(*) FROM interviewer_availability")).isZero();
    }

    @Test
    void unknownPeopleAndPeopleWhoDoNotInterviewAreNotFound() {
        UUID ritaId = UUID.fromString(api.get("/api/v1/me", rita).json().get("id").asText());

        Answer unknown = api.get(of(UUID.randomUUID()), admin);
        Answer recruiter = api.get(of(ritaId), admin);
        Answer write = put(of(ritaId), admin, null, full());

        assertThat(List.of(unknown, recruiter, write)).extracting(Answer::status).containsOnly(404);
        assertThat(unknown.problemType()).isEqualTo("not-found");
        assertThat(count("SELECT count(*) FROM interviewer_availability")).isZero();
        assertThat(api.get(MINE, rita).status()).as("everyone has their own").isEqualTo(200);
    }

    @Test
    void withoutATokenNothingIsReadOrWritten() {
        List<Answer> answers = List.of(api.call("GET", MINE).send(), api.call("PUT", MINE).ifMatchCurrent()
                .json(full()).send(),
                api.call("GET", of(anaId)).send(), api.call("PUT", of(anaId)).ifMatchCurrent().json(full()).send());

        assertThat(answers).extracting(Answer::status).containsOnly(401);
        assertThat(answers).allMatch(Answer::isProblem);
        assertThat(count("SELECT count(*) FROM interviewer_availability")).isZero();
    }

    static String of(UUID id) {
        return "/api/v1/interviewers/" + id + "/availability";
    }

    private Answer put(String path, String token, String ifMatch, Object body) {
        var call = api.call("PUT", path).token(token).json(body);
        return ifMatch == null ? call.ifMatchCurrent().send() : call.header("If-Match", ifMatch).send();
    }

    private JsonNode user(UUID id) {
        return api.get("/api/v1/users/" + id, admin).json();
    }

    private static String etag(JsonNode body) {
        return "\"" + body.get("version").asLong() + "\"";
    }
}
