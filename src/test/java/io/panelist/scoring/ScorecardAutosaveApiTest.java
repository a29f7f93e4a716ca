package io.panelist.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.panelist.scoring.ScoringFixtures.completeDraft;
import static io.panelist.scoring.ScoringFixtures.draft;
import static io.panelist.scoring.ScoringFixtures.note;
import static io.panelist.scoring.ScoringFixtures.notAssessed;
import static io.panelist.scoring.ScoringFixtures.save;
import static io.panelist.scoring.ScoringFixtures.score;
import static io.panelist.scoring.ScoringFixtures.scorecard;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Autosave, as the scoring page does it: the whole draft again and again under the ETag of the previous answer. Each
 * answer is the scorecard as stored, the stored content is exactly the last draft, and a row is rewritten only when
 * its content changed.
 */
class ScorecardAutosaveApiTest extends IntegrationTest {
    static final String AWKWARD = "He said \"fine\", then {a,b} \\ NULL; 'quoted', tab\there,\nnew line, é, 漢字";
    @Inject
    ScoringFixtures fixtures;
    ScoringFixtures.Scene scene;
    ScoringFixtures.Team team;

    @BeforeEach
    void anInterviewWithAnaAndBenOnThePanel() {
        scene = fixtures.scene(api);
        team = scene.team();
    }

    @Test
    void theAnswerToEachSaveIsWhatTheNextReadAnswers() {
        String etag = scorecard(api, team.ana(), scene.interviewId()).header("ETag");
        List<Map<String, Object>> drafts = List.of(completeDraft(scene.hiring(), "First."),
                draft(List.of(score("testing", 4, AWKWARD)), List.of(note(scene.hiring().fixturesQuestionId(), false,
                        AWKWARD)), "NO", AWKWARD),
                draft(List.of(notAssessed("security", "NULL"), score("testing", 1, "")), List.of(), null, null));

        for (Map<String, Object> body : drafts) {
            Answer saved = save(api, team.ana(), scene.interviewId(), etag, body);
            Answer read = scorecard(api, team.ana(), scene.interviewId());

            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(saved.json()).isEqualTo(read.json());
            assertThat(saved.header("ETag")).isEqualTo(read.header("ETag"));
            etag = saved.header("ETag");
        }
    }

    @Test
    void theStoredContentIsExactlyTheLastDraft() {
        String etag = scorecard(api, team.ana(), scene.interviewId()).header("ETag");
        etag = save(api, team.ana(), scene.interviewId(), etag, completeDraft(scene.hiring(), "Everything."))
                .header("ETag");

        Answer fewer = save(api, team.ana(), scene.interviewId(), etag, draft(List.of(score("testing", 2, AWKWARD)),
                List.of(note(scene.hiring().fixturesQuestionId(), true, AWKWARD)), null, "Less."));

        assertThat(fewer.status()).as(fewer.toString()).isEqualTo(200);
        JsonNode card = scorecard(api, team.ana(), scene.interviewId()).json();
        JsonNode security = card.get("topics").get(0);
        assertThat(security.get("score").isNull()).isTrue();
        assertThat(security.get("notAssessedReason").isNull()).isTrue();
        assertThat(security.get("notes").asText()).isEmpty();
        assertThat(card.get("topics").get(1).get("score").asInt()).isEqualTo(2);
        assertThat(card.get("topics").get(1).get("notes").asText()).isEqualTo(AWKWARD);
        assertThat(card.get("questions").get(0).get("asked").asBoolean()).isFalse();
        assertThat(card.get("questions").get(1).get("notes").asText()).isEqualTo(AWKWARD);
        assertThat(card.get("vote").isNull()).isTrue();
        assertThat(count("SELECT count(*) FROM topic_scores")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM question_notes")).isEqualTo(1);
    }

    @Test
    void aSaveRewritesOnlyTheRowsWhoseContentChanged() {
        String etag = scorecard(api, team.ana(), scene.interviewId()).header("ETag");
        etag = save(api, team.ana(), scene.interviewId(), etag, completeDraft(scene.hiring(), "One.")).header("ETag");
        Map<String, String> before = rowVersions();

        Map<String, Object> oneNoteChanged = completeDraft(scene.hiring(), "Two.");
        oneNoteChanged.put("topicScores", List.of(score("security", 3, "Explained signing and expiry very well."),
                notAssessed("testing", "Ran out of time.")));
        Answer saved = save(api, team.ana(), scene.interviewId(), etag, oneNoteChanged);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Map<String, String> after = rowVersions();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.get("topic security")).isNotEqualTo(before.get("topic security"));
        assertThat(after.get("topic testing")).isEqualTo(before.get("topic testing"));
        assertThat(after.get("question " + scene.hiring().jwtQuestionId()))
                .isEqualTo(before.get("question " + scene.hiring().jwtQuestionId()));
    }

    /** The transaction that last wrote each content row ({@code xmin}), by topic key or question id. */
    private Map<String, String> rowVersions() {
        Map<String, String> versions = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT 'topic ' || t.key, s.xmin::text FROM topic_scores s JOIN topics t ON t.id = s.topic_id
                     UNION ALL SELECT 'question ' || n.question_id, n.xmin::text FROM question_notes n
                     """)) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return versions;
    }
}
