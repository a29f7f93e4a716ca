package io.panelist.recruiting.imports;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What an import did: candidates created, rows that matched a stored candidate by external id (updated where
 * their values differed), and applications created.
 */
@Serdeable
public record ImportReport(int created, int updated, int applications) {
}
