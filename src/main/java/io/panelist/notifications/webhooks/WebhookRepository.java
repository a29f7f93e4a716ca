package io.panelist.notifications.webhooks;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WebhookRepository extends CrudRepository<Webhook, UUID> {

    @Query("SELECT * FROM webhooks WHERE id = :id FOR UPDATE")
    Optional<Webhook> findForUpdate(UUID id);

    /** The active webhooks that hear an event, in a stable order. */
    @Query("SELECT * FROM webhooks WHERE active AND events @> ARRAY[CAST(:event AS text)] ORDER BY created_at, id")
    List<Webhook> activeFor(String event);

    @Query("SELECT * FROM webhooks ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
    List<Webhook> page(int limit, long offset);
}
