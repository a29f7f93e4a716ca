package io.panelist.scoring;

import io.panelist.recruiting.candidates.CandidateDataHolder;
import io.panelist.shared.erasure.FreeTextColumns;
import io.panelist.shared.erasure.FreeTextEraser;
import io.panelist.shared.erasure.PersonMentions;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.shared.erasure.FreeTextColumns.text;

/** Scorecards about a candidate: exported whole; on erasure their free text loses the person's mentions. */
@Singleton
class ScoringDataHolder implements CandidateDataHolder {
    private static final String OF_CANDIDATE = "application_id IN (SELECT id FROM applications WHERE candidate_id = ?)";
    private static final String OF_THEIR_SCORECARDS = "scorecard_id IN (SELECT id FROM scorecards WHERE "
            + OF_CANDIDATE + ")";
    private static final List<FreeTextColumns> TEXTS = List.of(
            FreeTextColumns.about("scorecards", List.of("id"), List.of(text("summary", 10_000)), List.of(),
                    OF_CANDIDATE),
            FreeTextColumns.about("topic_scores", List.of("scorecard_id", "topic_id"),
                    List.of(text("notes", 10_000), text("not_assessed_reason", 1000)), List.of(),
                    OF_THEIR_SCORECARDS),
            FreeTextColumns.about("question_notes", List.of("scorecard_id", "question_id"),
                    List.of(text("notes", 10_000)), List.of(), OF_THEIR_SCORECARDS),
            // the changes hold the notes and summaries as they were before and after
            FreeTextColumns.about("scorecard_amendments", List.of("id"), List.of(text("reason", 2000)),
                    List.of("changes"), OF_THEIR_SCORECARDS));
    private final ScorecardRepository scorecards;
    private final FreeTextEraser eraser;

    ScoringDataHolder(ScorecardRepository scorecards, FreeTextEraser eraser) {
        this.scorecards = scorecards;
        this.eraser = eraser;
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
    public List<UUID> entityIds(UUID candidateId) {
        return scorecards.ofCandidate(candidateId).stream().map(Scorecard::id).toList();
    }

    @Override
    public void erase(UUID candidateId, PersonMentions mentions) {
        TEXTS.forEach(texts -> eraser.erase(texts, mentions, candidateId));
    }
}
