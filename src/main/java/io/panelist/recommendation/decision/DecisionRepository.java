package io.panelist.recommendation.decision;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DecisionRepository extends CrudRepository<Decision, UUID> {

    @Query("""
        INSERT INTO decisions (id, application_id, outcome, rationale, recommended_outcome, against_recommendation,
                               recommendation, decided_by, decided_at, evidence_version, pending_acknowledged)
        VALUES (:id, :applicationId, :outcome, :rationale, :recommendedOutcome, :againstRecommendation,
                CAST(:recommendation AS jsonb), :decidedBy, :decidedAt, :evidenceVersion, :pendingAcknowledged)
        """)
    void insert(UUID id, UUID applicationId, String outcome, String rationale, String recommendedOutcome,
                boolean againstRecommendation, String recommendation, UUID decidedBy, Instant decidedAt,
                long evidenceVersion, int pendingAcknowledged);

    /**
     * The application's evidence version (V10): PostgreSQL bumps it with every submission and amendment of its
     * scorecards; 0 while none has been submitted.
     */
    @Query("SELECT COALESCE(max(evidence_version), 0) FROM application_verdicts WHERE application_id = :applicationId")
    long evidenceVersion(UUID applicationId);

    @Query("SELECT id, application_id, outcome, rationale, recommended_outcome, against_recommendation, recommendation::text AS recommendation, decided_by, decided_at, reopened_at, reopened_by, reopen_reason, evidence_version, pending_acknowledged FROM decisions WHERE application_id = :applicationId AND reopened_at IS NULL FOR UPDATE")
    Optional<Decision> standingForUpdate(UUID applicationId);

    @Query("SELECT id, application_id, outcome, rationale, recommended_outcome, against_recommendation, recommendation::text AS recommendation, decided_by, decided_at, reopened_at, reopened_by, reopen_reason, evidence_version, pending_acknowledged FROM decisions WHERE application_id = :applicationId ORDER BY decided_at DESC")
    List<Decision> history(UUID applicationId);

    @Query("UPDATE decisions SET reopened_at = :now, reopened_by = :by, reopen_reason = :reason WHERE id = :id AND reopened_at IS NULL")
    int reopen(UUID id, UUID by, String reason, Instant now);

    @Query("SELECT id, application_id, outcome, rationale, recommended_outcome, against_recommendation, recommendation::text AS recommendation, decided_by, decided_at, reopened_at, reopened_by, reopen_reason, evidence_version, pending_acknowledged FROM decisions WHERE application_id IN (SELECT id FROM applications WHERE candidate_id = :candidateId) ORDER BY decided_at")
    List<Decision> ofCandidate(UUID candidateId);
}
