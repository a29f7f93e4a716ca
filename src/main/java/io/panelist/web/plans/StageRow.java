package io.panelist.web.plans;

import io.micronaut.core.annotation.Nullable;
import io.panelist.plans.PlanResponse;
import io.panelist.plans.StageKind;
import io.panelist.questionbank.QuestionResponse;
import io.panelist.questionbank.topics.TopicResponse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One stage of the builder's form. {@code key} names the stage's controls on the page (it stays the same while the
 * page is open, whatever the stage's position); {@code id} is the stored stage's, empty until it is first saved.
 */
record StageRow(String key, String id, int number, String name, StageKind kind, String kindLabel, int minutes,
                int questionMinutes, List<TopicRow> topics, List<QuestionRow> questions, String kitHref) {

    record TopicRow(String key, String topicKey, String name, String weight, boolean mustHave, int minScore,
                    String minScoreLabel) {
        static TopicRow of(PlanResponse.Topic topic) {
            return new TopicRow(RowKeys.next(), topic.topicKey(), topic.name(), PlanWording.number(topic.weight()),
                    topic.mustHave(), topic.minScore(), PlanWording.score(topic.minScore()));
        }

        /** A topic just picked from the bank: weight 1, not a must-have, a "Yes" as the bar. */
        static TopicRow picked(TopicResponse topic) {
            return new TopicRow(RowKeys.next(), topic.key(), topic.name(), "1", false, 3, PlanWording.score(3));
        }
    }

    record QuestionRow(String key, UUID questionId, String prompt, String topicKey, String topicName, String meta,
                       int minutes, boolean retired) {
        static QuestionRow of(PlanResponse.Question question, String topicName) {
            return new QuestionRow(RowKeys.next(), question.questionId(), question.prompt(), question.topicKey(),
                    topicName, PlanWording.question(question.level(), question.kind()), question.minutes(),
                    question.retired());
        }

        /** A question just picked from the bank, with the minutes the bank suggests. */
        static QuestionRow picked(QuestionResponse question, String topicName) {
            return new QuestionRow(RowKeys.next(), question.id(), question.prompt(), question.topicKey(), topicName,
                    PlanWording.question(question.level(), question.kind()), question.minutes(), question.retired());
        }
    }

    static StageRow of(UUID planId, int number, PlanResponse.Stage stage, Map<String, String> topicNames) {
        return new StageRow(RowKeys.next(), stage.id().toString(), number, stage.name(), stage.kind(),
                PlanWording.kind(stage.kind()), stage.minutes(), stage.questionMinutes(),
                stage.topics().stream().map(TopicRow::of).toList(),
                stage.questions().stream().map(q -> QuestionRow.of(q, topicNames.getOrDefault(q.topicKey(), q.topicKey())))
                        .toList(),
                kitHref(planId, stage.id()));
    }

    /** A stage added on the page: not stored yet, so it has no id and no kit. */
    static StageRow blank() {
        return new StageRow(RowKeys.next(), "", 0, "New stage", StageKind.TECHNICAL, PlanWording.kind(StageKind.TECHNICAL),
                45, 0, List.of(), List.of(), "");
    }

    static String kitHref(UUID planId, @Nullable UUID stageId) {
        return stageId == null ? "" : "/plans/" + planId + "/stages/" + stageId + "/kit";
    }
}
