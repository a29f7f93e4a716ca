package io.panelist.questionbank.topics;

import io.panelist.shared.problem.ConflictException;

public final class TopicKeyTakenException extends ConflictException {
    TopicKeyTakenException(String key) {
        super("topic-key-taken", "A topic with the key " + key + " already exists.");
    }
}
