package io.panelist.scheduling.invites;

import io.panelist.identity.IdentityService;
import io.panelist.identity.UserSummary;
import io.panelist.notifications.Outbox;
import io.panelist.recruiting.candidates.CandidateService;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.invites.InterviewLetters.Occasion;
import io.panelist.scheduling.invites.InterviewLetters.Reader;
import io.panelist.shared.TimeZones;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The mails an interview's life sends, written to the outbox in the transaction of the change: invitations when it
 * is booked, updates when it changes (an invitation to a panelist who joins, a cancellation to one who leaves), and
 * cancellations when it is cancelled. The panel and the candidate are the readers; each reads times in their zone
 * (a panelist's own, the candidate the interview's). Every mail names the candidate, so erasure finds it.
 */
@Singleton
public class InterviewMails {
    private final Outbox outbox;
    private final InterviewLetters letters;
    private final InvitePrinter invites;
    private final IdentityService identity;
    private final CandidateService candidates;
    private final CandidateReminder reminder;

    InterviewMails(Outbox outbox, InterviewLetters letters, InvitePrinter invites, IdentityService identity,
                   CandidateService candidates, CandidateReminder reminder) {
        this.outbox = outbox;
        this.letters = letters;
        this.invites = invites;
        this.identity = identity;
        this.candidates = candidates;
        this.reminder = reminder;
    }

    /** The interview was booked: an invitation to each panelist and to the candidate, and the candidate's reminder. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void booked(InterviewResponse interview) {
        sendToPanel(Occasion.INVITED, interview.panelists(), interview, null);
        sendToCandidate(Occasion.INVITED, interview, null);
        reminder.schedule(interview);
    }

    /**
     * The interview moved or its panel changed: a panelist who joined is invited, one who left gets a cancellation,
     * the others and the candidate an update. Nothing when nothing a reader sees changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(InterviewResponse before, InterviewResponse after) {
        Set<UUID> was = ids(before.panelists());
        Set<UUID> is = ids(after.panelists());
        boolean moved = !before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt())
                || !before.timeZone().equals(after.timeZone()) || !before.location().equals(after.location());
        if (!moved && was.equals(is)) {
            return;
        }
        sendToPanel(Occasion.INVITED, after.panelists().stream().filter(p -> !was.contains(p.id())).toList(), after,
                null);
        sendToPanel(Occasion.UPDATED, after.panelists().stream().filter(p -> was.contains(p.id())).toList(), after,
                before);
        sendToPanel(Occasion.REMOVED, before.panelists().stream().filter(p -> !is.contains(p.id())).toList(), before,
                null);
        sendToCandidate(Occasion.UPDATED, after, before);
        if (moved) {
            reminder.withdraw(before);
            reminder.schedule(after);
        }
    }

    /** The interview was cancelled: a cancellation to the panel and to the candidate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(InterviewResponse cancelled) {
        sendToPanel(Occasion.CANCELLED, cancelled.panelists(), cancelled, null);
        sendToCandidate(Occasion.CANCELLED, cancelled, null);
        reminder.withdraw(cancelled);
    }

    private void sendToPanel(Occasion occasion, List<InterviewResponse.Panelist> readers, InterviewResponse interview,
                             InterviewResponse before) {
        if (readers.isEmpty()) {
            return;
        }
        String ics = invites.forPanel(interview, occasion.cancels);
        Map<UUID, UserSummary> users = identity.userSummaries(ids(readers));
        for (InterviewResponse.Panelist panelist : readers) {
            UserSummary user = users.get(panelist.id());
            ZoneId zone = TimeZones.orElse(user == null ? null : user.timeZone(), TimeZones.orUtc(interview.timeZone()));
            Reader reader = new Reader(panelist.displayName(), panelist.email(), zone, false);
            outbox.enqueueMail(letters.write(occasion, reader, interview, before, ics));
        }
    }

    private void sendToCandidate(Occasion occasion, InterviewResponse interview, InterviewResponse before) {
        candidates.candidateEmail(interview.candidateId()).filter(email -> !email.isBlank()).ifPresent(email ->
                outbox.enqueueMail(letters.write(occasion, new Reader(interview.candidateName(), email,
                        TimeZones.orUtc(interview.timeZone()), true), interview, before,
                        invites.forCandidate(interview, occasion.cancels))));
    }

    private static Set<UUID> ids(List<InterviewResponse.Panelist> panel) {
        return panel.stream().map(InterviewResponse.Panelist::id).collect(Collectors.toSet());
    }
}
