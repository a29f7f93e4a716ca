package io.panelist.plans.rules;

import java.util.List;
import java.util.UUID;

/** The plan as the rules see it: no framework, no database. */
public record PlanDraft(double hireThreshold, double strongHireThreshold, List<Stage> stages) {
    public PlanDraft {
        stages = List.copyOf(stages);
    }

    public record Stage(String name, int minutes, List<Topic> topics, List<Question> questions) {
        public Stage {
            topics = List.copyOf(topics);
            questions = List.copyOf(questions);
        }
    }

    public record Topic(String topicKey, boolean exists, double weight, boolean mustHave, int minScore) {
    }

    /** {@code topicKey} is the topic of the question's pinned revision. */
    public record Question(UUID questionId, String topicKey, int minutes, boolean retired) {
    }
}
