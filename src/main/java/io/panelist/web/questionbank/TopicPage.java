package io.panelist.web.questionbank;

import io.panelist.questionbank.topics.Anchor;
import io.panelist.questionbank.QuestionResponse;
import io.panelist.questionbank.topics.RubricVersion;
import io.panelist.questionbank.topics.TopicResponse;

import java.util.ArrayList;
import java.util.List;

/** A topic as its page shows it: the rubric in force, its earlier versions newest first, and the topic's questions. */
record TopicPage(TopicResponse topic, List<Version> versions, List<SearchView.Item> questions, long questionCount,
                 String questionsLink) {

    record Version(int number, String when, String changes, boolean current, List<Anchor> anchors) {
    }

    static TopicPage of(TopicResponse topic, List<RubricVersion> oldestFirst, List<QuestionResponse> questions,
                        long questionCount, String zone) {
        List<Version> versions = new ArrayList<>();
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            RubricVersion version = oldestFirst.get(i);
            versions.add(new Version(version.version(), QuestionBankWording.when(version.createdAt(), zone),
                    changes(i == 0 ? null : oldestFirst.get(i - 1), version),
                    version.version() == topic.currentRubricVersion(), version.anchors()));
        }
        List<SearchView.Item> items = questions.stream().map(q -> new SearchView.Item(q.id(), q.prompt(),
                q.topicKey(), topic.name(), QuestionBankWording.level(q.level()), QuestionBankWording.kind(q.kind()),
                QuestionBankWording.minutes(q.minutes()), q.tags(), q.retired())).toList();
        return new TopicPage(topic, versions, items, questionCount, "/questions?topic=" + topic.key());
    }

    /** Which anchors a rubric version rewrote, by score. */
    static String changes(RubricVersion before, RubricVersion after) {
        if (before == null) {
            return "First version.";
        }
        List<String> changed = new ArrayList<>();
        for (Anchor anchor : after.anchors()) {
            boolean same = before.anchors().stream().anyMatch(a -> a.equals(anchor));
            if (!same) {
                changed.add(anchor.score() + " (" + anchor.label() + ")");
            }
        }
        return changed.isEmpty() ? "Same anchors." : "Rewrote anchor" + (changed.size() == 1 ? " " : "s ")
                + String.join(", ", changed) + ".";
    }
}
