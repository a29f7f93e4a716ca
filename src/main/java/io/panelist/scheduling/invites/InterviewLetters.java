package io.panelist.scheduling.invites;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.panelist.notifications.CalendarPart;
import io.panelist.notifications.Letter;
import io.panelist.notifications.LetterRenderer;
import io.panelist.notifications.MailPayload;
import io.panelist.notifications.OutboxKind;
import io.panelist.notifications.mail.MailTemplates;
import io.panelist.notifications.mail.MailTimes;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.shared.Json;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One interview mail to one person. It is written as its facts ({@link InterviewLetter}) in the transaction of the
 * change, with a subject a person reads; when it is sent or shown, it becomes text and HTML bodies from the
 * {@code mail/interview} templates, every time in the reader's zone, and the invite as an iMIP part.
 */
@Singleton
class InterviewLetters implements LetterRenderer {
    static final String LETTER = "interview";
    private final MailTemplates templates;
    private final InvitePrinter invites;
    private final Json json;
    private final Clock clock;

    InterviewLetters(MailTemplates templates, InvitePrinter invites, Json json, Clock clock) {
        this.templates = templates;
        this.invites = invites;
        this.json = json;
        this.clock = clock;
    }

    /** Why the mail is sent: each occasion has its kind, whether it cancels the event, and its words. */
    enum Occasion {
        INVITED(OutboxKind.INVITATION, false, "Interview", "You are on the panel of this interview.",
                "You are invited to this interview."),
        UPDATED(OutboxKind.UPDATE, false, "Updated interview", "This interview has changed.",
                "Your interview has changed."),
        CANCELLED(OutboxKind.CANCELLATION, true, "Cancelled interview", "This interview is cancelled.",
                "Your interview is cancelled."),
        REMOVED(OutboxKind.CANCELLATION, true, "No longer on the panel",
                "You are no longer on the panel of this interview.", "Your interview is cancelled.");

        final OutboxKind kind;
        final boolean cancels;
        final String subject;
        final String panelHeading;
        final String candidateHeading;

        Occasion(OutboxKind kind, boolean cancels, String subject, String panelHeading, String candidateHeading) {
            this.kind = kind;
            this.cancels = cancels;
            this.subject = subject;
            this.panelHeading = panelHeading;
            this.candidateHeading = candidateHeading;
        }
    }

    /** Who reads the mail, and in which time zone. */
    record Reader(String name, String email, ZoneId zone, boolean candidate) {
    }

    /**
     * The mail, as the outbox keeps it; {@code before} is the interview as it was, to say what moved;
     * {@code candidateEmail} is the candidate's address for the invite's attendees, null when there is none;
     * {@code interviewJson} is {@code interview} as JSON.
     */
    Letter write(Occasion occasion, Reader reader, InterviewResponse interview, @Nullable InterviewResponse before,
                 @Nullable String candidateEmail, String interviewJson) {
        String subject = subject(occasion, reader, interview);
        boolean moved = moved(before, interview);
        InterviewLetter letter = new InterviewLetter(LETTER, reader.email(), subject, occasion.name(), reader.name(),
                reader.zone().getId(), reader.candidate(), candidateEmail, clock.instant(),
                moved ? before.startsAt() : null, moved ? before.endsAt() : null, interview);
        return new Letter(occasion.kind, reader.email(), subject, letter.payload(json, interviewJson),
                interview.candidateId(), null, null);
    }

    @Override
    public String letter() {
        return LETTER;
    }

    @Override
    public MailPayload render(String payload) {
        InterviewLetter letter = json.read(payload, Argument.of(InterviewLetter.class));
        Occasion occasion = Occasion.valueOf(letter.occasion());
        InterviewResponse interview = letter.interview();
        Map<String, Object> values = new HashMap<>();
        values.put("subject", letter.subject());
        values.put("name", letter.readerName());
        values.put("heading", letter.forCandidate() ? occasion.candidateHeading : occasion.panelHeading);
        values.put("forCandidate", letter.forCandidate());
        values.put("candidateName", interview.candidateName());
        values.put("position", interview.positionTitle());
        values.put("stage", interview.stageName());
        values.put("when", MailTimes.span(interview.startsAt(), interview.endsAt(), letter.zone()));
        values.put("previousWhen", letter.previousStartsAt() == null ? null
                : MailTimes.span(letter.previousStartsAt(), letter.previousEndsAt(), letter.zone()));
        values.put("location", interview.location().isBlank() ? null : interview.location());
        values.put("panel", interview.panelists().stream().map(InterviewResponse.Panelist::displayName)
                .collect(Collectors.joining(", ")));
        values.put("scorecardUrl", letter.forCandidate() || occasion.cancels ? null : invites.scorecardUrl(interview));
        values.put("calendarNote", occasion.cancels ? "The attached calendar update takes the event off your calendar."
                : "The calendar invite is attached.");
        MailTemplates.Bodies bodies = templates.render("interview", values);
        String ics = letter.forCandidate()
                ? invites.forCandidate(interview, occasion.cancels, letter.candidateEmail(), letter.stamp())
                : invites.forPanel(interview, occasion.cancels, letter.candidateEmail(), letter.stamp());
        return new MailPayload(letter.to(), letter.subject(), bodies.text(), bodies.html(),
                new CalendarPart(occasion.cancels ? "CANCEL" : "REQUEST", ics), Map.of());
    }

    private static String subject(Occasion occasion, Reader reader, InterviewResponse interview) {
        String at = MailTimes.brief(interview.startsAt(), reader.zone());
        return reader.candidate()
                ? occasion.subject + " for " + MailTimes.oneLine(interview.positionTitle()) + ", " + at
                : occasion.subject + ": " + MailTimes.oneLine(interview.candidateName()) + " for "
                + MailTimes.oneLine(interview.positionTitle()) + ", " + at;
    }

    private static boolean moved(@Nullable InterviewResponse before, InterviewResponse after) {
        return before != null
                && (!before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt()));
    }
}
