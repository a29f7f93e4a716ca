package io.panelist.scheduling.qualifications;

import io.micronaut.serde.annotation.Serdeable;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;

/**
 * A person's qualifications by topic key. {@code version} is drawn from the list itself (so it changes exactly when
 * the list does, whoever wrote it) and travels as the ETag that a {@code PUT} may send back in {@code If-Match}.
 */
@Serdeable
public record QualificationsResponse(UUID interviewerId, List<Qualification> topics, long version) {
    public QualificationsResponse {
        topics = List.copyOf(topics);
    }

    /** @param topics sorted by topic key */
    static QualificationsResponse of(UUID interviewerId, List<Qualification> topics) {
        return new QualificationsResponse(interviewerId, topics, versionOf(topics));
    }

    /** The first 63 bits of a SHA-256 over the list: two different lists never share one in practice. */
    static long versionOf(List<Qualification> topics) {
        StringBuilder text = new StringBuilder();
        topics.forEach(t -> text.append(t.topicKey()).append('=').append(t.level()).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
