package io.panelist.scoring;

import io.micronaut.context.annotation.Requires;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.scheduling.SchedulingService;
import io.panelist.scheduling.agenda.AgendaItem;
import io.panelist.scoring.sheet.SaveScorecardRequest;
import io.panelist.scoring.sheet.Vote;
import io.panelist.shared.Viewer;
import io.panelist.shared.database.SeedContent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * Demo scorecards on the past rounds: Jordan Lee heads to a hire; Priya Sharma does not, and the panel disagrees
 * on security. Mateo García's next round has drafts only.
 */
@Singleton
@Requires(env = "demo")
class DemoScorecards implements SeedContent {
    private final ScoringService scoring;
    private final SchedulingService scheduling;
    private final IdentityService identity;
    private final ScorecardRepository scorecards;

    DemoScorecards(ScoringService scoring, SchedulingService scheduling, IdentityService identity,
                   ScorecardRepository scorecards) {
        this.scoring = scoring;
        this.scheduling = scheduling;
        this.identity = identity;
        this.scorecards = scorecards;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed() {
        var ana = identity.userByEmail("ana@example.com").map(u -> new Viewer(u.id(), Set.of(Role.INTERVIEWER.name())));
        var ben = identity.userByEmail("ben@example.com").map(u -> new Viewer(u.id(), Set.of(Role.INTERVIEWER.name())));
        if (ana.isEmpty() || ben.isEmpty() || scorecards.count() > 0) {
            return;
        }
        List<AgendaItem> rounds = scheduling.agenda(ana.get(), java.time.LocalDate.now().minusDays(5).toString(),
                java.time.LocalDate.now().plusDays(5).toString()).items();
        java.time.Instant now = java.time.Instant.now();
        for (AgendaItem round : rounds) {
            boolean held = round.endsAt().isBefore(now);
            switch (held ? round.candidateName() : "upcoming " + round.candidateName()) {
                case "Jordan Lee" -> {
                    submit(ana.get(), round, 4, 3, "YES", "Clear, careful engineer; strong on testing and operations.");
                    submit(ben.get(), round, 3, 4, "STRONG_YES", "Would hire: pragmatic answers and good trade-offs.");
                }
                case "Priya Sharma" -> {
                    // the panel splits on security (the first topic of the technical round) and agrees elsewhere
                    boolean technical = round.stageName().startsWith("Technical");
                    submit(ana.get(), round, technical ? 4 : 2, 2, "YES", "Knows security well; thinner on the rest.");
                    submit(ben.get(), round, technical ? 1 : 2, 2, "NO", "Missed CSRF and session basics; not ready yet.");
                }
                case "upcoming Mateo García" -> {
                    draft(ana.get(), round, 3, "Good start on the screen; to finish after the call.");
                    draft(ben.get(), round, 2, "Notes in progress.");
                }
                default -> {
                }
            }
        }
    }

    /** The first topic of the stage gets {@code first}, every other topic {@code rest}. */
    private void submit(Viewer who, AgendaItem round, int first, int rest, String vote, String summary) {
        draft(who, round, first, rest, vote, summary);
        scoring.submit(who, round.interviewId());
    }

    private void draft(Viewer who, AgendaItem round, int score, String summary) {
        draft(who, round, score, score, null, summary);
    }

    private void draft(Viewer who, AgendaItem round, int first, int rest, String vote, String summary) {
        ScorecardResponse card = scoring.ownScorecard(who, round.interviewId());
        List<SaveScorecardRequest.TopicScoreInput> scores = card.topics().stream()
                .map(t -> SaveScorecardRequest.TopicScoreInput.of(t.topicKey(),
                        t.topicKey().equals(card.topics().get(0).topicKey()) ? first : rest, null,
                        "Seen in the demo round.")).toList();
        List<SaveScorecardRequest.QuestionNoteInput> notes = card.questions().stream()
                .map(q -> new SaveScorecardRequest.QuestionNoteInput(q.questionId(), true, "Asked; answer noted."))
                .toList();
        scoring.saveDraft(who, round.interviewId(), card.etag(), new SaveScorecardRequest(scores, notes,
                vote == null ? null : Vote.valueOf(vote), summary));
    }
}
