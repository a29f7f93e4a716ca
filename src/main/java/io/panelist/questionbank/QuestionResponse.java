package io.panelist.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One revision of a question: the current one unless another was asked for. */
@Serdeable
public record QuestionResponse(UUID id, String key, UUID topicId, String topicKey, Level level, QuestionKind kind,
                               String prompt, String guidance, List<String> followUps, List<String> tags, int minutes,
                               int revision, int currentRevision, boolean retired, @Nullable Instant retiredAt,
                               long version, Instant createdAt, Instant revisedAt) {
    public QuestionResponse {
        followUps = List.copyOf(followUps);
        tags = List.copyOf(tags);
    }

    static QuestionResponse of(QuestionRow row) {
        return new QuestionResponse(row.id(), row.key(), row.topicId(), row.topicKey(), Level.valueOf(row.level()),
                QuestionKind.valueOf(row.kind()), row.prompt(), row.guidance(), List.of(row.followUps()),
                List.of(row.tags()), row.minutes(), row.revision(), row.currentRevision(), row.retiredAt() != null,
                row.retiredAt(), row.version(), row.createdAt(), row.revisedAt());
    }
}
