package io.panelist.scheduling.qualifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code GET, PUT /api/v1/interviewers/{id}/qualifications}: a whole list, checked whole, versioned, audited. */
class QualificationsApiTest extends IntegrationTest {
    @Inject
    SchedulingFixtures fixtures;
    SchedulingFixtures.Team team;
    String admin;
    String recruiter;

    @BeforeEach
    void aTeamAndThreeTopics() {
        team = fixtures.team();
        admin = api.login(SchedulingFixtures.ADMIN, TestUsers.PASSWORD);
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
        for (String key : List.of("security", "testing", "python")) {
            topic(api, admin, key);
        }
    }

    @Test
    void aRecruiterReplacesTheWholeListAndReadsItBackWithItsVersion() {
        Answer saved = put(team.ana(), null, "testing", "TRAINEE", "security", "QUALIFIED");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(levels(saved.json())).containsExactly(tuple("security", "QUALIFIED"), tuple("testing", "TRAINEE"));
        assertThat(saved.json().get("interviewerId").asText()).isEqualTo(team.ana().toString());
        assertThat(saved.header("ETag")).isEqualTo("\"" + saved.json().get("version").asLong() + "\"");
        Answer read = api.get(path(team.ana()), recruiter);
        assertThat(read.header("ETag")).isEqualTo(saved.header("ETag"));
        assertThat(levels(read.json())).containsExactly(tuple("security", "QUALIFIED"), tuple("testing", "TRAINEE"));

        Answer replaced = put(team.ana(), saved.header("ETag"), "python", "QUALIFIED");

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(levels(replaced.json())).containsExactly(tuple("python", "QUALIFIED"));
        assertThat(replaced.header("ETag")).isNotEqualTo(saved.header("ETag"));
        assertThat(count("SELECT count(*) FROM interviewer_qualifications")).isOne();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'interviewer.qualifications-saved' AND "
                + "entity_id = '" + team.ana() + "' AND details -> 'before' -> 0 ->> 'topicKey' = 'security' AND "
                + "details -> 'after' -> 0 ->> 'topicKey' = 'python'")).isOne();

        Answer cleared = put(team.ana(), null);
        assertThat(cleared.json().get("topics")).isEmpty();
        assertThat(count("SELECT count(*) FROM interviewer_qualifications")).isZero();
    }

    @Test
    void aStaleVersionIsRefusedAndTheListKept() {
        Answer first = put(team.ben(), null, "security", "TRAINEE");
        put(team.ben(), first.header("ETag"), "security", "QUALIFIED");

        Answer stale = put(team.ben(), first.header("ETag"), "testing", "QUALIFIED");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.json().get("type").asText()).endsWith("stale-version");
        assertThat(levels(api.get(path(team.ben()), admin).json())).containsExactly(tuple("security", "QUALIFIED"));
    }

    @Test
    void unknownAndRepeatedTopicsAreRefusedNamingEachEntryAndNothingIsWritten() {
        put(team.ana(), null, "security", "QUALIFIED");

        Answer refused = put(team.ana(), null, "python", "QUALIFIED", "no-such-topic", "TRAINEE", "python", "TRAINEE",
                "testing", "TRAINEE");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("topics[1].topicKey", "topics[2].topicKey");
        assertThat(levels(api.get(path(team.ana()), admin).json())).containsExactly(tuple("security", "QUALIFIED"));
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'interviewer.qualifications-saved'"))
                .isOne();
    }

    @Test
    void malformedEntriesAreRefusedNamingTheirField() {
        Answer level = put(team.ana(), null, "security", "EXPERT");
        Answer blank = put(team.ana(), null, " ", "QUALIFIED");
        Answer missing = api.putCurrent(path(team.ana()), admin, Map.of());
        Answer nullEntry = api.putCurrent(path(team.ana()), admin, Map.of("topics",
                java.util.Arrays.asList((Object) null)));
        Answer tooMany = api.putCurrent(path(team.ana()), admin, Map.of("topics", IntStream.range(0, 201)
                .mapToObj(i -> Map.of("topicKey", "t" + i, "level", "QUALIFIED")).toList()));

        assertThat(List.of(level, blank, missing, nullEntry, tooMany)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.isProblem()).isTrue();
        });
        assertThat(fields(level)).containsExactly("topics[0].level");
        assertThat(level.json().get("errors").get(0).get("message").asText()).contains("QUALIFIED or TRAINEE");
        assertThat(fields(blank)).containsExactly("topics[0].topicKey");
        assertThat(fields(missing)).containsExactly("topics");
        assertThat(fields(nullEntry)).containsExactly("topics[0]");
        assertThat(fields(tooMany)).containsExactly("topics");
        assertThat(count("SELECT count(*) FROM interviewer_qualifications")).isZero();
    }

    @Test
    void onlyPeopleWhoSitOnPanelsHaveQualifications() {
        assertThat(put(team.manager(), null, "security", "QUALIFIED").status()).isEqualTo(200);
        assertThat(api.get(path(team.manager()), admin).status()).isEqualTo(200);

        for (UUID nobody : List.of(team.recruiter(), team.admin(), UUID.randomUUID())) {
            Answer read = api.get(path(nobody), admin);
            Answer write = put(nobody, null, "security", "QUALIFIED");
            assertThat(read.status()).as(read.toString()).isEqualTo(404);
            assertThat(write.status()).as(write.toString()).isEqualTo(404);
            assertThat(write.isProblem()).isTrue();
        }
        assertThat(count("SELECT count(*) FROM interviewer_qualifications")).isOne();
    }

    @Test
    void recruitersAndAdministratorsKeepTheListsAndAnInterviewerReadsTheirOwn() {
        String ana = api.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);
        String manager = api.login(SchedulingFixtures.MANAGER, TestUsers.PASSWORD);

        assertThat(api.get(path(team.ana()), ana).status()).isEqualTo(200);
        assertThat(api.get(path(team.ben()), ana).status()).isEqualTo(403);
        assertThat(api.get(path(team.ana()), manager).status()).isEqualTo(403);
        assertThat(api.putCurrent(path(team.ana()), ana, body("security", "QUALIFIED")).status()).isEqualTo(403);
        assertThat(api.putCurrent(path(team.ana()), manager, body("security", "QUALIFIED")).status()).isEqualTo(403);
        // the role refuses before any lookup: an id that names no one gets the same answer
        assertThat(api.putCurrent(path(UUID.randomUUID()), ana, body("security", "QUALIFIED")).status()).isEqualTo(403);
        assertThat(api.get(path(team.ana()), null).status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM interviewer_qualifications")).isZero();
    }

    static void topic(io.panelist.support.Api api, String token, String key) {
        Answer created = api.post("/api/v1/topics", token, Map.of("key", key, "name", key, "description",
                "What " + key + " covers.", "anchors", IntStream.rangeClosed(1, 4)
                        .mapToObj(s -> Map.of("score", s, "descriptor", key + " at level " + s)).toList()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    static Map<String, Object> body(String... topicAndLevel) {
        List<Map<String, String>> topics = IntStream.range(0, topicAndLevel.length / 2)
                .mapToObj(i -> Map.of("topicKey", topicAndLevel[2 * i], "level", topicAndLevel[2 * i + 1])).toList();
        return Map.of("topics", topics);
    }

    private Answer put(UUID person, String ifMatch, String... topicAndLevel) {
        var call = api.call("PUT", path(person)).token(recruiter).json(body(topicAndLevel));
        return ifMatch == null ? call.ifMatchCurrent().send() : call.header("If-Match", ifMatch).send();
    }

    private static String path(UUID person) {
        return "/api/v1/interviewers/" + person + "/qualifications";
    }

    private static List<org.assertj.core.groups.Tuple> levels(JsonNode qualifications) {
        List<org.assertj.core.groups.Tuple> found = new java.util.ArrayList<>();
        qualifications.get("topics").forEach(t -> found.add(tuple(t.get("topicKey").asText(), t.get("level").asText())));
        return found;
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new java.util.ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
