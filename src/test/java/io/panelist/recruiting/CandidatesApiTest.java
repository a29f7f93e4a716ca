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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Candidates: adding, editing, searching and the right of access. Erasure has its own test class. */
class CandidatesApiTest extends IntegrationTest {
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
    void aRecruiterAddsACandidateWhoReadsBack() {
        Answer created = api.post("/api/v1/candidates", recruiter, Map.of("name", "  Zoe Example ",
                "email", "Zoe@Example.org", "phone", "+49 30 1234567", "source", "Met at PyCon"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/candidates/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        JsonNode candidate = api.get("/api/v1/candidates/" + id, recruiter).json();
        assertThat(candidate.get("name").asText()).isEqualTo("Zoe Example");
        assertThat(candidate.get("email").asText()).isEqualTo("zoe@example.org");
        assertThat(candidate.get("phone").asText()).isEqualTo("+49 30 1234567");
        assertThat(candidate.get("source").asText()).isEqualTo("Met at PyCon");
        assertThat(candidate.get("erased").asBoolean()).isFalse();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'candidate.created' AND entity_id = '"
                + id + "' AND actor_id = '" + team.recruiter() + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE details::text ILIKE '%zoe%'"))
                .as("audit details carry ids, never personal data").isZero();
    }

    @Test
    void anEmailBelongsToOneCandidateRegardlessOfCase() {
        api.post("/api/v1/candidates", recruiter, Map.of("name", "Zoe Example", "email", "zoe@example.org"));

        Answer duplicate = api.post("/api/v1/candidates", recruiter, Map.of("name", "Zoe E", "email", "ZOE@example.org"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemType()).isEqualTo("candidate-email-taken");
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(1);
    }

    @RepeatedTest(3)
    void tenParallelCandidatesWithOneEmailLeaveOneAndTheRestAreTold() throws Exception {
        List<Map<String, Object>> bodies = Collections.nCopies(10, Map.of("name", "Zoe Example",
                "email", "zoe@example.org"));

        List<Answer> answers = SchedulingFixtures.parallelPosts(api, recruiter, "/api/v1/candidates", bodies);

        assertThat(answers).filteredOn(a -> a.status() == 201).as(answers.toString()).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 201).hasSize(9).allSatisfy(loser -> {
            assertThat(loser.status()).isEqualTo(409);
            assertThat(loser.problemType()).as(loser.toString()).isEqualTo("candidate-email-taken");
        });
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(1);
    }

    @Test
    void invalidCandidatesAreRefusedWithEveryFieldNamed() {
        Answer answer = api.post("/api/v1/candidates", recruiter, Map.of("name", " ", "email", "not-an-email",
                "phone", "call me maybe", "source", "s".repeat(2001)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("validation-failed");
        assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText())
                .contains("name", "email", "phone", "source");
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
    }

    @Test
    void anUpdateCarriesTheVersionItReadAndIsAudited() {
        UUID id = fixtures.candidate(team.admin(), "Zoe Example", "zoe@example.org", null);
        Map<String, Object> edit = Map.of("name", "Zoe Example-Smith", "email", "zoe@example.org",
                "phone", "+49 30 7654321");

        Answer updated = api.call("PUT", "/api/v1/candidates/" + id).token(recruiter).header("If-Match", "\"0\"")
                .json(edit).send();
        Answer stale = api.call("PUT", "/api/v1/candidates/" + id).token(recruiter).header("If-Match", "\"0\"")
                .json(edit).send();

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("name").asText()).isEqualTo("Zoe Example-Smith");
        assertThat(updated.json().get("phone").asText()).isEqualTo("+49 30 7654321");
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problemType()).isEqualTo("stale-version");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'candidate.updated' AND entity_id = '"
                + id + "'")).isEqualTo(1);
        Answer taken = api.putCurrent("/api/v1/candidates/" + fixtures.candidate(team.admin(), "Yan Example"),
                recruiter,
                Map.of("name", "Yan Example", "email", "ZOE@example.org"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/candidates/" + UUID.randomUUID(), recruiter).status()).isEqualTo(404);
    }

    @Test
    void searchMatchesPartOfTheNameOrTheEmailIgnoringCase() {
        fixtures.candidate(team.admin(), "Zoe Example", "zoe@example.org", null);
        fixtures.candidate(team.admin(), "Yan Mustermann", "yan@corp.test", null);
        fixtures.candidate(team.admin(), "Xia Zoellner", "xia@example.org", null);

        assertThat(names("?q=zoe")).containsExactly("Xia Zoellner", "Zoe Example");
        assertThat(names("?q=CORP.te")).containsExactly("Yan Mustermann");
        assertThat(names("?q=nobody")).isEmpty();
        assertThat(names("")).containsExactly("Xia Zoellner", "Yan Mustermann", "Zoe Example");
        JsonNode page = api.get("/api/v1/candidates?q=example.org&page=1&size=1", recruiter).json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items")).extracting(c -> c.get("name").asText()).containsExactly("Zoe Example");
    }

    @Test
    void searchTakesWildcardCharactersLiterally() {
        fixtures.candidate(team.admin(), "Zoe Example", "zoe@example.org", null);

        assertThat(names("?q=%25")).isEmpty();
        assertThat(names("?q=_")).isEmpty();
    }

    @Test
    void theExportHoldsThePersonTheirApplicationsAndTheirInterviews() {
        Opening opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        UUID zoe = fixtures.candidate(team.admin(), "Zoe Example", "zoe@example.org", "+49 30 1234567");
        UUID application = fixtures.application(team.admin(), zoe, opening.positionId());
        UUID interview = fixtures.interview(team.admin(), application, opening.screenStageId(),
                Instant.parse("2030-03-11T10:00:00Z"), Duration.ofHours(1), team.ana());
        fixtures.applicant(team.admin(), opening, "Yan Example");

        Answer export = api.get("/api/v1/candidates/" + zoe + "/export", recruiter);

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/json");
        JsonNode document = export.json();
        assertThat(document.at("/candidate/name").asText()).isEqualTo("Zoe Example");
        assertThat(document.at("/candidate/email").asText()).isEqualTo("zoe@example.org");
        assertThat(document.at("/candidate/phone").asText()).isEqualTo("+49 30 1234567");
        assertThat(document.get("applications")).extracting(a -> a.get("id").asText())
                .containsExactly(application.toString());
        assertThat(document.at("/applications/0/positionTitle").asText()).isEqualTo("Backend Engineer");
        assertThat(document.get("interviews")).extracting(i -> i.get("id").asText())
                .containsExactly(interview.toString());
        assertThat(document.at("/interviews/0/stageName").asText()).isEqualTo("Screen");
        assertThat(document.toString()).doesNotContain("Yan Example");
        assertThat(api.get("/api/v1/candidates/" + UUID.randomUUID() + "/export", recruiter).status()).isEqualTo(404);
    }

    private List<String> names(String query) {
        Answer answer = api.get("/api/v1/candidates" + query, recruiter);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        answer.json().get("items").forEach(c -> names.add(c.get("name").asText()));
        return names;
    }
}
