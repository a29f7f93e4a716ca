package io.panelist.scheduling.invites;

import io.micronaut.core.annotation.Nullable;
import io.panelist.notifications.CalendarPart;
import io.panelist.notifications.mail.MailTemplates;
import io.panelist.notifications.mail.MailTimes;
import io.panelist.notifications.OutboxKind;
import io.panelist.notifications.OutboxMail;
import io.panelist.scheduling.InterviewResponse;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes one interview mail to one person: a subject a person reads, text and HTML bodies from the
 * {@code mail/interview} templates with every time in the reader's zone, and the invite as an iMIP part.
 */
@Singleton
class InterviewLetters {
    private final MailTemplates templates;
    private final InvitePrinter invites;

    InterviewLetters(MailTemplates templates, InvitePrinter invites) {
        this.templates = templates;
        this.invites = invites;
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

    /** The mail; {@code before} is the interview as it was, to say what moved; {@code ics} is the reader's invite. */
    OutboxMail write(Occasion occasion, Reader reader, InterviewResponse interview,
                     @Nullable InterviewResponse before, String ics) {
        String subject = subject(occasion, reader, interview);
        Map<String, Object> values = new HashMap<>();
        values.put("subject", subject);
        values.put("name", reader.name());
        values.put("heading", reader.candidate() ? occasion.candidateHeading : occasion.panelHeading);
        values.put("forCandidate", reader.candidate());
        values.put("candidateName", interview.candidateName());
        values.put("position", interview.positionTitle());
        values.put("stage", interview.stageName());
        values.put("when", MailTimes.span(interview.startsAt(), interview.endsAt(), reader.zone()));
        values.put("previousWhen",
                moved(before, interview) ? MailTimes.span(before.startsAt(), before.endsAt(), reader.zone()) : null);
        values.put("location", interview.location().isBlank() ? null : interview.location());
        values.put("panel", interview.panelists().stream().map(InterviewResponse.Panelist::displayName)
                .collect(Collectors.joining(", ")));
        values.put("scorecardUrl", reader.candidate() || occasion.cancels ? null : invites.scorecardUrl(interview));
        values.put("calendarNote", occasion.cancels ? "The attached calendar update takes the event off your calendar."
                : "The calendar invite is attached.");
        MailTemplates.Bodies bodies = templates.render("interview", values);
        return new OutboxMail(occasion.kind, reader.email(), subject, bodies.text(), bodies.html(),
                new CalendarPart(occasion.cancels ? "CANCEL" : "REQUEST", ics), interview.candidateId(), null, null, null);
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
