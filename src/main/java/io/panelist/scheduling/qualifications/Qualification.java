package io.panelist.scheduling.qualifications;

import io.micronaut.serde.annotation.Serdeable;

/** One topic a person is recorded in, and at what level. */
@Serdeable
public record Qualification(String topicKey, QualificationLevel level) {
}
