package io.panelist.web.recommendation;

import io.panelist.recommendation.RecommendationResponse;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.scoring.ScorecardResponse;
import io.panelist.web.recommendation.charts.TopicChart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate page for the debrief: the verdict, how sure it is and why, the agenda, the chart, the votes and the
 * scorecards. rawScore is null unless rater severity moved the overall score; certainty and interval are null without
 * evidence.
 */
record CandidatePage(UUID applicationId, String candidate, UUID positionId, String positionTitle, String status,
                     String outcome, String outcomeClass, String confidence, String confidenceClass,
                     String overallScore, String rawScore, String certainty, String interval, int submitted,
                     int pending, List<String> reasons, List<AgendaItem> agenda,
                     String topicChart, List<TopicLine> topics, List<VoteCount> votes, List<ScorecardGrid> scorecards) {

    static final String TOPIC_HELP = "Each row is a topic on the rubric's scale from 1 (strong no) to 4 (strong yes): "
            + "circles are single panelists' scores, the shaded bar their spread and the diamond their mean; the ring "
            + "below is the mean after allowing for how generously each panelist usually scores, and a dashed red line "
            + "marks the minimum a must-have topic needs.";

    record AgendaItem(String verb, String text) {
    }

    record TopicLine(String name, boolean mustHave, int minScore, String weight, int evidence, String mean,
                     String calibrated, String spread, String status, boolean belowMinimum) {
    }

    record VoteCount(String label, int count, boolean hire) {
    }

    static CandidatePage of(ApplicationResponse application, RecommendationResponse rec, List<ScorecardResponse> cards,
                            Map<String, String> names) {
        Map<String, List<Integer>> scores = scoresByTopic(cards);
        List<TopicChart.Row> chartRows = rec.topics().stream().map(t -> new TopicChart.Row(name(names, t.topicKey()),
                t.mustHave(), t.minScore(), t.mean(), t.calibratedMean(),
                scores.getOrDefault(t.topicKey(), List.of()))).toList();
        String chart = TopicChart.draw("topic-chart", application.candidateName(), chartRows).render();
        List<VoteCount> votes = rec.votes().entrySet().stream().map(v -> new VoteCount(ReviewWording.vote(v.getKey()),
                v.getValue(), v.getKey().endsWith("YES"))).toList();
        return new CandidatePage(application.id(), application.candidateName(), application.positionId(),
                application.positionTitle(), status(application), ReviewWording.outcome(rec.outcome()),
                ReviewWording.outcomeClass(rec.outcome()), ReviewWording.confidence(rec.confidence()),
                ReviewWording.confidenceClass(rec.confidence()), ReviewWording.score(rec.overallScore()),
                rawScore(rec), rec.probabilityAtLeastHire() == null ? null
                        : ReviewWording.certainty(rec.probabilityAtLeastHire()),
                rec.interval() == null ? null : ReviewWording.interval(rec.interval().low(), rec.interval().high()),
                rec.scorecardsSubmitted(),
                rec.scorecardsPending(), rec.reasons().stream().map(r -> ReviewWording.plain(named(r, names))).toList(),
                agenda(rec, names, scores), chart, rec.topics().stream().map(t -> line(t, names)).toList(), votes,
                ScorecardGrid.of(cards));
    }

    /** The score as given, when adjusting for rater severity moved it (as the page rounds). */
    private static String rawScore(RecommendationResponse rec) {
        String raw = ReviewWording.score(rec.rawScore());
        return rec.rawScore() == null || raw.equals(ReviewWording.score(rec.overallScore())) ? null : raw;
    }

    public String topicHelp() {
        return TOPIC_HELP;
    }

    public int votesCast() {
        return votes.stream().mapToInt(VoteCount::count).sum();
    }

    /** The flags as the debrief's agenda, in the service's order, with topic names and the spread of each. */
    static List<AgendaItem> agenda(RecommendationResponse rec, Map<String, String> names,
                                   Map<String, List<Integer>> scores) {
        List<AgendaItem> items = new ArrayList<>();
        for (RecommendationResponse.Note flag : rec.flags()) {
            String topic = flag.topicKey() == null ? null : name(names, flag.topicKey());
            items.add(switch (flag.code()) {
                case "DISAGREEMENT" -> topic == null
                        ? new AgendaItem("Discuss", "the votes: the panel voted on both sides of hire")
                        : new AgendaItem("Discuss", topic + ", spread " + spread(rec, flag.topicKey())
                        + range(scores.getOrDefault(flag.topicKey(), List.of())));
                case "THIN_EVIDENCE" -> new AgendaItem("Check", topic + ": a must-have resting on a single score");
                case "VOTE_SCORE_MISMATCH" -> new AgendaItem("Ask", ReviewWording.plain(flag.message()));
                default -> new AgendaItem("Discuss", ReviewWording.plain(named(flag, names)));
            });
        }
        return merged(items);
    }

    /** The same point raised by several scorecards is one item on the agenda, saying how many. */
    static List<AgendaItem> merged(List<AgendaItem> items) {
        Map<AgendaItem, Integer> counts = new LinkedHashMap<>();
        items.forEach(item -> counts.merge(item, 1, Integer::sum));
        return counts.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey()
                : new AgendaItem(e.getKey().verb() + " (" + e.getValue() + " scorecards)", e.getKey().text())).toList();
    }

    private static String spread(RecommendationResponse rec, String topicKey) {
        return rec.topics().stream().filter(t -> t.topicKey().equals(topicKey) && t.spread() != null)
                .map(t -> String.valueOf(t.spread())).findFirst().orElse("?");
    }

    private static String range(List<Integer> scores) {
        if (scores.isEmpty()) {
            return "";
        }
        return " (scores from " + scores.stream().min(Integer::compare).orElseThrow() + " to "
                + scores.stream().max(Integer::compare).orElseThrow() + ")";
    }

    /** A note's message with its topic key written as the topic's name. */
    static String named(RecommendationResponse.Note note, Map<String, String> names) {
        if (note.topicKey() == null) {
            return note.message();
        }
        Pattern key = Pattern.compile("(?<![\\w-])" + Pattern.quote(note.topicKey()) + "(?![\\w-])");
        return key.matcher(note.message()).replaceAll(Matcher.quoteReplacement(name(names, note.topicKey())));
    }

    private static TopicLine line(RecommendationResponse.Topic t, Map<String, String> names) {
        String status = switch (t.status()) {
            case "BELOW_MIN" -> "Below its minimum";
            case "NO_EVIDENCE" -> "No scores yet";
            default -> "Met";
        };
        return new TopicLine(name(names, t.topicKey()), t.mustHave(), t.minScore(),
                String.format(Locale.ROOT, "%.1f", t.weight()), t.evidence(), ReviewWording.score(t.mean()),
                ReviewWording.score(t.calibratedMean()), t.spread() == null ? "–" : String.valueOf(t.spread()), status,
                "BELOW_MIN".equals(t.status()));
    }

    /** The scores that count, by topic: what the chart draws beside the means they make (a trainee's do not). */
    static Map<String, List<Integer>> scoresByTopic(List<ScorecardResponse> cards) {
        Map<String, List<Integer>> scores = new LinkedHashMap<>();
        cards.forEach(card -> card.topics().stream().filter(t -> t.score() != null && t.counted())
                .forEach(t -> scores.computeIfAbsent(t.topicKey(), k -> new ArrayList<>()).add(t.score())));
        return scores;
    }

    private static String name(Map<String, String> names, String topicKey) {
        return names.getOrDefault(topicKey, topicKey);
    }

    private static String status(ApplicationResponse application) {
        return switch (application.status()) {
            case ACTIVE -> "Active";
            case HIRED -> "Hired";
            case REJECTED -> "Rejected";
            case WITHDRAWN -> "Withdrawn";
        };
    }
}
