package io.panelist.web.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.panelist.questionbank.QuestionResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * A question as its page shows it: the current revision, and every revision newest first with what it changed and
 * when, in the reader's time zone.
 */
record QuestionPage(QuestionResponse question, String topicName, String level, String kind, String minutes,
                    String revised, List<Revision> revisions, boolean mayEdit, @Nullable String notice) {

    record Revision(int number, String when, String changes, boolean current, String topicKey, String level,
                    String kind, String minutes, QuestionResponse text) {
    }

    static QuestionPage of(QuestionResponse question, String topicName, List<QuestionResponse> oldestFirst,
                           String zone, boolean mayEdit, @Nullable String notice) {
        List<Revision> revisions = new ArrayList<>();
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            QuestionResponse revision = oldestFirst.get(i);
            QuestionResponse before = i == 0 ? null : oldestFirst.get(i - 1);
            revisions.add(new Revision(revision.revision(), QuestionBankWording.when(revision.revisedAt(), zone),
                    changes(before, revision), revision.revision() == question.currentRevision(),
                    revision.topicKey(), QuestionBankWording.level(revision.level()), QuestionBankWording.kind(revision.kind()),
                    QuestionBankWording.minutes(revision.minutes()), revision));
        }
        return new QuestionPage(question, topicName, QuestionBankWording.level(question.level()),
                QuestionBankWording.kind(question.kind()), QuestionBankWording.minutes(question.minutes()),
                QuestionBankWording.when(question.revisedAt(), zone), revisions, mayEdit, notice);
    }

    /** What a revision changed from the one before it, in words: short values with before and after. */
    static String changes(@Nullable QuestionResponse before, QuestionResponse after) {
        if (before == null) {
            return "First version.";
        }
        List<String> changed = new ArrayList<>();
        if (!before.topicKey().equals(after.topicKey())) {
            changed.add("topic " + before.topicKey() + " → " + after.topicKey());
        }
        if (before.level() != after.level()) {
            changed.add("level " + QuestionBankWording.level(before.level()) + " → " + QuestionBankWording.level(after.level()));
        }
        if (before.kind() != after.kind()) {
            changed.add("kind " + QuestionBankWording.kind(before.kind()) + " → " + QuestionBankWording.kind(after.kind()));
        }
        if (!before.prompt().equals(after.prompt())) {
            changed.add("the prompt");
        }
        if (!before.guidance().equals(after.guidance())) {
            changed.add("the guidance");
        }
        if (!before.followUps().equals(after.followUps())) {
            changed.add("the follow-ups");
        }
        if (!before.tags().equals(after.tags())) {
            changed.add(tagChange(before.tags(), after.tags()));
        }
        if (before.minutes() != after.minutes()) {
            changed.add("minutes " + before.minutes() + " → " + after.minutes());
        }
        return changed.isEmpty() ? "Saved again without changes." : "Changed " + join(changed) + ".";
    }

    private static String tagChange(List<String> before, List<String> after) {
        List<String> parts = new ArrayList<>();
        after.stream().filter(t -> !before.contains(t)).forEach(t -> parts.add("+" + t));
        before.stream().filter(t -> !after.contains(t)).forEach(t -> parts.add("−" + t));
        return parts.isEmpty() ? "the order of the tags" : "tags " + String.join(" ", parts);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
