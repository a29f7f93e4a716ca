package io.panelist.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.panelist.scoring.ScoringFixtures.completeDraft;
import static io.panelist.scoring.ScoringFixtures.draft;
import static io.panelist.scoring.ScoringFixtures.note;
import static io.panelist.scoring.ScoringFixtures.save;
import static io.panelist.scoring.ScoringFixtures.score;
import static io.panelist.scoring.ScoringFixtures.scorecard;
import static io.panelist.scoring.ScoringFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two browser tabs autosave the same draft at the same instant, both holding the same version: exactly one write
 * wins (200), the other is refused (412), and the winner's text is stored whole, never merged with the loser's. An
 * autosave that races a submission never leaves a submitted scorecard that submission would have refused.
 */
class ScoringRaceTest extends IntegrationTest {
    private static final int ROUNDS = 5;
    private static final int SUBMIT_ROUNDS = 20;
    @Inject
    ScoringFixtures fixtures;
    ScoringFixtures.Scene scene;
    ExecutorService tabs;

    @BeforeAll
    void twoTabs() {
        tabs = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    void closeTabs() {
        tabs.shutdownNow();
    }

    @BeforeEach
    void anInterviewWithAnaOnThePanel() {
        scene = fixtures.scene(api);
    }

    @Test
    void ofTwoParallelSavesWithTheSameIfMatchExactlyOneWinsAndItsTextIsIntact() throws Exception {
        String token = scene.team().ana();
        for (int round = 1; round <= ROUNDS; round++) {
            Answer read = scorecard(api, token, scene.interviewId());
            String etag = read.header("ETag");
            long version = read.json().get("version").asLong();
            Map<String, Object> left = tab("left", round);
            Map<String, Object> right = tab("right", round);

            List<Answer> answers = race(() -> save(api, token, scene.interviewId(), etag, left),
                    () -> save(api, token, scene.interviewId(), etag, right));

            assertThat(answers).as("round " + round + ": " + answers).extracting(Answer::status)
                    .containsExactlyInAnyOrder(200, 412);
            Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
            Answer loser = answers.stream().filter(a -> a.status() == 412).findFirst().orElseThrow();
            assertThat(loser.isProblem()).isTrue();
            assertThat(loser.problemType()).isEqualTo("stale-version");
            assertThat(loser.json().get("context").get("currentVersion").asLong()).isEqualTo(version + 1);
            String side = winner.json().get("summary").asText().startsWith("left") ? "left" : "right";
            JsonNode stored = scorecard(api, token, scene.interviewId()).json();
            assertThat(stored.get("version").asLong()).isEqualTo(version + 1);
            assertStoredWhole(stored, side, round);
        }
        assertThat(count("SELECT count(*) FROM topic_scores")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM question_notes")).isEqualTo(1);
    }

    @Test
    void anAutosaveRacingTheSubmissionNeverLeavesAnIncompleteScorecardSubmitted() throws Exception {
        String token = scene.team().ana();
        List<String> broken = new ArrayList<>();
        for (int round = 1; round <= SUBMIT_ROUNDS; round++) {
            UUID interviewId = freshInterview(round);
            save(api, token, interviewId, scorecard(api, token, interviewId).header("ETag"),
                    completeDraft(scene.hiring(), "complete"));
            Map<String, Object> withoutTesting = draft(List.of(score("security", 3, "late edit ".repeat(500))),
                    List.of(), "YES", "testing dropped");

            List<Answer> answers = race(() -> save(api, token, interviewId, "\"1\"", withoutTesting),
                    () -> submit(api, token, interviewId));

            JsonNode stored = scorecard(api, token, interviewId).json();
            JsonNode testing = stored.get("topics").get(1);
            boolean testingAnswered = !testing.get("score").isNull() || !testing.get("notAssessedReason").isNull();
            if (stored.get("status").asText().equals("SUBMITTED") && !testingAnswered) {
                broken.add("round " + round + ": save " + answers.get(0).status() + ", submit "
                        + answers.get(1).status() + ", stored SUBMITTED without a testing score or reason");
            }
        }
        assertThat(broken).isEmpty();
    }

    /** An interview of its own per round, for a candidate of its own, at an hour of its own. */
    private UUID freshInterview(int round) {
        UUID applicationId = fixtures.application(scene.hiring(), "Racer " + (char) ('a' + round));
        return fixtures.interview(scene.team(), applicationId, scene.hiring().technicalStageId(),
                ScoringFixtures.earlier(2 * round + 2), scene.team().anaId());
    }

    /** Every field the winner wrote is there, and none of the loser's. */
    private void assertStoredWhole(JsonNode stored, String side, int round) {
        String text = text(side, round);
        assertThat(stored.get("summary").asText()).isEqualTo(side + " summary " + text);
        assertThat(stored.get("vote").asText()).isEqualTo(side.equals("left") ? "YES" : "NO");
        assertThat(stored.get("topics").get(0).get("score").asInt()).isEqualTo(side.equals("left") ? 3 : 2);
        assertThat(stored.get("topics").get(0).get("notes").asText()).isEqualTo(side + " security " + text);
        assertThat(stored.get("topics").get(1).get("notes").asText()).isEqualTo(side + " testing " + text);
        assertThat(stored.get("questions").get(0).get("notes").asText()).isEqualTo(side + " jwt " + text);
    }

    private Map<String, Object> tab(String side, int round) {
        String text = text(side, round);
        boolean left = side.equals("left");
        return draft(List.of(score("security", left ? 3 : 2, side + " security " + text),
                        score("testing", left ? 4 : 1, side + " testing " + text)),
                List.of(note(scene.hiring().jwtQuestionId(), true, side + " jwt " + text)), left ? "YES" : "NO",
                side + " summary " + text);
    }

    /** A long text per tab and round, so that a half-written or interleaved save would show. */
    private static String text(String side, int round) {
        return ("round " + round + " of the " + side + " tab; ").repeat(200);
    }

    /** Both calls start together behind one gate; answers in call order. */
    private List<Answer> race(Callable<Answer> first, Callable<Answer> second) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch gate = new CountDownLatch(1);
        Future<Answer> a = tabs.submit(() -> {
            ready.countDown();
            gate.await();
            return first.call();
        });
        Future<Answer> b = tabs.submit(() -> {
            ready.countDown();
            gate.await();
            return second.call();
        });
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        gate.countDown();
        return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
    }
}
