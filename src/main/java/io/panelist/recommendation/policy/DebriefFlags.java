package io.panelist.recommendation.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The debrief agenda a verdict carries, and what confidence reads of it. Pure, like {@link DecisionPolicy}. */
final class DebriefFlags {
    static final int DISAGREEMENT_SPREAD = 2;
    static final double YES_VOTE_MEAN_FLOOR = 2.5;
    static final double NO_VOTE_MEAN_CEILING = 3.0;

    private DebriefFlags() {
    }

    /** The debrief agenda: DISAGREEMENT, THIN_EVIDENCE and VOTE_SCORE_MISMATCH. */
    static List<Verdict.Note> flags(Evidence evidence, List<Verdict.TopicResult> topics) {
        List<Verdict.Note> flags = new ArrayList<>();
        for (Verdict.TopicResult topic : topics) {
            if (topic.spread() != null && topic.spread() >= DISAGREEMENT_SPREAD) {
                flags.add(note("DISAGREEMENT", topic.topicKey(), "Discuss " + topic.topicKey() + ": the scores spread "
                        + topic.spread() + " points."));
            }
        }
        boolean yes = evidence.ballots().stream().anyMatch(Evidence.Ballot::forHire);
        boolean no = evidence.ballots().stream().anyMatch(b -> !b.forHire());
        if (yes && no) {
            flags.add(note("DISAGREEMENT", null, "Discuss the votes: the panel voted on both sides of hire."));
        }
        for (Verdict.TopicResult topic : topics) {
            if (topic.mustHave() && topic.evidence() == 1) {
                flags.add(note("THIN_EVIDENCE", topic.topicKey(), "Must-have topic " + topic.topicKey()
                        + " rests on a single score."));
            }
        }
        for (Evidence.Ballot ballot : evidence.ballots()) {
            if (ballot.scoreCount() == 0) {
                continue;
            }
            double mean = ballot.scoreSum() / ballot.scoreCount();
            if ((ballot.forHire() && DecisionPolicy.below(mean, YES_VOTE_MEAN_FLOOR))
                    || (!ballot.forHire() && DecisionPolicy.atLeast(mean, NO_VOTE_MEAN_CEILING))) {
                flags.add(note("VOTE_SCORE_MISMATCH", null, "A scorecard voted "
                        + ballot.vote().toLowerCase(Locale.ROOT).replace('_', ' ') + " while its own scores average "
                        + DecisionPolicy.format(mean) + "."));
            }
        }
        return flags;
    }

    /** A must-have topic with fewer than two scores (none counts too). */
    static boolean mustHaveThin(List<Verdict.TopicResult> topics) {
        return topics.stream().anyMatch(t -> t.mustHave() && t.evidence() < 2);
    }

    /** A must-have topic with a spread DISAGREEMENT. */
    static boolean mustHaveDisputed(List<Verdict.TopicResult> topics, List<Verdict.Note> flags) {
        return flags.stream().anyMatch(f -> f.code().equals("DISAGREEMENT") && f.topicKey() != null
                && topics.stream().anyMatch(t -> t.mustHave() && t.topicKey().equals(f.topicKey())));
    }

    /** A DISAGREEMENT of any kind, on a topic or in the votes. */
    static boolean anyDisagreement(List<Verdict.Note> flags) {
        return flags.stream().anyMatch(f -> f.code().equals("DISAGREEMENT"));
    }

    private static Verdict.Note note(String code, String topicKey, String message) {
        return new Verdict.Note(code, topicKey, message);
    }
}
