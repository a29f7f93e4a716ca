package io.panelist.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scorecard's whole content as a client sends it, and as the database must hold it after that write: a score and
 * notes per topic key, the vote and the summary. Every draft a run sends is different (its author and edit number are
 * in every text), so the content found in the database names the one write it came from.
 */
record Draft(Map<String, Topic> topics, String vote, String summary) {
    private static final List<String> VOTES = List.of("STRONG_NO", "NO", "YES", "STRONG_YES");

    record Topic(int score, String notes) {
    }

    Draft {
        topics = Map.copyOf(topics);
    }

    /**
     * Edit {@code edit} of {@code author}: the first topics of the stage scored (all of them when {@code complete},
     * otherwise a number that changes with each edit, as a panelist fills the card in).
     */
    static Draft edit(String author, int edit, List<String> topicKeys, boolean complete) {
        int filled = complete ? topicKeys.size() : 1 + edit % topicKeys.size();
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (int i = 0; i < filled; i++) {
            topics.put(topicKeys.get(i), new Topic(1 + (edit + i) % 4,
                    author + " edit " + edit + ": worked through " + topicKeys.get(i) + " with an example"));
        }
        return new Draft(topics, VOTES.get(edit % VOTES.size()), author + " edit " + edit + ": clear reasoning");
    }

    /** The body of {@code PUT /api/v1/interviews/{id}/scorecard}. */
    Map<String, Object> body() {
        List<Map<String, Object>> scores = new ArrayList<>();
        topics.forEach((key, topic) -> scores.add(Map.of("topicKey", key, "score", topic.score(), "notes",
                topic.notes())));
        return Map.of("topicScores", scores, "vote", vote, "summary", summary);
    }
}
