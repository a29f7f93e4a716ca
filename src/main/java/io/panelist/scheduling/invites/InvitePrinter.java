package io.panelist.scheduling.invites;

import io.micronaut.context.annotation.Value;
import io.panelist.recruiting.candidates.CandidateService;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;
import io.panelist.shared.PublicUrl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an interview into its calendar invite. The attendees are the panel and the candidate; the panel's copy links
 * to the scorecard in the web app, the candidate's copy carries only what the candidate may read.
 */
@Singleton
public class InvitePrinter {
    private final Clock clock;
    private final CandidateService candidates;
    private final PublicUrl publicUrl;
    private final InterviewInvite.Organizer organizer;

    InvitePrinter(Clock clock, CandidateService candidates,
                  PublicUrl publicUrl,
                  @Value("${panelist.invites.organizer-name:Panelist}") String organizerName,
                  @Value("${panelist.invites.organizer-email:interviews@panelist.local}") String organizerEmail) {
        this.clock = clock;
        this.candidates = candidates;
        this.publicUrl = publicUrl;
        this.organizer = new InterviewInvite.Organizer(organizerName, organizerEmail);
    }

    /** The panel's invite: METHOD:CANCEL once the interview is cancelled, METHOD:REQUEST before. */
    public String print(InterviewResponse interview) {
        return forPanel(interview, interview.status() == InterviewStatus.CANCELLED);
    }

    /** The panel's invite; a CANCEL when {@code cancel} (the interview was cancelled, or the reader left the panel). */
    public String forPanel(InterviewResponse interview, boolean cancel) {
        return render(interview, panelSummary(interview), panelDescription(interview), cancel);
    }

    /**
     * A panelist's calendar feed: each interview as the panel's invite shows it (same UID and SEQUENCE), with the
     * panel as attendees; the candidate's address stays out of a document that a URL alone opens.
     */
    public String feed(String calendarName, List<InterviewResponse> interviews) {
        return ICalendar.renderFeed(calendarName, interviews.stream().map(interview -> invite(interview,
                panelSummary(interview), panelDescription(interview), panelAttendees(interview), false)).toList());
    }

    /** The candidate's invite: the same event (UID, SEQUENCE, attendees) without the panel's notes and links. */
    public String forCandidate(InterviewResponse interview, boolean cancel) {
        String description = String.join("\n",
                "Position: " + interview.positionTitle(),
                "Stage: " + interview.stageName());
        return render(interview, "Interview for " + interview.positionTitle() + ", " + interview.stageName(),
                description, cancel);
    }

    /** Where a panelist scores this interview. */
    public String scorecardUrl(InterviewResponse interview) {
        return publicUrl.to("/interviews/" + interview.id() + "/scorecard");
    }

    private String render(InterviewResponse interview, String summary, String description, boolean cancel) {
        List<InterviewInvite.Attendee> attendees = new ArrayList<>(panelAttendees(interview));
        candidates.candidateEmail(interview.candidateId())
                .ifPresent(email -> attendees.add(new InterviewInvite.Attendee(interview.candidateName(), email)));
        return ICalendar.render(invite(interview, summary, description, attendees, cancel));
    }

    private InterviewInvite invite(InterviewResponse interview, String summary, String description,
                                   List<InterviewInvite.Attendee> attendees, boolean cancel) {
        return new InterviewInvite(interview.id(), interview.sequence(), interview.startsAt(), interview.endsAt(),
                clock.instant(), summary, description, interview.location(), organizer, attendees, cancel);
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
