package io.panelist.scheduling.invites;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.panelist.notifications.Letter;
import io.panelist.notifications.LetterRenderer;
import io.panelist.notifications.MailPayload;
import io.panelist.notifications.Outbox;
import io.panelist.notifications.OutboxKind;
import io.panelist.notifications.mail.MailTemplates;
import io.panelist.notifications.mail.MailTimes;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.shared.Json;
import io.panelist.shared.TimeZones;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The candidate's reminder, PANELIST_REMINDERS_CANDIDATE_BEFORE (a day) before the interview, in the interview's
 * time zone. It is written to the outbox when the time is set, due then, so the dispatcher sends it on time with no
 * job of its own; a new time or place replaces it (a key per SEQUENCE), cancelling skips it, and an interview booked
 * closer than that gets none: the invitation has just said it all.
 */
@Singleton
class CandidateReminder implements LetterRenderer {
    static final String LETTER = "candidate-reminder";
    private final Outbox outbox;
    private final MailTemplates templates;
    private final Json json;
    private final Duration before;
    private final Clock clock;

    CandidateReminder(Outbox outbox, MailTemplates templates, Json json,
                      @Value("${panelist.reminders.candidate-before:P1D}") Duration before, Clock clock) {
        if (before.isNegative() || before.isZero()) {
            throw new IllegalArgumentException("PANELIST_REMINDERS_CANDIDATE_BEFORE must be positive, such as P1D");
        }
        this.outbox = outbox;
        this.templates = templates;
        this.json = json;
        this.before = before;
        this.clock = clock;
    }

    /**
     * The reminder for the interview whose time or place is set, unless it is too close already or nobody reads it;
     * {@code interviewJson} is {@code interview} as JSON.
     */
    Optional<Letter> letter(InterviewResponse interview, Optional<String> candidateEmail, String interviewJson) {
        Instant due = interview.startsAt().minus(before);
        if (!due.isAfter(clock.instant()) || candidateEmail.isEmpty()) {
            return Optional.empty();
        }
        String email = candidateEmail.get();
        ZoneId zone = TimeZones.orUtc(interview.timeZone());
        String subject = "Reminder: your interview for " + MailTimes.oneLine(interview.positionTitle()) + ", "
                + MailTimes.brief(interview.startsAt(), zone);
        InterviewLetter letter = new InterviewLetter(LETTER, email, subject, "REMINDER", interview.candidateName(),
                zone.getId(), true, email, clock.instant(), null, null, interview);
        return Optional.of(new Letter(OutboxKind.CANDIDATE_REMINDER, email, subject, letter.payload(json, interviewJson),
                interview.candidateId(), key(interview.id(), interview.sequence()), due));
    }

    /**
     * The interview's time or place changed, or it was cancelled: no reminder written for it is sent (one per
     * SEQUENCE so far; a cancellation has already counted one up).
     */
    void withdraw(InterviewResponse interview) {
        outbox.skipAll(IntStream.rangeClosed(0, interview.sequence()).mapToObj(n -> key(interview.id(), n)).toList());
    }

    @Override
    public String letter() {
        return LETTER;
    }

    @Override
    public MailPayload render(String payload) {
        InterviewLetter letter = json.read(payload, Argument.of(InterviewLetter.class));
        InterviewResponse interview = letter.interview();
        Map<String, Object> values = new HashMap<>();
        values.put("subject", letter.subject());
        values.put("name", letter.readerName());
        values.put("position", interview.positionTitle());
        values.put("stage", interview.stageName());
        values.put("when", MailTimes.span(interview.startsAt(), interview.endsAt(), letter.zone()));
        values.put("location", interview.location().isBlank() ? null : interview.location());
        MailTemplates.Bodies bodies = templates.render("candidate-reminder", values);
        return new MailPayload(letter.to(), letter.subject(), bodies.text(), bodies.html(), null, Map.of());
    }

    private static String key(UUID interviewId, int sequence) {
        return "candidate-reminder:" + interviewId + ":" + sequence;
    }
}
