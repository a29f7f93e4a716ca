package io.panelist.scheduling.invites;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;
import io.panelist.shared.PublicUrl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an interview into its calendar invite. The attendees are the panel and the candidate; the panel's copy links
 * to the scorecard in the web app, the candidate's copy carries only what the candidate may read.
 */
@Singleton
public class InvitePrinter {
    private final Clock clock;
    private final PublicUrl publicUrl;
    private final InterviewInvite.Organizer organizer;

    InvitePrinter(Clock clock, PublicUrl publicUrl,
                  @Value("${panelist.invites.organizer-name:Panelist}") String organizerName,
                  @Value("${panelist.invites.organizer-email:interviews@panelist.local}") String organizerEmail) {
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.organizer = new InterviewInvite.Organizer(organizerName, organizerEmail);
    }

    /**
     * The panel's invite: METHOD:CANCEL once the interview is cancelled, METHOD:REQUEST before; the candidate is an
     * attendee when {@code candidateEmail} is not null.
     */
    public String print(InterviewResponse interview, @Nullable String candidateEmail) {
        return forPanel(interview, interview.status() == InterviewStatus.CANCELLED, candidateEmail, clock.instant());
    }

    /**
     * The panel's invite, produced at {@code stamp}; a CANCEL when {@code cancel} (the interview was cancelled, or the
     * reader left the panel). The candidate is an attendee when {@code candidateEmail} is not null.
     */
    String forPanel(InterviewResponse interview, boolean cancel, @Nullable String candidateEmail, Instant stamp) {
        return render(interview, panelSummary(interview), panelDescription(interview), cancel, candidateEmail, stamp);
    }

    /**
     * A panelist's calendar feed: each interview as the panel's invite shows it (same UID and SEQUENCE), with the
     * panel as attendees; the candidate's address stays out of a document that a URL alone opens.
     */
    public String feed(String calendarName, List<InterviewResponse> interviews) {
        return ICalendar.renderFeed(calendarName, interviews.stream().map(interview -> invite(interview,
                panelSummary(interview), panelDescription(interview), panelAttendees(interview), false, clock.instant()))
                .toList());
    }

    /** The candidate's invite: the same event (UID, SEQUENCE, attendees) without the panel's notes and links. */
    String forCandidate(InterviewResponse interview, boolean cancel, @Nullable String candidateEmail, Instant stamp) {
        String description = String.join("\n",
                "Position: " + interview.positionTitle(),
                "Stage: " + interview.stageName());
        return render(interview, "Interview for " + interview.positionTitle() + ", " + interview.stageName(),
                description, cancel, candidateEmail, stamp);
    }

    /** Where a panelist scores this interview. */
    public String scorecardUrl(InterviewResponse interview) {
        return publicUrl.to("/interviews/" + interview.id() + "/scorecard");
    }

    private String render(InterviewResponse interview, String summary, String description, boolean cancel,
                          @Nullable String candidateEmail, Instant stamp) {
        List<InterviewInvite.Attendee> attendees = new ArrayList<>(panelAttendees(interview));
        if (candidateEmail != null) {
            attendees.add(new InterviewInvite.Attendee(interview.candidateName(), candidateEmail));
        }
        return ICalendar.render(invite(interview, summary, description, attendees, cancel, stamp));
    }

    private InterviewInvite invite(InterviewResponse interview, String summary, String description,
                                   List<InterviewInvite.Attendee> attendees, boolean cancel, Instant stamp) {
        return new InterviewInvite(interview.id(), interview.sequence(), interview.startsAt(), interview.endsAt(),
                stamp, summary, description, interview.location(), organizer, attendees, cancel);
    }

    private static List<InterviewInvite.Attendee> panelAttendees(InterviewResponse interview) {
        return interview.panelists().stream().map(p -> new InterviewInvite.Attendee(p.displayName(), p.email()))
                .toList();
    }

    private static String panelSummary(InterviewResponse interview) {
        return "Interview: " + interview.candidateName() + ", " + interview.stageName();
    }

    private String panelDescription(InterviewResponse interview) {
        return String.join("\n",
                "Candidate: " + interview.candidateName(),
                "Position: " + interview.positionTitle(),
                "Stage: " + interview.stageName() + " (" + interview.stageKind() + ")",
                "Scorecard: " + scorecardUrl(interview));
    }
}
