package io.panelist.notifications.webhooks;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The ids a webhook message carries in {@code data}, those that apply (the others null and left out): never a name,
 * a note or a score. {@code candidateId} also ties the message to the person, so erasing them finds it.
 */
public record WebhookIds(@Nullable UUID applicationId, @Nullable UUID interviewId, @Nullable UUID candidateId,
                         @Nullable UUID positionId) {

    public static WebhookIds ofCandidate(UUID candidateId) {
        return new WebhookIds(null, null, candidateId, null);
    }

    /** The ids in a fixed order, without the nulls. */
    Map<String, UUID> data() {
        Map<String, UUID> data = new LinkedHashMap<>();
        put(data, "applicationId", applicationId);
        put(data, "interviewId", interviewId);
        put(data, "candidateId", candidateId);
        put(data, "positionId", positionId);
        return data;
    }

    private static void put(Map<String, UUID> data, String name, @Nullable UUID id) {
        if (id != null) {
            data.put(name, id);
        }
    }
}
