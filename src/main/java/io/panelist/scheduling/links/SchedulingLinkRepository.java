package io.panelist.scheduling.links;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SchedulingLinkRepository extends CrudRepository<SchedulingLink, UUID> {
    Optional<SchedulingLink> findByTokenHash(String tokenHash);

    /** The link under a row lock: one booking, move or cancellation of a link at a time. */
    @Query("SELECT * FROM scheduling_links WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<SchedulingLink> findByTokenHashForUpdate(String tokenHash);

    @Query("SELECT * FROM scheduling_links WHERE id = :id FOR UPDATE")
    Optional<SchedulingLink> findForUpdate(UUID id);

    /** An application's links, newest first, with their stage and the round each booked last. */
    @Query("""
        SELECT l.id, l.application_id, l.stage_id, s.name AS stage_name, l.window_from, l.window_to, l.panel_size,
               l.location, l.expires_at, l.revoked_at, l.interview_id, i.status AS interview_status,
               i.starts_at AS interview_starts_at, l.created_by, l.created_at
          FROM scheduling_links l
          JOIN plan_stages s ON s.id = l.stage_id
          LEFT JOIN interviews i ON i.id = l.interview_id
         WHERE l.application_id = :applicationId
         ORDER BY l.created_at DESC, l.id
        """)
    List<SchedulingLinkRow> ofApplication(UUID applicationId);

    @Query("UPDATE scheduling_links SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
    long revoke(UUID id, Instant at);

    @Query("UPDATE scheduling_links SET interview_id = :interviewId WHERE id = :id")
    void remember(UUID id, UUID interviewId);

    @Query("""
        INSERT INTO scheduling_link_offers (link_id, starts_at)
        SELECT :linkId, t FROM unnest(CAST(:startsAt AS timestamptz[])) AS t
        ON CONFLICT DO NOTHING
        """)
    void offer(UUID linkId, String[] startsAt);

    @Query("SELECT EXISTS (SELECT 1 FROM scheduling_link_offers WHERE link_id = :linkId AND starts_at = :startsAt)")
    boolean wasOffered(UUID linkId, Instant startsAt);
}
