package io.panelist.scheduling.invites;

import io.panelist.identity.IdentityService;
import io.panelist.identity.UserSummary;
import io.panelist.notifications.Letter;
import io.panelist.notifications.Outbox;
import io.panelist.recruiting.candidates.CandidateService;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.invites.InterviewLetters.Occasion;
import io.panelist.scheduling.invites.InterviewLetters.Reader;
import io.panelist.shared.Json;
import io.panelist.shared.TimeZones;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The mails an interview's life sends, written to the outbox in the transaction of the change, all of a change's
 * mails in one statement: invitations when it is booked, updates when it changes (an invitation to a panelist who
 * joins, a cancellation to one who leaves), and cancellations when it is cancelled. The panel and the candidate are
 * the readers; each reads times in their zone (a panelist's own, the candidate the interview's). Every mail names the
 * candidate, so erasure finds it.
 */
@Singleton
public class InterviewMails {
    private final Outbox outbox;
    private final InterviewLetters letters;
    private final IdentityService identity;
    private final CandidateService candidates;
    private final CandidateReminder reminder;
    private final Json json;

    InterviewMails(Outbox outbox, InterviewLetters letters, IdentityService identity, CandidateService candidates,
                   CandidateReminder reminder, Json json) {
        this.outbox = outbox;
        this.letters = letters;
        this.identity = identity;
        this.candidates = candidates;
        this.reminder = reminder;
        this.json = json;
    }

    /**
     * The interview was booked: an invitation to each panelist and to the candidate, and the candidate's reminder.
     * The booking has read what they need already: the candidate's address (empty when there is none) and the panel's
     * users, whose zones the panel's mails are written in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void booked(InterviewResponse interview, Optional<String> candidateEmail, Map<UUID, UserSummary> panel) {
        Mails mails = new Mails(candidateEmail, panel);
        mails.toPanel(Occasion.INVITED, interview.panelists(), interview, null);
        mails.toCandidate(Occasion.INVITED, interview, null);
        reminder.letter(interview, mails.candidateEmail, mails.json(interview)).ifPresent(mails.written::add);
        outbox.enqueueLetters(mails.written);
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
        List<InterviewResponse.Panelist> everyone = new ArrayList<>(after.panelists());
        before.panelists().stream().filter(p -> !is.contains(p.id())).forEach(everyone::add);
        Mails mails = new Mails(after, everyone);
        mails.toPanel(Occasion.INVITED, after.panelists().stream().filter(p -> !was.contains(p.id())).toList(), after,
                null);
        mails.toPanel(Occasion.UPDATED, after.panelists().stream().filter(p -> was.contains(p.id())).toList(), after,
                before);
        mails.toPanel(Occasion.REMOVED, before.panelists().stream().filter(p -> !is.contains(p.id())).toList(), before,
                null);
        mails.toCandidate(Occasion.UPDATED, after, before);
        if (moved) {
            reminder.withdraw(before);
            reminder.letter(after, mails.candidateEmail, mails.json(after)).ifPresent(mails.written::add);
        }
        outbox.enqueueLetters(mails.written);
    }

    /** The interview was cancelled: a cancellation to the panel and to the candidate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(InterviewResponse cancelled) {
        Mails mails = new Mails(cancelled, cancelled.panelists());
        mails.toPanel(Occasion.CANCELLED, cancelled.panelists(), cancelled, null);
        mails.toCandidate(Occasion.CANCELLED, cancelled, null);
        reminder.withdraw(cancelled);
        outbox.enqueueLetters(mails.written);
    }

    /** The mails of one change, with what every one of them needs read once: the readers' zones, the candidate's address. */
    private final class Mails {
        final List<Letter> written = new ArrayList<>();
        final Optional<String> candidateEmail;
        private final Map<UUID, UserSummary> users;
        private final Map<InterviewResponse, String> interviewJson = new IdentityHashMap<>();

        Mails(InterviewResponse interview, List<InterviewResponse.Panelist> readers) {
            this(candidates.candidateEmail(interview.candidateId()),
                    readers.isEmpty() ? Map.of() : identity.userSummaries(ids(readers)));
        }

        Mails(Optional<String> candidateEmail, Map<UUID, UserSummary> users) {
            this.candidateEmail = candidateEmail.filter(email -> !email.isBlank());
            this.users = users;
        }

        /** The interview as JSON, written once for all the letters of the change that carry it. */
        String json(InterviewResponse interview) {
            return interviewJson.computeIfAbsent(interview, json::write);
        }

        void toPanel(Occasion occasion, List<InterviewResponse.Panelist> readers, InterviewResponse interview,
                     InterviewResponse before) {
            for (InterviewResponse.Panelist panelist : readers) {
                UserSummary user = users.get(panelist.id());
                ZoneId zone = TimeZones.orElse(user == null ? null : user.timeZone(),
                        TimeZones.orUtc(interview.timeZone()));
                written.add(letters.write(occasion, new Reader(panelist.displayName(), panelist.email(), zone, false),
                        interview, before, candidateEmail.orElse(null), json(interview)));
            }
        }

        void toCandidate(Occasion occasion, InterviewResponse interview, InterviewResponse before) {
            candidateEmail.ifPresent(email -> written.add(letters.write(occasion,
                    new Reader(interview.candidateName(), email, TimeZones.orUtc(interview.timeZone()), true),
                    interview, before, email, json(interview))));
        }
    }

    private static Set<UUID> ids(List<InterviewResponse.Panelist> panel) {
        return panel.stream().map(InterviewResponse.Panelist::id).collect(Collectors.toCollection(HashSet::new));
    }
}
