package io.panelist.scheduling.feed;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CalendarFeedRepository extends CrudRepository<CalendarFeed, UUID> {
    @Query("""
        INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (:userId, :tokenHash, :createdAt)
        ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at
        """)
    void upsert(UUID userId, String tokenHash, Instant createdAt);

    /** The owner of the feed, while they are an active user. */
    @Query("""
        SELECT f.user_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id
         WHERE f.token_hash = :tokenHash AND u.active
        """)
    Optional<UUID> activeOwnerOf(String tokenHash);
}
