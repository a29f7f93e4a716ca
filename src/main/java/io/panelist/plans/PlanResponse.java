package io.panelist.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.questionbank.topics.Anchor;
import io.panelist.questionbank.Level;
import io.panelist.questionbank.QuestionKind;
import io.panelist.shared.problem.FieldProblem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plan with everything an interviewer needs to run each stage (the interview kit): each question's prompt,
 * guidance and follow-ups at its pinned revision, each topic's anchors at the pinned rubric version (the current
 * one while a draft), the coverage summary and the validation report.
 */
@Serdeable
public record PlanResponse(UUID id, UUID positionId, String positionTitle, String name, int version, PlanStatus status,
                           Policy policy, List<Stage> stages, List<Coverage> coverage, boolean valid,
                           List<FieldProblem> problems, long editVersion, @Nullable Instant publishedAt,
                           Instant createdAt, Instant updatedAt) {

    @Serdeable
    public record Policy(double hireThreshold, double strongHireThreshold) {
    }

    @Serdeable
    public record Stage(UUID id, String name, StageKind kind, int minutes, int questionMinutes, List<Topic> topics,
                        List<Question> questions) {
    }

    @Serdeable
    public record Topic(UUID topicId, String topicKey, String name, double weight, boolean mustHave, int minScore,
                        int rubricVersion, List<Anchor> anchors) {
    }

    @Serdeable
    public record Question(UUID questionId, String key, int revision, int minutes, String topicKey, Level level,
                           QuestionKind kind, String prompt, String guidance, List<String> followUps,
                           boolean retired) {
    }

    /** For one topic: the stages that assess it, their total weight, how many questions ask about it. */
    @Serdeable
    public record Coverage(String topicKey, String name, List<String> stages, double totalWeight, int questions,
                           boolean mustHave) {
    }
}
