package io.panelist.questionbank;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** One revision of a question with its topic key and the question's own state. */
@Introspected
public record QuestionRow(UUID id, String key, UUID topicId, String topicKey, int revision, int currentRevision,
                   String level, String kind, String prompt, String guidance,
                   @TypeDef(type = DataType.STRING_ARRAY) String[] followUps,
                   @TypeDef(type = DataType.STRING_ARRAY) String[] tags,
                   int minutes, @Nullable Instant retiredAt, long version, Instant createdAt, Instant revisedAt) {
}
