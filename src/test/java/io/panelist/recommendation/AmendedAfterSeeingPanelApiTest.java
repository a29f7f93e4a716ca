package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * AMENDED_AFTER_SEEING_PANEL: an amendment made when its author could already read another panelist's submitted
 * scorecard of the application (none of their own still to submit, another panelist's submitted) is flagged on the
 * recommendation, once per interviewer, and counted in the ranking; an amendment made before that is not.
 */
class AmendedAfterSeeingPanelApiTest extends IntegrationTest {
    static final String FLAG = "AMENDED_AFTER_SEEING_PANEL";
    @Inject
    RecommendationFixtures fixtures;
    Hiring hiring;
    Opening opening;
    UUID alice;
    UUID technical;

    @BeforeEach
    void aliceHasATechnicalRoundWithAnaAndBen() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        alice = hiring.applicant(opening, "Alice Archer");
        technical = hiring.interview(alice, opening.technicalStageId(), hiring.ana, hiring.ben);
    }

    @Test
    void anAmendmentOnceThePanelIsOpenToItsAuthorIsFlaggedWithTheInterviewer() {
        hiring.submit(technical, hiring.ana, Card.of("YES", "security", 3, "testing", 3));
        hiring.submit(technical, hiring.ben, Card.of("STRONG_YES", "security", 4, "testing", 4));
        int flagsBefore = flagCount();

        hiring.amend(technical, hiring.ana, Card.of("STRONG_YES", "security", 4, "testing", 3));
        hiring.amend(technical, hiring.ana, Card.of("STRONG_YES", "security", 4, "testing", 4));

        List<JsonNode> flags = flags(FLAG);
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).get("interviewerId").asText()).isEqualTo(hiring.ana.toString());
        assertThat(flags.get(0).get("topicKey").isNull()).isTrue();
        assertThat(flags.get(0).get("message").asText()).contains("amended their scorecard",
                "could already read the other panelists' scorecards");
        assertThat(flagCount()).isEqualTo(flagsBefore + 1);
        assertThat(count("SELECT count(*) FROM scorecard_amendments WHERE panel_open_to_author AND application_id = '"
                + alice + "'")).isEqualTo(2);
    }

    @Test
    void anAmendmentBeforeAnyoneElseSubmittedIsNotFlagged() {
        hiring.submit(technical, hiring.ana, Card.of("YES", "security", 3, "testing", 3));
        hiring.amend(technical, hiring.ana, Card.of("YES", "security", 3, "testing", 2));
        hiring.submit(technical, hiring.ben, Card.of("YES", "security", 3, "testing", 3));

        assertThat(flags(FLAG)).isEmpty();
        assertThat(flags("DISAGREEMENT")).isEmpty();
        assertThat(count("SELECT count(*) FROM scorecard_amendments WHERE NOT panel_open_to_author")).isOne();
    }

    @Test
    void anAmendmentWhileAnotherOfTheAuthorsOwnScorecardsIsStillDueIsNotFlagged() {
        UUID design = hiring.interview(alice, opening.designStageId(), hiring.ana, hiring.cleo);
        hiring.submit(technical, hiring.ben, Card.of("YES", "security", 3, "testing", 3));
        hiring.submit(technical, hiring.ana, Card.of("YES", "security", 3, "testing", 3));

        // Ana's design scorecard is still to submit: the panel's scorecards are closed to her
        hiring.amend(technical, hiring.ana, Card.of("YES", "security", 4, "testing", 3));
        assertThat(flags(FLAG)).isEmpty();

        hiring.submit(design, hiring.ana, Card.of("YES", "security", 3));
        hiring.amend(technical, hiring.ana, Card.of("YES", "security", 3, "testing", 3));

        assertThat(flags(FLAG)).extracting(f -> f.get("interviewerId").asText())
                .containsExactly(hiring.ana.toString());
    }

    @Test
    void eachInterviewerWhoAmendedAfterSeeingThePanelHasAFlagOfTheirOwn() {
        hiring.submit(technical, hiring.ana, Card.of("YES", "security", 3, "testing", 3));
        hiring.submit(technical, hiring.ben, Card.of("YES", "security", 3, "testing", 3));

        hiring.amend(technical, hiring.ben, Card.of("YES", "security", 3, "testing", 4));
        hiring.amend(technical, hiring.ana, Card.of("YES", "security", 4, "testing", 3));

        assertThat(flags(FLAG)).extracting(f -> f.get("interviewerId").asText())
                .containsExactly(hiring.ben.toString(), hiring.ana.toString());
        assertThat(flags("VOTE_SCORE_MISMATCH")).isEmpty();
    }

    private List<JsonNode> flags(String code) {
        JsonNode flags = ok(hiring.recommendation(alice, hiring.manager)).get("flags");
        return StreamSupport.stream(flags.spliterator(), false).filter(f -> f.get("code").asText().equals(code))
                .toList();
    }

    private int flagCount() {
        JsonNode ranking = ok(api.get("/api/v1/positions/" + opening.positionId() + "/ranking",
                hiring.token(hiring.manager)));
        return StreamSupport.stream(ranking.spliterator(), false)
                .filter(i -> i.get("applicationId").asText().equals(alice.toString())).findFirst().orElseThrow()
                .get("flagCount").asInt();
    }
}
