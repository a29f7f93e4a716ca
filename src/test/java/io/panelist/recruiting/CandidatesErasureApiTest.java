package io.panelist.recruiting;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.support.TextColumns;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The right to erasure: DELETE anonymizes the person wherever their name, email or phone was written, and keeps the
 * applications and interview rounds (and so the scores) for statistics.
 */
class CandidatesErasureApiTest extends IntegrationTest {
    static final String NAME = "Zoë Łukasiewicz";
    static final String EMAIL = "zoe.l@example.org";
    static final String PHONE = "+49 30 9876543";
    static final String SOURCE = "Met her at PyCon Berlin";
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    Opening other;
    String recruiter;

    @BeforeEach
    void openTwoPositions() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        other = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Data Engineer");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @Test
    void erasingAnonymizesThePersonEverywhereAndKeepsTheApplicationsAndRounds() throws SQLException {
        UUID zoe = fixtures.candidate(team.admin(), NAME, EMAIL, PHONE);
        api.putCurrent("/api/v1/candidates/" + zoe, recruiter, Map.of("name", NAME, "email", EMAIL, "phone", PHONE,
                "source", SOURCE));
        UUID first = fixtures.application(team.admin(), zoe, opening.positionId());
        UUID second = fixtures.application(team.admin(), zoe, other.positionId());
        book(first, opening.screenStageId(), "2020-03-10T10:00:00Z", "Video call with " + NAME);
        book(first, opening.technicalStageId(), "2030-03-11T10:00:00Z", "Call " + PHONE);
        book(second, other.screenStageId(), "2030-03-12T10:00:00Z", SchedulingFixtures.ROOM);
        api.call("PATCH", "/api/v1/applications/" + second).ifMatchCurrent()
                .token(recruiter).json(Map.of("status", "WITHDRAWN",
                "reason", NAME + " withdrew by phone (" + PHONE + "); confirmation sent to " + EMAIL)).send();
        UUID yan = fixtures.candidate(team.admin(), "Yan Example", "yan@example.org", "+49 30 1111111");
        assertThat(textColumnsHolding(NAME)).as("the setup wrote the name beyond the candidate row").hasSizeGreaterThan(1);

        Answer erased = api.delete("/api/v1/candidates/" + zoe, recruiter);

        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        JsonNode candidate = api.get("/api/v1/candidates/" + zoe, recruiter).json();
        assertThat(candidate.get("name").asText()).isEqualTo("Erased candidate");
        assertThat(candidate.get("email").isNull()).isTrue();
        assertThat(candidate.get("phone").isNull()).isTrue();
        assertThat(candidate.get("source").isNull()).isTrue();
        assertThat(candidate.get("erased").asBoolean()).isTrue();
        assertThat(leftovers(NAME, EMAIL, PHONE, SOURCE)).as("identifier -> columns still holding it").isEmpty();
        assertThat(count("SELECT count(*) FROM applications WHERE candidate_id = '" + zoe + "'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM interviews WHERE candidate_id = '" + zoe + "'")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM applications WHERE candidate_id = '" + zoe
                + "' AND status = 'ACTIVE'")).as("active applications are withdrawn").isZero();
        assertThat(count("SELECT count(*) FROM interviews WHERE candidate_id = '" + zoe
                + "' AND starts_at > now() AND status <> 'CANCELLED'")).as("future rounds are cancelled").isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'candidate.erased' AND entity_id = '"
                + zoe + "' AND actor_id = '" + team.recruiter() + "'")).isEqualTo(1);
        assertThat(api.get("/api/v1/applications/" + first, recruiter).json().get("candidateName").asText())
                .isEqualTo("Erased candidate");
        assertThat(api.get("/api/v1/candidates/" + yan, recruiter).json().get("name").asText())
                .isEqualTo("Yan Example");
    }

    @Test
    void erasureFindsThePersonsDetailsWhateverTheirLetterCase() throws SQLException {
        UUID yara = fixtures.candidate(team.admin(), "Yara Quist", "Yara.Quist@Example.ORG", "+31 20 5550123");
        UUID application = fixtures.application(team.admin(), yara, opening.positionId());
        api.call("PATCH", "/api/v1/applications/" + application).ifMatchCurrent()
                .token(recruiter).json(Map.of("status", "REJECTED",
                "reason", "yara quist asked us to stop; she wrote from Yara.Quist@Example.ORG")).send();

        api.delete("/api/v1/candidates/" + yara, recruiter);

        assertThat(leftovers("Yara Quist", "Yara.Quist@Example.ORG", "+31 20 5550123"))
                .as("identifier -> columns still holding it").isEmpty();
    }

    @Test
    void anErasedCandidateIsNotEditedNorAppliedAgainAndErasingTwiceIsHarmless() {
        UUID zoe = fixtures.candidate(team.admin(), NAME, EMAIL, PHONE);
        api.delete("/api/v1/candidates/" + zoe, recruiter);

        Answer again = api.delete("/api/v1/candidates/" + zoe, recruiter);
        Answer edit = api.putCurrent("/api/v1/candidates/" + zoe, recruiter, Map.of("name", NAME, "email", EMAIL));
        Answer apply = api.post("/api/v1/applications", recruiter, Map.of("candidateId", zoe,
                "positionId", opening.positionId()));
        Answer export = api.get("/api/v1/candidates/" + zoe + "/export", recruiter);

        assertThat(again.status()).isEqualTo(204);
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.problemType()).isEqualTo("candidate-erased");
        assertThat(apply.status()).isEqualTo(422);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.text()).doesNotContain(NAME, EMAIL, PHONE).contains("Erased candidate");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'candidate.erased'")).isEqualTo(1);
        assertThat(api.delete("/api/v1/candidates/" + UUID.randomUUID(), recruiter).status()).isEqualTo(404);
    }

    private void book(UUID applicationId, UUID stageId, String startsAt, String location) {
        Map<String, Object> body = new HashMap<>(booking(applicationId, stageId, startsAt,
                Instant.parse(startsAt).plusSeconds(3600), team.ana()));
        body.put("location", location);
        body.put("allowPast", true);
        Answer answer = api.post("/api/v1/interviews", recruiter, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    private Map<String, List<String>> leftovers(String... identifiers) throws SQLException {
        Map<String, List<String>> leftovers = new LinkedHashMap<>();
        for (String identifier : identifiers) {
            List<String> columns = textColumnsHolding(identifier);
            if (!columns.isEmpty()) {
                leftovers.put(identifier, columns);
            }
        }
        return leftovers;
    }

    private List<String> textColumnsHolding(String text) throws SQLException {
        try (Connection connection = connect()) {
            return TextColumns.containing(connection, text);
        }
    }
}
