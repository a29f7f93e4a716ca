package io.panelist.scoring.reminders;

import io.micronaut.runtime.event.annotation.EventListener;
import io.panelist.notifications.Outbox;
import io.panelist.scoring.ScorecardSubmitted;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Scorecard reminders on the Greenhouse cadence (see {@link ReminderSettings}). Every instance runs the job; each
 * reminder's dedupe key (interview, panelist, round) lets only the first instance's write count, so with any number
 * of instances each round is mailed once. A submission skips whatever reminder is still unsent.
 */
@Singleton
public class ScorecardReminders {
    static final int BATCH = 200;
    private final DueReminders due;
    private final ReminderLetters letters;
    private final Outbox outbox;
    private final ReminderSettings settings;
    private final Clock clock;

    ScorecardReminders(DueReminders due, ReminderLetters letters, Outbox outbox, ReminderSettings settings,
                       Clock clock) {
        this.due = due;
        this.letters = letters;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes up to {@link #BATCH} due reminders to the outbox; how many it wrote. */
    @Transactional
    public int remindDue() {
        int written = 0;
        for (DueReminder reminder : due.at(clock.instant(), settings, BATCH)) {
            if (outbox.enqueueMail(letters.write(reminder, settings.max)).isPresent()) {
                written++;
            }
        }
        return written;
    }

    @EventListener
    @Transactional(Transactional.TxType.MANDATORY)
    void noLongerNeeded(ScorecardSubmitted submitted) {
        outbox.skipAll(keys(submitted.interviewId(), submitted.panelistId()));
    }

    private List<String> keys(UUID interviewId, UUID panelistId) {
        return IntStream.rangeClosed(1, settings.max).mapToObj(n -> DueReminder.key(interviewId, panelistId, n))
                .toList();
    }
}
