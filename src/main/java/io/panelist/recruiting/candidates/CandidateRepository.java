package io.panelist.recruiting.candidates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CandidateRepository extends CrudRepository<Candidate, UUID> {
    /**
     * Who sees a candidate: administrators and recruiters all; a hiring manager those applying to their positions;
     * a panelist those they sit on a panel for. The panels are scheduling's: {@code seated} holds the ids of the
     * applications the viewer sits on a panel for, as {@link PanelSeats} told them.
     */
    String VISIBLE = """
          AND (:seesAll OR EXISTS (
                SELECT 1 FROM applications a JOIN positions p ON p.id = a.position_id
                 WHERE a.candidate_id = c.id
                   AND (p.hiring_manager_id = :viewerId OR a.id = ANY (CAST(:seated AS uuid[])))))
        """;

    @Query("SELECT * FROM candidates WHERE id = :id FOR UPDATE")
    Optional<Candidate> findForUpdate(UUID id);

    @Query("SELECT c.* FROM candidates c WHERE c.id = :id" + VISIBLE)
    Optional<Candidate> findVisible(UUID id, boolean seesAll, UUID viewerId, String[] seated);

    @Query("SELECT EXISTS (SELECT 1 FROM candidates WHERE lower(email) = lower(:email) AND id <> :exceptId)")
    boolean emailTakenByOther(String email, UUID exceptId);

    @Query("SELECT EXISTS (SELECT 1 FROM candidates WHERE external_id = :externalId AND id <> :exceptId)")
    boolean externalIdTakenByOther(String externalId, UUID exceptId);

    @Query("SELECT * FROM candidates WHERE external_id = :externalId FOR UPDATE")
    Optional<Candidate> findByExternalIdForUpdate(String externalId);

    /** Makes writes by the same external id take turns until the transaction ends (so two upserts never race). */
    @Query("""
        SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended('candidate-external-id:' || :externalId, 0)))
            AS locked
        """)
    int lockExternalId(String externalId);

    @Query("""
        SELECT c.* FROM candidates c
         WHERE (CAST(:q AS text) IS NULL OR strpos(lower(c.name), lower(:q)) > 0
                OR strpos(lower(c.email), lower(:q)) > 0)
        """ + VISIBLE + """
         ORDER BY lower(c.name), c.id
         LIMIT :limit OFFSET :offset
        """)
    List<Candidate> search(@Nullable String q, boolean seesAll, UUID viewerId, String[] seated, int limit, long offset);

    @Query("""
        SELECT count(*) FROM candidates c
         WHERE (CAST(:q AS text) IS NULL OR strpos(lower(c.name), lower(:q)) > 0
                OR strpos(lower(c.email), lower(:q)) > 0)
        """ + VISIBLE)
    long countSearch(@Nullable String q, boolean seesAll, UUID viewerId, String[] seated);

    Optional<Candidate> findByEmail(String email);

    /** Every phone number the candidate has been given (a trigger of V34 records them), oldest first. */
    @Query("SELECT phone FROM candidate_phones WHERE candidate_id = :candidateId ORDER BY given_at, phone")
    List<String> phonesOf(UUID candidateId);

    @Query("DELETE FROM candidate_phones WHERE candidate_id = :candidateId")
    int forgetPhones(UUID candidateId);

    List<Candidate> findByIdIn(java.util.Collection<UUID> ids);
}
