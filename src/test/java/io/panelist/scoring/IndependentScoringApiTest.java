package io.panelist.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.panelist.scoring.ScoringFixtures.applicationScorecards;
import static io.panelist.scoring.ScoringFixtures.completeDraft;
import static io.panelist.scoring.ScoringFixtures.draft;
import static io.panelist.scoring.ScoringFixtures.fillAndSubmit;
import static io.panelist.scoring.ScoringFixtures.save;
import static io.panelist.scoring.ScoringFixtures.score;
import static io.panelist.scoring.ScoringFixtures.scorecard;
import static io.panelist.scoring.ScoringFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring stays blind: a panelist of an application sees nobody else's scorecards for it until all of their own are
 * submitted, whatever other roles they hold; drafts are seen by their author only; every read is audited. Scorecards
 * still missing a day after the interview are listed for recruiters and flagged on the panelist's agenda.
 */
class IndependentScoringApiTest extends IntegrationTest {
    private static final String ANAS_DRAFT = "Ana's private first impression.";
    @Inject
    ScoringFixtures fixtures;
    @Inject
    TestUsers users;
    ScoringFixtures.Scene scene;
    ScoringFixtures.Team team;

    @BeforeEach
    void anInterviewWithAnaAndBenOnThePanel() {
        scene = fixtures.scene(api);
        team = scene.team();
    }

    @Test
    void aPanelistSeesNoOtherScorecardUntilTheyHaveSubmittedTheirOwn() {
        fillAndSubmit(api, team.ben(), scene.interviewId(), scene.hiring(), "Ben says hire.");
        draftOfAna();

        Answer before = applicationScorecards(api, team.ana(), scene.applicationId());
        fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Ana says hire.");
        Answer after = applicationScorecards(api, team.ana(), scene.applicationId());

        assertThat(before.status()).as(before.toString()).isEqualTo(403);
        assertThat(before.isProblem()).isTrue();
        assertThat(before.text()).doesNotContain("Ben says hire.");
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
        assertThat(after.json()).extracting(card -> card.get("summary").asText())
                .containsExactlyInAnyOrder("Ben says hire.", "Ana says hire.");
    }

    @Test
    void aPanelistWhoHasNotOpenedTheirScorecardIsRefusedToo() {
        fillAndSubmit(api, team.ben(), scene.interviewId(), scene.hiring(), "Ben says hire.");

        Answer answer = applicationScorecards(api, team.ana(), scene.applicationId());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void aPanelistWaitsUntilAllTheirScorecardsForTheApplicationAreSubmitted() {
        UUID design = fixtures.interview(team, scene.applicationId(), scene.hiring().designStageId(),
                ScoringFixtures.earlier(3), team.anaId());
        fillAndSubmit(api, team.ben(), scene.interviewId(), scene.hiring(), "Ben says hire.");
        fillAndSubmit(api, team.ana(), scene.interviewId(), scene.hiring(), "Ana on the technical round.");

        Answer oneOfTwo = applicationScorecards(api, team.ana(), scene.applicationId());
        submitDesignRound(design, team.ana());
        Answer both = applicationScorecards(api, team.ana(), scene.applicationId());

        assertThat(oneOfTwo.status()).as(oneOfTwo.toString()).isEqualTo(403);
        assertThat(both.status()).as(both.toString()).isEqualTo(200);
        assertThat(both.json()).hasSize(3);
    }

    @Test
    void aHiringManagerOnThePanelWaitsLikeAnyPanelist() {
        UUID second = fixtures.application(scene.hiring(), "Dan Candidate");
        UUID interview = fixtures.interview(team, second, scene.hiring().technicalStageId(), ScoringFixtures.earlier(2),
                team.managerId(), team.carlId());
        fillAndSubmit(api, team.carl(), interview, scene.hiring(), "Carl says hire.");

        Answer before = applicationScorecards(api, team.manager(), second);
        Answer otherApplication = applicationScorecards(api, team.manager(), scene.applicationId());
        fillAndSubmit(api, team.manager(), interview, scene.hiring(), "Mo says hire.");
        Answer after = applicationScorecards(api, team.manager(), second);

        assertThat(before.status()).as(before.toString()).isEqualTo(403);
        assertThat(before.text()).doesNotContain("Carl says hire.");
        assertThat(otherApplication.status()).as("the manager sits on no panel of the first application").isEqualTo(200);
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
        assertThat(after.json()).hasSize(2);
    }

    @Test
    void anAdministratorOnThePanelWaitsLikeAnyPanelist() {
        UUID doraId = users.create("dora@example.com", Role.ADMIN, Role.INTERVIEWER);
        String dora = api.login("dora@example.com", TestUsers.PASSWORD);
        UUID second = fixtures.application(scene.hiring(), "Dan Candidate");
        UUID interview = fixtures.interview(team, second, scene.hiring().technicalStageId(), ScoringFixtures.earlier(2),
                doraId, team.carlId());
        fillAndSubmit(api, team.carl(), interview, scene.hiring(), "Carl says hire.");

        Answer before = applicationScorecards(api, dora, second);
        fillAndSubmit(api, dora, interview, scene.hiring(), "Dora says hire.");
        Answer after = applicationScorecards(api, dora, second);

        assertThat(before.status()).as(before.toString()).isEqualTo(403);
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
        assertThat(after.json()).hasSize(2);
    }

    @Test
    void draftsAreNeverVisibleToAnyoneButTheirAuthor() {
        draftOfAna();
        fillAndSubmit(api, team.ben(), scene.interviewId(), scene.hiring(), "Ben says hire.");

        for (String reader : new String[] {team.admin(), team.recruiter(), team.manager(), team.ben()}) {
            Answer answer = applicationScorecards(api, reader, scene.applicationId());
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.json()).extracting(card -> card.get("panelistId").asText())
                    .containsExactly(team.benId().toString());
            assertThat(answer.text()).doesNotContain(ANAS_DRAFT);
        }
        assertThat(scorecard(api, team.ana(), scene.interviewId()).json().get("summary").asText()).isEqualTo(ANAS_DRAFT);
    }

    @Test
    void everyReadOfAnApplicationsScorecardsLeavesAnAuditEvent() {
        fillAndSubmit(api, team.ben(), scene.interviewId(), scene.hiring(), "Ben says hire.");

        applicationScorecards(api, team.admin(), scene.applicationId());
        applicationScorecards(api, team.manager(), scene.applicationId());
        applicationScorecards(api, team.manager(), scene.applicationId());
        applicationScorecards(api, team.ben(), scene.applicationId());

        String reads = "SELECT count(*) FROM audit_events WHERE action = 'scorecards.read' AND entity_type = 'application'"
                + " AND entity_id = '" + scene.applicationId() + "'";
        assertThat(count(reads)).isEqualTo(4);
        assertThat(count(reads + " AND actor_id = '" + team.managerId() + "'")).isEqualTo(2);
        assertThat(count(reads + " AND actor_id = '" + team.benId() + "'")).isEqualTo(1);
        Answer audit = api.get("/api/v1/audit?entityType=application&entityId=" + scene.applicationId(), team.admin());
        assertThat(audit.json().get("items")).filteredOn(e -> e.get("action").asText().equals("scorecards.read"))
                .hasSize(4);
    }

    @Test
    void scorecardsStillMissingADayAfterTheInterviewAreOverdue() {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        UUID late = fixtures.interview(team, scene.applicationId(), scene.hiring().technicalStageId(),
                hour.minus(Duration.ofHours(31)), team.anaId(), team.benId());
        UUID recent = fixtures.interview(team, scene.applicationId(), scene.hiring().designStageId(),
                hour.minus(Duration.ofHours(3)), team.anaId());
        UUID done = fixtures.interview(team, fixtures.application(scene.hiring(), "Dan Candidate"),
                scene.hiring().technicalStageId(), hour.minus(Duration.ofHours(50)), team.benId());
        scorecard(api, team.ana(), late);
        fillAndSubmit(api, team.ben(), done, scene.hiring(), "Ben says hire.");

        Answer overdue = api.get("/api/v1/scorecards/overdue", team.recruiter());

        assertThat(overdue.status()).as(overdue.toString()).isEqualTo(200);
        assertThat(overdue.json().get("total").asLong()).isEqualTo(2);
        assertThat(overdue.json().get("items")).extracting(item -> item.get("interviewId").asText() + " "
                + item.get("panelistId").asText() + " " + item.get("scorecardStatus").asText() + " "
                + item.get("hoursOverdue").asLong() + " " + item.get("candidateName").asText())
                .containsExactlyInAnyOrder(late + " " + team.anaId() + " DRAFT 6 Cleo Candidate",
                        late + " " + team.benId() + " NONE 6 Cleo Candidate");
        assertThat(overdue.text()).doesNotContain(recent.toString(), done.toString(), scene.interviewId().toString());
    }

    @Test
    void theAgendaMarksTheCallersOwnOverdueScorecards() {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        UUID late = fixtures.interview(team, scene.applicationId(), scene.hiring().technicalStageId(),
                hour.minus(Duration.ofHours(31)), team.anaId(), team.benId());
        UUID recent = fixtures.interview(team, scene.applicationId(), scene.hiring().designStageId(),
                hour.minus(Duration.ofHours(3)), team.anaId());
        UUID done = fixtures.interview(team, fixtures.application(scene.hiring(), "Dan Candidate"),
                scene.hiring().technicalStageId(), hour.minus(Duration.ofHours(50)), team.benId());
        scorecard(api, team.ana(), late);
        fillAndSubmit(api, team.ben(), done, scene.hiring(), "Ben says hire.");

        JsonNode ana = agenda(team.ana());
        JsonNode ben = agenda(team.ben());

        assertThat(flags(ana, late)).isEqualTo("DRAFT overdue");
        assertThat(flags(ana, recent)).isEqualTo("NONE on time");
        assertThat(flags(ana, scene.interviewId())).isEqualTo("NONE on time");
        assertThat(flags(ben, late)).isEqualTo("NONE overdue");
        assertThat(flags(ben, done)).isEqualTo("SUBMITTED on time");
    }

    private void draftOfAna() {
        String etag = scorecard(api, team.ana(), scene.interviewId()).header("ETag");
        save(api, team.ana(), scene.interviewId(), etag, completeDraft(scene.hiring(), ANAS_DRAFT));
    }

    private void submitDesignRound(UUID interviewId, String token) {
        String etag = scorecard(api, token, interviewId).header("ETag");
        Answer saved = save(api, token, interviewId, etag, draft(
                List.of(score("security", 3, "")), List.of(), "YES", "Design ok."));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(submit(api, token, interviewId).status()).isEqualTo(200);
    }

    private JsonNode agenda(String token) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Answer answer = api.get("/api/v1/me/interviews?from=" + now.minus(Duration.ofDays(4)) + "&to="
                + now.plus(Duration.ofDays(3)), token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("items");
    }

    /** The agenda's scorecard status and overdue flag for one interview, as {@code DRAFT overdue}. */
    private static String flags(JsonNode items, UUID interviewId) {
        for (JsonNode item : items) {
            if (item.get("interviewId").asText().equals(interviewId.toString())) {
                return item.get("scorecardStatus").asText() + " "
                        + (item.get("scorecardOverdue").asBoolean() ? "overdue" : "on time");
            }
        }
        throw new AssertionError("interview " + interviewId + " is not on the agenda: " + items);
    }
}
