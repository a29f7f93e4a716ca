package io.panelist.faults;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the clients of a fault run sent and what was acknowledged to them, written from every client thread: each
 * request with its answer, each write answered 2xx with what it acknowledged, and each write attempted whatever its
 * answer (a write whose answer was lost may still have committed, and must then be one that was sent).
 */
final class Ledger {
    /** One request; {@code status} -1: no answer (connection refused or reset, or no answer in time). */
    record Request(String kind, boolean write, int instance, long startedNanos, long endedNanos, int status) {
        boolean refused() {
            return status < 200 || status > 299;
        }
    }

    record Saved(UUID scorecardId, long version, Draft draft) {
    }

    record Booking(UUID applicationId, UUID stageId, Instant startsAt, Instant endsAt, UUID panelistId) {
    }

    record Booked(UUID interviewId, Booking booking) {
    }

    /** A submission answered 2xx, with the last draft saved (and acknowledged) before it. */
    record Submitted(UUID scorecardId, long version, Draft lastSaved) {
    }

    record Decided(UUID applicationId, UUID decisionId, String outcome, String rationale) {
    }

    record Reopened(UUID applicationId, UUID decisionId, String reason) {
    }

    final Queue<Request> requests = new ConcurrentLinkedQueue<>();
    final Queue<Saved> saved = new ConcurrentLinkedQueue<>();
    final Queue<Booked> booked = new ConcurrentLinkedQueue<>();
    final Queue<Submitted> submitted = new ConcurrentLinkedQueue<>();
    final Queue<Decided> decided = new ConcurrentLinkedQueue<>();
    final Queue<Reopened> reopened = new ConcurrentLinkedQueue<>();
    /** Every draft sent, by scorecard and the version its If-Match named: the save that made version v + 1. */
    final Map<UUID, Map<Long, Queue<Draft>>> savesSent = new ConcurrentHashMap<>();
    final Queue<Booking> bookingsSent = new ConcurrentLinkedQueue<>();
    /** Every rationale and reopening reason sent: each one is unique to its request. */
    final Queue<String> decisionTextsSent = new ConcurrentLinkedQueue<>();
    /** Anything a client did not expect (a bug of the test's own, or an answer it cannot read). */
    final Queue<String> clientErrors = new ConcurrentLinkedQueue<>();

    void saveSent(UUID scorecardId, long expectedVersion, Draft draft) {
        savesSent.computeIfAbsent(scorecardId, id -> new ConcurrentHashMap<>())
                .computeIfAbsent(expectedVersion, v -> new ConcurrentLinkedQueue<>()).add(draft);
    }

    /** The drafts sent to make this version of the scorecard (empty: none). */
    List<Draft> draftsMaking(UUID scorecardId, long version) {
        Queue<Draft> drafts = savesSent.getOrDefault(scorecardId, Map.of()).get(version - 1);
        return drafts == null ? List.of() : List.copyOf(drafts);
    }

    long writesAcknowledged() {
        return saved.size() + booked.size() + submitted.size() + decided.size() + reopened.size();
    }
}
