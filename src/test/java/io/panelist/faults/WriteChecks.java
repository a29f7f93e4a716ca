package io.panelist.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Every write answered 2xx, looked for in the database, and every scorecard the run wrote, checked to hold the whole
 * content of one write that was sent (never the scores of one save with the vote of another).
 */
final class WriteChecks {
    private final Ledger ledger;
    private final StoredState stored;
    private final Map<UUID, Set<Long>> savedVersions = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Count> counts = new ArrayList<>();

    record Count(String kind, long acknowledged, long found) {
    }

    private WriteChecks(Ledger ledger, StoredState stored) {
        this.ledger = ledger;
        this.stored = stored;
        stored.events().stream().filter(e -> e.action().equals("scorecard.saved")).forEach(e -> savedVersions
                .computeIfAbsent(e.entityId(), id -> new HashSet<>()).add(e.details().path("version").asLong()));
    }

    static WriteChecks check(Ledger ledger, StoredState stored) {
        WriteChecks checks = new WriteChecks(ledger, stored);
        checks.count("autosaves", ledger.saved, checks::savedIsThere);
        checks.count("bookings", ledger.booked, checks::bookingIsThere);
        checks.count("submissions", ledger.submitted, checks::submissionIsThere);
        checks.count("decisions", ledger.decided, checks::decisionIsThere);
        checks.count("reopenings", ledger.reopened, checks::reopeningIsThere);
        stored.cards().values().forEach(checks::holdsOneWholeWrite);
        return checks;
    }

    List<Count> counts() {
        return List.copyOf(counts);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    long acknowledged() {
        return counts.stream().mapToLong(Count::acknowledged).sum();
    }

    long found() {
        return counts.stream().mapToLong(Count::found).sum();
    }

    /**
     * Writes in the database whose answer the client never got (the instance died, or the database, between the
     * commit and the answer): committed, but not acknowledged. Each is one a client sent.
     */
    long committedWithoutAnswer() {
        long saves = savedVersions.values().stream().mapToLong(Set::size).sum() - ledger.saved.size();
        long bookings = stored.interviews().size() - ledger.booked.size();
        long submissions = stored.cards().values().stream().filter(StoredState.Card::submitted).count()
                - ledger.submitted.size();
        long decisions = stored.decisions().size() - ledger.decided.size();
        long reopenings = stored.decisions().values().stream().filter(StoredState.DecisionRow::reopened).count()
                - ledger.reopened.size();
        return saves + bookings + submissions + decisions + reopenings;
    }

    private <T> void count(String kind, Iterable<T> acknowledged, Predicate<T> isThere) {
        long all = 0;
        long found = 0;
        for (T write : acknowledged) {
            all++;
            if (isThere.test(write)) {
                found++;
            } else {
                problems.add("acknowledged but not in the database: " + write);
            }
        }
        counts.add(new Count(kind, all, found));
    }

    /** Its version was committed (the save's own audit event says so); a later save or submission may follow it. */
    private boolean savedIsThere(Ledger.Saved save) {
        StoredState.Card card = stored.cards().get(save.scorecardId());
        if (card == null || !savedVersions.getOrDefault(card.id(), Set.of()).contains(save.version())
                || card.version() < save.version()) {
            return false;
        }
        boolean last = card.submitted() ? card.version() == save.version() + 1 : card.version() == save.version();
        return !last || card.content().equals(save.draft());
    }

    private boolean bookingIsThere(Ledger.Booked booked) {
        StoredState.Interview interview = stored.interviews().get(booked.interviewId());
        Ledger.Booking sent = booked.booking();
        return interview != null && interview.applicationId().equals(sent.applicationId())
                && interview.stageId().equals(sent.stageId()) && interview.startsAt().equals(sent.startsAt())
                && interview.endsAt().equals(sent.endsAt()) && interview.panel().equals(Set.of(sent.panelistId()));
    }

    private boolean submissionIsThere(Ledger.Submitted submitted) {
        StoredState.Card card = stored.cards().get(submitted.scorecardId());
        return card != null && card.submitted() && card.version() == submitted.version()
                && card.content().equals(submitted.lastSaved());
    }

    private boolean decisionIsThere(Ledger.Decided decided) {
        StoredState.DecisionRow row = stored.decisions().get(decided.decisionId());
        return row != null && row.applicationId().equals(decided.applicationId())
                && row.outcome().equals(decided.outcome()) && row.rationale().equals(decided.rationale());
    }

    private boolean reopeningIsThere(Ledger.Reopened reopened) {
        StoredState.DecisionRow row = stored.decisions().get(reopened.decisionId());
        return row != null && row.reopened() && Objects.equals(row.reopenReason(), reopened.reason());
    }

    /** A draft holds what one save sent (or nothing, before the first); a submitted card, its last save. */
    private void holdsOneWholeWrite(StoredState.Card card) {
        long lastSave = card.submitted() ? card.version() - 1 : card.version();
        boolean whole = lastSave == 0
                ? card.content().equals(new Draft(Map.of(), null, null))
                : ledger.draftsMaking(card.id(), lastSave).contains(card.content());
        if (!whole || card.questionNotes() != 0) {
            problems.add("scorecard " + card.id() + " (" + card.status() + ", version " + card.version()
                    + ") holds what no single save sent: " + card.content());
        }
    }
}
