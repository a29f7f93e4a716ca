package io.panelist.questionbank;

import io.panelist.shared.ConflictException;

public final class TopicKeyTakenException extends ConflictException {
    TopicKeyTakenException(String key) {
        super("topic-key-taken", "A topic with the key " + key + " already exists.");
    }
}
