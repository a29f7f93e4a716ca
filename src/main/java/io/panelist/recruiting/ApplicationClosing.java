package io.panelist.recruiting;

import java.util.UUID;

/** Told when an application closes outside a hiring decision, inside the same transaction (scheduling cancels its future interviews). */
public interface ApplicationClosing {
    void applicationClosed(UUID applicationId, UUID actorId, String reason);
}
