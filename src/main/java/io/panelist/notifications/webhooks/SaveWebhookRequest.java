package io.panelist.notifications.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A webhook as an administrator writes it; {@code active} defaults to true. */
@Serdeable
public record SaveWebhookRequest(@NotNull @HasText @Size(max = 2048) String url,
                                 @NotNull @Size(min = 1, max = 6) List<@NotNull @Size(max = 100) String> events,
                                 @Nullable Boolean active) {
    public SaveWebhookRequest {
        events = events == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(events));
    }

    boolean isActive() {
        return active == null || active;
    }
}
