package io.panelist.questionbank.packs;

import io.micronaut.serde.annotation.Serdeable;

/** What an import did: for topics and for questions, how many were created, updated and left unchanged. */
@Serdeable
public record PackImportResult(Counts topics, Counts questions) {

    @Serdeable
    public record Counts(int created, int updated, int unchanged) {
    }
}
