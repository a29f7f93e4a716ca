package io.panelist.questionbank;

import io.panelist.shared.problem.ConflictException;

public final class QuestionKeyTakenException extends ConflictException {
    QuestionKeyTakenException(String key) {
        super("question-key-taken", "A question with the key " + key + " already exists.");
    }
}
