package io.panelist.recruiting.imports;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An import's statements on plain JDBC, in the caller's transaction: each reads or writes every row of the import at
 * once (the values travel as arrays and come apart in {@code unnest}), so an import of 10,000 rows costs as many
 * round trips as one of a single row.
 */
@Singleton
class ImportStatements {
    private static final String CANDIDATES_BY_EXTERNAL_ID = """
        SELECT id, external_id, name, email, phone, erased_at IS NOT NULL
          FROM candidates
         WHERE external_id = ANY (CAST(? AS text[]))
         ORDER BY id
           FOR UPDATE
        """;
    private static final String EMAIL_OWNERS = """
        SELECT lower(email), id FROM candidates WHERE lower(email) = ANY (CAST(? AS text[]))
        """;
    private static final String POSITION_STATUSES = """
        SELECT id, status FROM positions WHERE id = ANY (CAST(? AS uuid[]))
        """;
    private static final String APPLICATIONS_OF = """
        SELECT candidate_id, position_id FROM applications WHERE candidate_id = ANY (CAST(? AS uuid[]))
        """;
    private static final String INSERT_CANDIDATES = """
        INSERT INTO candidates (id, name, email, phone, external_id, version, created_at, updated_at)
        SELECT r.id, r.name, r.email, r.phone, r.external_id, 0, CAST(? AS timestamptz), CAST(? AS timestamptz)
          FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]))
               AS r (id, name, email, phone, external_id)
        """;
    private static final String UPDATE_CANDIDATES = """
        UPDATE candidates AS c
           SET name = r.name, email = r.email, phone = r.phone, version = c.version + 1,
               updated_at = CAST(? AS timestamptz)
          FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]))
               AS r (id, name, email, phone)
         WHERE c.id = r.id
        """;
    private static final String INSERT_APPLICATIONS = """
        INSERT INTO applications (id, candidate_id, position_id, plan_id, status, version, created_at, updated_at)
        SELECT r.id, r.candidate_id, r.position_id, r.plan_id, 'ACTIVE', 0, CAST(? AS timestamptz),
               CAST(? AS timestamptz)
          FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]))
               AS r (id, candidate_id, position_id, plan_id)
        """;

    /** A candidate the import names by external id, as stored. */
    record Stored(UUID id, String externalId, String name, @Nullable String email, @Nullable String phone,
                  boolean erased) {
    }

    /** A candidate's new values: for a new candidate (with its external id) or a change to a stored one. */
    record CandidateValues(UUID id, String name, @Nullable String email, @Nullable String phone,
                           @Nullable String externalId) {
    }

    record NewApplication(UUID id, UUID candidateId, UUID positionId, UUID planId) {
    }

    private final Jdbc jdbc;

    ImportStatements(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored candidates with these external ids, locked until the transaction ends, by external id. */
    Map<String, Stored> candidatesByExternalId(Collection<String> externalIds) {
        return jdbc.query("read the candidates the import names", CANDIDATES_BY_EXTERNAL_ID,
                Collections.singletonList(externalIds.toArray(String[]::new)), rows -> {
                    Map<String, Stored> found = new HashMap<>();
                    while (rows.next()) {
                        found.put(rows.getString(2), new Stored(rows.getObject(1, UUID.class), rows.getString(2),
                                rows.getString(3), rows.getString(4), rows.getString(5), rows.getBoolean(6)));
                    }
                    return found;
                });
    }

    /** Who holds each of these (lower-case) emails, by email. */
    Map<String, UUID> ownersOfEmails(Collection<String> emails) {
        return jdbc.query("read who holds the import's emails", EMAIL_OWNERS,
                Collections.singletonList(emails.toArray(String[]::new)), rows -> {
                    Map<String, UUID> owners = new HashMap<>();
                    while (rows.next()) {
                        owners.put(rows.getString(1), rows.getObject(2, UUID.class));
                    }
                    return owners;
                });
    }

    /** The status of each of these positions that exists, by position id. */
    Map<UUID, String> positionStatuses(Collection<UUID> positionIds) {
        return jdbc.query("read the import's positions", POSITION_STATUSES,
                Collections.singletonList(positionIds.toArray(UUID[]::new)), rows -> {
                    Map<UUID, String> statuses = new HashMap<>();
                    while (rows.next()) {
                        statuses.put(rows.getObject(1, UUID.class), rows.getString(2));
                    }
                    return statuses;
                });
    }

    /** The (candidate, position) pairs these candidates have applications for, whatever their status. */
    Set<List<UUID>> applicationsOf(Collection<UUID> candidateIds) {
        return jdbc.query("read the applications of the import's candidates", APPLICATIONS_OF,
                Collections.singletonList(candidateIds.toArray(UUID[]::new)), rows -> {
                    Set<List<UUID>> pairs = new HashSet<>();
                    while (rows.next()) {
                        pairs.add(List.of(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)));
                    }
                    return pairs;
                });
    }

    void insertCandidates(List<CandidateValues> candidates, Instant now) {
        if (candidates.isEmpty()) {
            return;
        }
        jdbc.update("create the imported candidates", INSERT_CANDIDATES, List.of(utc(now), utc(now),
                candidates.stream().map(CandidateValues::id).toArray(UUID[]::new),
                candidates.stream().map(CandidateValues::name).toArray(String[]::new),
                candidates.stream().map(CandidateValues::email).toArray(String[]::new),
                candidates.stream().map(CandidateValues::phone).toArray(String[]::new),
                candidates.stream().map(CandidateValues::externalId).toArray(String[]::new)));
    }

    void updateCandidates(List<CandidateValues> changes, Instant now) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.update("update the imported candidates", UPDATE_CANDIDATES, List.of(utc(now),
                changes.stream().map(CandidateValues::id).toArray(UUID[]::new),
                changes.stream().map(CandidateValues::name).toArray(String[]::new),
                changes.stream().map(CandidateValues::email).toArray(String[]::new),
                changes.stream().map(CandidateValues::phone).toArray(String[]::new)));
    }

    void insertApplications(List<NewApplication> applications, Instant now) {
        if (applications.isEmpty()) {
            return;
        }
        jdbc.update("create the imported applications", INSERT_APPLICATIONS, List.of(utc(now), utc(now),
                applications.stream().map(NewApplication::id).toArray(UUID[]::new),
                applications.stream().map(NewApplication::candidateId).toArray(UUID[]::new),
                applications.stream().map(NewApplication::positionId).toArray(UUID[]::new),
                applications.stream().map(NewApplication::planId).toArray(UUID[]::new)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
