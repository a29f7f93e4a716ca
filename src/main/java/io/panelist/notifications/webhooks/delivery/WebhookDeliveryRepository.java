package io.panelist.notifications.webhooks.delivery;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WebhookDeliveryRepository extends CrudRepository<WebhookDelivery, UUID> {

    @Query("""
        SELECT * FROM webhook_deliveries WHERE webhook_id = :webhookId
         ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset
        """)
    List<WebhookDelivery> page(UUID webhookId, int limit, long offset);

    long countByWebhookId(UUID webhookId);

    Optional<WebhookDelivery> findByIdAndWebhookId(UUID id, UUID webhookId);
}
