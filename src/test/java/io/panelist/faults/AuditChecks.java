package io.panelist.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Every audit event of the run's window, matched against what the database holds and what the clients sent: each
 * names a row the run wrote, and each row the run wrote has its events, once (an event and its change commit in one
 * transaction, so a fault must take both or neither).
 */
final class AuditChecks {
    private final Ledger ledger;
    private final StoredState stored;
    private final Set<UUID> autosaveInterviews;
    private final Map<String, List<StoredState.Event>> byAction;
    private final List<String> problems = new ArrayList<>();

    private AuditChecks(Ledger ledger, StoredState stored, Set<UUID> autosaveInterviews) {
        this.ledger = ledger;
        this.stored = stored;
        this.autosaveInterviews = autosaveInterviews;
        this.byAction = stored.events().stream().collect(Collectors.groupingBy(StoredState.Event::action));
    }

    /** {@code autosaveInterviews}: the upcoming interviews whose scorecards the autosave clients wrote. */
    static List<String> check(Ledger ledger, StoredState stored, Set<UUID> autosaveInterviews) {
        AuditChecks checks = new AuditChecks(ledger, stored, autosaveInterviews);
        checks.oncePerRow("scorecard.created", "scorecard", stored.cards().keySet());
        checks.oncePerRow("scorecard.submitted", "scorecard", stored.cards().values().stream()
                .filter(StoredState.Card::submitted).map(StoredState.Card::id).collect(Collectors.toSet()));
        checks.everySaveOnce();
        checks.oncePerRow("interview.scheduled", "interview", stored.interviews().keySet());
        checks.perApplication("decision.recorded", row -> 1);
        checks.perApplication("application.reopened", row -> row.reopened() ? 1 : 0);
        checks.everyRowWasSent();
        Set<String> known = Set.of("scorecard.created", "scorecard.submitted", "scorecard.saved",
                "interview.scheduled", "decision.recorded", "application.reopened");
        checks.byAction.keySet().stream().filter(action -> !known.contains(action)).forEach(action -> checks.problems
                .add(checks.byAction.get(action).size() + " events " + action + " that no write of the run makes"));
        return List.copyOf(checks.problems);
    }

    /** One event per row the run wrote, each naming one of those rows. */
    private void oncePerRow(String action, String entityType, Set<UUID> rows) {
        Map<UUID, Long> events = eventsPerEntity(action, entityType);
        events.forEach((entity, count) -> {
            if (!rows.contains(entity) || count != 1) {
                problems.add(count + " " + action + " events for " + entityType + " " + entity
                        + (rows.contains(entity) ? "" : ", which the run did not write"));
            }
        });
        rows.stream().filter(row -> !events.containsKey(row))
                .forEach(row -> problems.add(entityType + " " + row + " has no " + action + " event"));
    }

    /** Each save made one version: the events of a card name versions 1 to its last save's, each once. */
    private void everySaveOnce() {
        Map<UUID, List<Long>> versions = new HashMap<>();
        byAction.getOrDefault("scorecard.saved", List.of()).forEach(event -> versions
                .computeIfAbsent(event.entityId(), id -> new ArrayList<>()).add(event.details().path("version").asLong()));
        versions.keySet().stream().filter(id -> !stored.cards().containsKey(id))
                .forEach(id -> problems.add("scorecard.saved events for scorecard " + id + ", which the run did not write"));
        for (StoredState.Card card : stored.cards().values()) {
            long lastSave = card.submitted() ? card.version() - 1 : card.version();
            List<Long> expected = LongStream.rangeClosed(1, lastSave).boxed().toList();
            List<Long> found = versions.getOrDefault(card.id(), List.of()).stream().sorted().toList();
            if (!found.equals(expected)) {
                problems.add("scorecard " + card.id() + " is at version " + card.version() + " but its save events name "
                        + found);
            }
        }
    }

    /** As many events per application as it has decisions (or reopened ones) made in the run. */
    private void perApplication(String action, Function<StoredState.DecisionRow, Integer> weight) {
        Map<UUID, Long> events = eventsPerEntity(action, "application");
        Map<UUID, Long> rows = stored.decisions().values().stream().collect(Collectors.groupingBy(
                StoredState.DecisionRow::applicationId, Collectors.summingLong(row -> weight.apply(row))));
        rows.values().removeIf(count -> count == 0);
        if (!events.equals(rows)) {
            problems.add(action + " events per application " + events + " but the decisions table says " + rows);
        }
    }

    /** Every row the run wrote came from a request a client sent (answered or not). */
    private void everyRowWasSent() {
        Set<String> bookingsSent = new HashSet<>();
        ledger.bookingsSent.forEach(b -> bookingsSent.add(b.applicationId() + "@" + b.startsAt()));
        stored.interviews().values().stream().filter(i -> !bookingsSent.contains(i.applicationId() + "@" + i.startsAt()))
                .forEach(i -> problems.add("interview " + i.id() + " matches no booking that was sent"));
        stored.cards().values().stream().filter(card -> !autosaveInterviews.contains(card.interviewId())
                        && !stored.interviews().containsKey(card.interviewId()))
                .forEach(card -> problems.add("scorecard " + card.id() + " is on an interview no client scored"));
        Set<String> texts = new HashSet<>(ledger.decisionTextsSent);
        stored.decisions().values().stream().filter(d -> !texts.contains(d.rationale())
                        || d.reopened() && !texts.contains(d.reopenReason()))
                .forEach(d -> problems.add("decision " + d.id() + " matches no request that was sent"));
    }

    private Map<UUID, Long> eventsPerEntity(String action, String entityType) {
        List<StoredState.Event> events = byAction.getOrDefault(action, List.of());
        events.stream().filter(e -> !e.entityType().equals(entityType)).forEach(e -> problems.add(action
                + " event names a " + e.entityType() + ", not a " + entityType));
        return events.stream().filter(e -> e.entityId() != null)
                .collect(Collectors.groupingBy(StoredState.Event::entityId, Collectors.counting()));
    }
}
