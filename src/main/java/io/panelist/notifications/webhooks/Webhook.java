package io.panelist.notifications.webhooks;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One registered endpoint; {@code secret} signs what is sent to it and never leaves in an answer after creation. */
@MappedEntity("webhooks")
public record Webhook(@Id UUID id, String url, @TypeDef(type = DataType.STRING_ARRAY) String[] events, boolean active,
               String secret, @Version long version, Instant createdAt, Instant updatedAt) {

    List<String> eventList() {
        return List.of(events);
    }

    Webhook changed(String url, String[] events, boolean active, Instant now) {
        return new Webhook(id, url, events, active, secret, version, createdAt, now);
    }
}
