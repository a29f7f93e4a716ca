package io.panelist.scoring;

import io.panelist.shared.Json;
import io.panelist.recruiting.candidates.CandidateDataHolder;
import io.panelist.shared.Texts;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Scorecards about a candidate: exported whole; on erasure their free text loses the person's identifiers. */
@Singleton
class ScoringDataHolder implements CandidateDataHolder {
    private final ScorecardRepository scorecards;
    private final Json json;

    ScoringDataHolder(ScorecardRepository scorecards, Json json) {
        this.scorecards = scorecards;
        this.json = json;
    }

    @Override
    public String section() {
        return "scorecards";
    }

    @Override
    public Object export(UUID candidateId) {
        List<Scorecard> cards = scorecards.ofCandidate(candidateId);
        var ids = io.panelist.shared.Texts.of(cards.stream().map(Scorecard::id).toList());
        return Map.of("scorecards", cards, "topicScores", scorecards.topicScores(ids),
                "questionNotes", scorecards.questionNotes(ids), "amendments", scorecards.amendments(ids));
    }

    @Override
    public void erase(UUID candidateId, List<String> identifiers, String replacement) {
        for (String identifier : identifiers) {
            String pattern = Texts.regexLiteral(identifier);
            scorecards.scrubTopicScores(candidateId, pattern, replacement);
            scorecards.scrubQuestionNotes(candidateId, pattern, replacement);
            scorecards.scrubSummaries(candidateId, pattern, replacement);
            scorecards.scrubAmendments(candidateId, pattern, replacement, Texts.regexLiteral(json.escaped(identifier)),
                    json.escaped(replacement));
        }
    }
}
