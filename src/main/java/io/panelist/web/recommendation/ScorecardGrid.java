package io.panelist.web.recommendation;

import io.panelist.scoring.ScorecardResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The submitted scorecards side by side: one table per stage, a column per panelist, a row per topic (score and
 * notes), then the vote and the summary; the question notes folded below. A trainee's score, and the vote of someone
 * who is a trainee in every topic of the round, are shown marked as not counted.
 */
record ScorecardGrid(String stage, List<Panelist> panelists, List<TopicRow> topics, List<QuestionRow> questions) {

    record Panelist(String name, String vote, boolean hire, boolean amended, String summary, boolean voteNotCounted) {
    }

    record TopicRow(String name, boolean mustHave, int minScore, List<Cell> cells) {
    }

    record Cell(String score, boolean assessed, boolean belowMinimum, String notes, boolean notCounted) {
        Cell(String score, boolean assessed, boolean belowMinimum, String notes) {
            this(score, assessed, belowMinimum, notes, false);
        }
    }

    record QuestionRow(String prompt, List<Cell> cells) {
    }

    static List<ScorecardGrid> of(List<ScorecardResponse> cards) {
        Map<String, List<ScorecardResponse>> byStage = new LinkedHashMap<>();
        cards.forEach(card -> byStage.computeIfAbsent(card.stageName(), s -> new ArrayList<>()).add(card));
        return byStage.entrySet().stream().map(e -> grid(e.getKey(), e.getValue())).toList();
    }

    private static ScorecardGrid grid(String stage, List<ScorecardResponse> cards) {
        List<Panelist> panelists = cards.stream().map(c -> new Panelist(c.panelistName(),
                c.vote() == null ? "No vote" : ReviewWording.vote(c.vote().name()), c.vote() != null && c.vote().forHire(),
                !c.amendments().isEmpty(), c.summary() == null ? "" : c.summary(),
                c.vote() != null && !c.voteCounted())).toList();
        Map<String, ScorecardResponse.Topic> topics = new LinkedHashMap<>();
        cards.forEach(c -> c.topics().forEach(t -> topics.putIfAbsent(t.topicKey(), t)));
        List<TopicRow> rows = topics.values().stream().map(t -> new TopicRow(t.name(), t.mustHave(), t.minScore(),
                cards.stream().map(c -> topicCell(c, t.topicKey())).toList())).toList();
        Map<UUID, String> prompts = new LinkedHashMap<>();
        cards.forEach(c -> c.questions().forEach(q -> prompts.putIfAbsent(q.questionId(), q.prompt())));
        List<QuestionRow> questions = prompts.entrySet().stream().map(q -> new QuestionRow(q.getValue(),
                cards.stream().map(c -> questionCell(c, q.getKey())).toList())).toList();
        return new ScorecardGrid(stage, panelists, rows, questions);
    }

    private static Cell topicCell(ScorecardResponse card, String topicKey) {
        return card.topics().stream().filter(t -> t.topicKey().equals(topicKey)).findFirst()
                .map(t -> t.score() == null
                        ? new Cell("Not assessed", false, false, t.notAssessedReason() == null ? "" : t.notAssessedReason())
                        : new Cell(String.valueOf(t.score()), true, t.mustHave() && t.score() < t.minScore(),
                        t.notes() == null ? "" : t.notes(), !t.counted()))
                .orElse(new Cell("–", false, false, ""));
    }

    private static Cell questionCell(ScorecardResponse card, UUID questionId) {
        return card.questions().stream().filter(q -> q.questionId().equals(questionId)).findFirst()
                .map(q -> new Cell(q.asked() ? "Asked" : "Not asked", q.asked(), false, q.notes() == null ? "" : q.notes()))
                .orElse(new Cell("–", false, false, ""));
    }
}
