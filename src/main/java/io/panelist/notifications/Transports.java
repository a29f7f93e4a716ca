package io.panelist.notifications;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The transport of each kind, from every {@link OutboxTransport} bean; a kind without one is held. */
@Singleton
public class Transports {
    private final Map<OutboxKind, OutboxTransport> byKind = new EnumMap<>(OutboxKind.class);

    Transports(List<OutboxTransport> transports) {
        for (OutboxTransport transport : transports) {
            for (OutboxKind kind : transport.kinds()) {
                OutboxTransport before = byKind.put(kind, transport);
                if (before != null) {
                    throw new IllegalStateException("Two transports send " + kind + ": "
                            + before.getClass().getSimpleName() + " and " + transport.getClass().getSimpleName());
                }
            }
        }
    }

    @Nullable
    public OutboxTransport of(OutboxKind kind) {
        return byKind.get(kind);
    }

    /** The status a new message of this kind starts in: PENDING when something can send it, else HELD. */
    public OutboxStatus initialStatus(OutboxKind kind) {
        return byKind.containsKey(kind) ? OutboxStatus.PENDING : OutboxStatus.HELD;
    }
}
