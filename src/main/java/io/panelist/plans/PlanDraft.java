package io.panelist.plans;

import java.util.List;
import java.util.UUID;

/** The plan as the rules see it: no framework, no database. */
record PlanDraft(double hireThreshold, double strongHireThreshold, List<Stage> stages) {
    PlanDraft {
        stages = List.copyOf(stages);
    }

    record Stage(String name, int minutes, List<Topic> topics, List<Question> questions) {
        Stage {
            topics = List.copyOf(topics);
            questions = List.copyOf(questions);
        }
    }

    record Topic(String topicKey, boolean exists, double weight, boolean mustHave, int minScore) {
    }

    /** {@code topicKey} is the topic of the question's pinned revision. */
    record Question(UUID questionId, String topicKey, int minutes, boolean retired) {
    }
}
