package io.panelist.recruiting;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External ids: candidates and applications carry the id another system gives them, unique per kind, and a
 * candidate is created or updated by theirs with one idempotent PUT.
 */
class ExternalIdsApiTest extends IntegrationTest {
    static final String UPSERT = "/api/v1/candidates/by-external-id/";
    static final Map<String, Object> ZOE = Map.of("name", "Zoe Example", "email", "zoe@example.org",
            "phone", "+49 30 1234567");
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    String recruiter;

    @BeforeEach
    void signInAsRecruiter() {
        team = fixtures.team();
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @Test
    void theUpsertCreatesThenUpdatesAndAnswersTheSameBodyTheSameWay() {
        Answer created = api.put(UPSERT + "crm-12345", recruiter, ZOE);
        Map<String, Object> moved = Map.of("name", "Zoe Example", "email", "zoe@example.org", "phone", "+49 40 7654321");
        Answer updated = api.put(UPSERT + "crm-12345", recruiter, moved);
        Answer again = api.put(UPSERT + "crm-12345", recruiter, moved);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/candidates/" + id);
        assertThat(created.json().get("externalId").asText()).isEqualTo("crm-12345");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("id").asText()).isEqualTo(id);
        assertThat(updated.json().get("phone").asText()).isEqualTo("+49 40 7654321");
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).as("the same body twice: the same answer").isEqualTo(updated.json());
        assertThat(again.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.get("/api/v1/candidates/" + id, recruiter).json().get("externalId").asText())
                .isEqualTo("crm-12345");
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE entity_id = '" + id + "'"))
                .as("created and updated once; the unchanged repeat writes nothing").isEqualTo(2);
    }

    @RepeatedTest(3)
    void tenIdenticalUpsertsAtOnceMakeOneCandidate() throws Exception {
        List<Callable<Answer>> puts = Collections.nCopies(10, () -> api.put(UPSERT + "crm-777", recruiter, ZOE));

        List<Answer> answers = SchedulingFixtures.atOnce(puts);

        assertThat(answers).filteredOn(a -> a.status() == 201).as(answers.toString()).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 200).as(answers.toString()).hasSize(9);
        assertThat(answers).extracting(a -> a.json().get("id").asText()).containsOnly(
                answers.get(0).json().get("id").asText());
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action LIKE 'candidate.%'")).isEqualTo(1);
    }

    @Test
    void anExternalIdOverTwoHundredCharactersIsRefusedNamingTheField() {
        String tooLong = "x".repeat(201);
        Map<String, Object> withLongId = Map.of("name", "Zoe Example", "externalId", tooLong);

        List<Answer> answers = List.of(api.put(UPSERT + tooLong, recruiter, ZOE),
                api.post("/api/v1/candidates", recruiter, withLongId),
                api.put(UPSERT + "crm-1", recruiter, Map.of("name", "Zoe Example", "externalId", "crm-2")),
                api.put(UPSERT + "%20", recruiter, ZOE));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).contains("externalId");
        });
        assertThat(api.put(UPSERT + "x".repeat(200), recruiter, ZOE).status()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(1);
    }

    @Test
    void anExternalIdBelongsToOneCandidateAndAnEditWithoutOneKeepsIt() {
        Answer first = api.post("/api/v1/candidates", recruiter, Map.of("name", "Zoe Example", "externalId", "crm-1"));
        Answer second = api.post("/api/v1/candidates", recruiter, Map.of("name", "Yan Example", "externalId", "crm-1"));
        String id = first.json().get("id").asText();
        Answer edited = api.call("PUT", "/api/v1/candidates/" + id).token(recruiter).header("If-Match", "\"0\"")
                .json(Map.of("name", "Zoe Example-Smith")).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("externalId").asText()).isEqualTo("crm-1");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemType()).isEqualTo("candidate-external-id-taken");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("externalId").asText()).isEqualTo("crm-1");
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(1);
    }

    @Test
    void theUpsertRefusesAnErasedPersonAndAnotherCandidatesEmail() {
        String zoe = api.put(UPSERT + "crm-1", recruiter, ZOE).json().get("id").asText();
        api.post("/api/v1/candidates", recruiter, Map.of("name", "Yan Example", "email", "yan@example.org"));
        Answer taken = api.put(UPSERT + "crm-1", recruiter, Map.of("name", "Zoe Example", "email", "YAN@example.org"));
        assertThat(api.delete("/api/v1/candidates/" + zoe, recruiter).status()).isEqualTo(204);

        Answer erased = api.put(UPSERT + "crm-1", recruiter, ZOE);

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.problemType()).isEqualTo("candidate-email-taken");
        assertThat(erased.status()).isEqualTo(409);
        assertThat(erased.problemType()).isEqualTo("candidate-erased");
        assertThat(count("SELECT count(*) FROM candidates WHERE external_id = 'crm-1' AND erased_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(2);
    }

    @Test
    void erasureClearsAnExternalIdThatSpellsOutThePerson() {
        String zoe = api.put(UPSERT + "ZOE@example.org", recruiter, ZOE).json().get("id").asText();

        assertThat(api.delete("/api/v1/candidates/" + zoe, recruiter).status()).isEqualTo(204);

        assertThat(count("SELECT count(*) FROM candidates WHERE external_id IS NULL AND erased_at IS NOT NULL"))
                .isEqualTo(1);
    }

    @Test
    void applicationsCarryAnExternalIdOfTheirOwn() {
        Opening opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        UUID zoe = fixtures.candidate(team.admin(), "Zoe Example");
        UUID yan = fixtures.candidate(team.admin(), "Yan Example");

        Answer applied = api.post("/api/v1/applications", recruiter, Map.of("candidateId", zoe,
                "positionId", opening.positionId(), "externalId", "ats-app-1"));
        Answer clash = api.post("/api/v1/applications", recruiter, Map.of("candidateId", yan,
                "positionId", opening.positionId(), "externalId", "ats-app-1"));
        Answer tooLong = api.post("/api/v1/applications", recruiter, Map.of("candidateId", yan,
                "positionId", opening.positionId(), "externalId", "a".repeat(201)));

        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        JsonNode read = api.get("/api/v1/applications/" + applied.json().get("id").asText(), recruiter).json();
        assertThat(read.get("externalId").asText()).isEqualTo("ats-app-1");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.problemType()).isEqualTo("application-external-id-taken");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors")).extracting(e -> e.get("field").asText()).contains("externalId");
        assertThat(count("SELECT count(*) FROM applications")).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfHoldsTheRules() {
        UUID zoe = fixtures.candidate(team.admin(), "Zoe Example");

        assertThat(refusedBySql("UPDATE candidates SET external_id = repeat('x', 201) WHERE id = '" + zoe + "'"))
                .contains("candidates_external_id_length");
        assertThat(refusedBySql("UPDATE candidates SET external_id = ' crm-1' WHERE id = '" + zoe + "'"))
                .contains("candidates_external_id_length");
        assertThat(refusedBySql("INSERT INTO candidates (id, name, external_id, created_at, updated_at) VALUES "
                + "(gen_random_uuid(), 'A', 'crm-9', now(), now()), (gen_random_uuid(), 'B', 'crm-9', now(), now())"))
                .contains("candidates_external_id_unique");
    }

    private static String refusedBySql(String sql) {
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
            return "accepted";
        } catch (java.sql.SQLException e) {
            return e.getMessage();
        }
    }
}
