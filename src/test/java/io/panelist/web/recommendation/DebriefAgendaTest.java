package io.panelist.web.recommendation;

import io.panelist.recommendation.policy.Confidence;
import io.panelist.recommendation.policy.Outcome;
import io.panelist.recommendation.RecommendationResponse;
import io.panelist.recommendation.RecommendationResponse.Note;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The flags read as a debrief agenda, and the reasons with topic names instead of keys. */
class DebriefAgendaTest {
    private static final Map<String, String> NAMES = Map.of("security", "Security", "api-design", "Routing and REST API design");

    private static RecommendationResponse recommendation(List<Note> flags) {
        return new RecommendationResponse(UUID.randomUUID(), Outcome.NO_HIRE, 2.4, 2.5,
                new RecommendationResponse.Interval(1.9, 2.9), 0.0912, Confidence.LOW, 4, 0, List.of(
                new RecommendationResponse.Topic("security", 2, true, 3, 2, 2.5, 2.4, 3, "BELOW_MIN"),
                new RecommendationResponse.Topic("api-design", 1, false, 1, 2, 3.0, 3.0, 2, "MET")),
                Map.of("NO", 2, "YES", 2), List.of(), flags, new RecommendationResponse.CalibrationState(null, false));
    }

    @Test
    void eachFlagBecomesAnItemWithTheTopicsNameAndSpread() {
        var agenda = CandidatePage.agenda(recommendation(List.of(
                new Note("DISAGREEMENT", "api-design", "Discuss api-design: the scores spread 2 points."),
                new Note("DISAGREEMENT", null, "Discuss the votes: the panel voted on both sides of hire."),
                new Note("THIN_EVIDENCE", "security", "Must-have topic security rests on a single score."),
                new Note("VOTE_SCORE_MISMATCH", null, "A scorecard voted yes while its own scores average 2.00."),
                new Note("VOTE_SCORE_MISMATCH", null, "A scorecard voted yes while its own scores average 2.00."))),
                NAMES, Map.of("api-design", List.of(2, 4)));

        assertThat(agenda).containsExactly(
                new CandidatePage.AgendaItem("Discuss", "Routing and REST API design, spread 2 (scores from 2 to 4)"),
                new CandidatePage.AgendaItem("Discuss", "the votes: the panel voted on both sides of hire"),
                new CandidatePage.AgendaItem("Check", "Security: a must-have resting on a single score"),
                new CandidatePage.AgendaItem("Ask (2 scorecards)",
                        "A scorecard voted yes while its own scores average 2.00."));
    }

    @Test
    void aReasonNamesItsTopicAndOnlyWholeKeysAreReplaced() {
        Note reason = new Note("MUST_HAVE_BELOW_MIN", "security", "Must-have topic security averages 2.50, below its "
                + "minimum of 3 (see security-review notes).");

        assertThat(CandidatePage.named(reason, NAMES)).isEqualTo("Must-have topic Security averages 2.50, below its "
                + "minimum of 3 (see security-review notes).");
        assertThat(ReviewWording.plain("going against the recommendation (NO_HIRE) needs more; STRONG_HIRE stays"))
                .isEqualTo("Going against the recommendation (no hire) needs more; strong hire stays");
    }
}
