package io.panelist.scheduling.invites;

import io.micronaut.context.annotation.Value;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** Turns an interview into its calendar invite; the scorecard link points at the web app. */
@Singleton
public class InvitePrinter {
    private final Clock clock;
    private final String publicUrl;
    private final InterviewInvite.Organizer organizer;

    InvitePrinter(Clock clock, @Value("${panelist.public-url:`http://localhost:8080`}") String publicUrl,
                  @Value("${panelist.invites.organizer-name:Panelist}") String organizerName,
                  @Value("${panelist.invites.organizer-email:interviews@panelist.local}") String organizerEmail) {
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.organizer = new InterviewInvite.Organizer(organizerName, organizerEmail);
    }

    public String print(InterviewResponse interview) {
        String description = String.join("\n",
                "Candidate: " + interview.candidateName(),
                "Position: " + interview.positionTitle(),
                "Stage: " + interview.stageName() + " (" + interview.stageKind() + ")",
                "Scorecard: " + publicUrl + "/interviews/" + interview.id() + "/scorecard");
        List<InterviewInvite.Attendee> attendees = interview.panelists().stream()
                .map(p -> new InterviewInvite.Attendee(p.displayName(), p.email())).toList();
        return ICalendar.render(new InterviewInvite(interview.id(), interview.sequence(), interview.startsAt(),
                interview.endsAt(), clock.instant(), "Interview: " + interview.candidateName() + ", "
                + interview.stageName(), description, interview.location(), organizer, attendees,
                interview.status() == InterviewStatus.CANCELLED));
    }
}
