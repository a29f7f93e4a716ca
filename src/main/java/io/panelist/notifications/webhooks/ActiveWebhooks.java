package io.panelist.notifications.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The active webhooks, kept in memory under the webhooks stamp they were read with (V29). PostgreSQL renews the stamp
 * with any change to any webhook, in the same transaction, so the webhooks held are those of every snapshot that shows
 * the same stamp: a caller that read that stamp (in a statement of its own, with {@link #STAMP}) needs no query of the
 * webhooks, in this instance or any other. Another stamp reads them again in one statement, which brings its own stamp.
 */
@Singleton
class ActiveWebhooks {
    /** An SQL expression for the current stamp, for a caller to read in a statement it sends anyway. */
    static final String STAMP = "(SELECT stamp FROM webhooks_stamp)";
    private static final String ACTIVE = """
        SELECT s.stamp, w.id, w.url, w.events, w.active, w.secret, w.version, w.created_at, w.updated_at
          FROM webhooks_stamp s LEFT JOIN webhooks w ON w.active
         ORDER BY w.created_at, w.id
        """;
    private final Jdbc jdbc;
    private final WebhookRepository webhooks;
    private final AtomicReference<Held> held = new AtomicReference<>();

    ActiveWebhooks(Jdbc jdbc, WebhookRepository webhooks) {
        this.jdbc = jdbc;
        this.webhooks = webhooks;
    }

    private record Held(UUID stamp, List<Webhook> active) {
    }

    /**
     * The active webhooks that hear the event, in a stable order (created, then id), as of the stamp given (read in the
     * caller's transaction), or as of now without one. On the caller's connection.
     */
    List<Webhook> hearing(String event, @Nullable UUID stamp) {
        if (stamp == null) {
            return webhooks.activeFor(event);
        }
        Held now = held.get();
        if (now == null || !stamp.equals(now.stamp())) {
            now = read();
            if (now == null || !stamp.equals(now.stamp())) {
                // no stamp, or the caller's snapshot is not the one just read: read the way that needs none
                return webhooks.activeFor(event);
            }
        }
        return now.active().stream().filter(w -> Arrays.asList(w.events()).contains(event)).toList();
    }

    /** The active webhooks with their stamp, kept for the next caller; null without a stamp (an emptied database). */
    private @Nullable Held read() {
        Held read = jdbc.query("read the active webhooks", ACTIVE, List.of(), ActiveWebhooks::held);
        if (read != null) {
            // a caller that read an older stamp may replace a newer one: the next caller reads again, nothing worse
            held.set(read);
        }
        return read;
    }

    private static @Nullable Held held(ResultSet rows) throws SQLException {
        UUID stamp = null;
        List<Webhook> active = new ArrayList<>();
        while (rows.next()) {
            stamp = rows.getObject(1, UUID.class);
            UUID id = rows.getObject(2, UUID.class);
            if (id != null) {
                active.add(new Webhook(id, rows.getString(3), (String[]) rows.getArray(4).getArray(),
                        rows.getBoolean(5), rows.getString(6), rows.getLong(7),
                        rows.getObject(8, OffsetDateTime.class).toInstant(),
                        rows.getObject(9, OffsetDateTime.class).toInstant()));
            }
        }
        return stamp == null ? null : new Held(stamp, List.copyOf(active));
    }
}
