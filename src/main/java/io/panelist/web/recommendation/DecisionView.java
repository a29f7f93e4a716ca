package io.panelist.web.recommendation;

import io.micronaut.core.annotation.Nullable;
import io.panelist.identity.UserSummary;
import io.panelist.recommendation.decision.DecisionResponse;
import io.panelist.recommendation.decision.DecisionService;
import io.panelist.recommendation.policy.Outcome;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The decision section: the standing decision (and whether its evidence changed since), the form (for the position's
 * hiring manager while none stands) with the rule for going against the recommendation beside it and the scorecards
 * still pending with the box that acknowledges them, what was typed and why it was refused, and the history.
 */
record DecisionView(UUID applicationId, boolean canDecide, String recommended, String againstChoice,
                    String againstLabel, String rule, @Nullable Entry standing, List<Entry> history, Form form,
                    int pending, String pendingNote, String evidenceChangedNote) {

    /** What the form shows: the choice, text and acknowledgement as given, and the refusals in words. */
    record Form(@Nullable String outcome, String rationale, boolean acknowledgePending, @Nullable String outcomeError,
                @Nullable String rationaleError, @Nullable String pendingError, @Nullable String formError) {
        static Form blank() {
            return new Form(null, "", false, null, null, null, null);
        }

        public boolean refused() {
            return outcomeError != null || rationaleError != null || pendingError != null || formError != null;
        }
    }

    /** evidenceChanged: a scorecard was submitted or amended after this decision; pendingAcknowledged: how many. */
    record Entry(String outcome, boolean hire, String rationale, String recommended, boolean against, String decidedBy,
                 String decidedAt, boolean reopened, String reopenedBy, String reopenedAt, String reopenReason,
                 boolean evidenceChanged, int pendingAcknowledged) {
    }

    static DecisionView of(UUID applicationId, boolean hiringManager, Outcome recommendation, int pending,
                           DecisionResponse decisions, Map<UUID, UserSummary> people, ZoneId zone, Form form) {
        String against = recommendation.forHire() ? "NO_HIRE" : "HIRE";
        String againstLabel = ReviewWording.decision(against);
        String recommended = ReviewWording.outcome(recommendation);
        String rule = "The recommendation is " + recommended + ". Deciding " + againstLabel
                + " goes against it, and then the rationale needs at least " + DecisionService.AGAINST_RATIONALE_MIN
                + " characters saying why.";
        List<Entry> history = decisions.history().stream().map(e -> entry(e, people, zone)).toList();
        Entry standing = decisions.decision() == null ? null : entry(decisions.decision(), people, zone);
        return new DecisionView(applicationId, hiringManager && standing == null, recommended, against, againstLabel,
                rule, standing, history, form, pending, ReviewWording.pendingScorecards(pending),
                standing != null && standing.evidenceChanged() ? evidenceChanged(hiringManager) : "");
    }

    /** Said above the standing decision once a scorecard was submitted or amended after it. */
    static String evidenceChanged(boolean hiringManager) {
        return (hiringManager ? "The evidence changed after you decided" : "The evidence changed after this decision")
                + ": a scorecard was submitted or amended since. Compare the recommendation with the decision;"
                + (hiringManager ? " reopen it to decide again." : " the hiring manager can reopen it.");
    }

    public int minimum() {
        return DecisionService.AGAINST_RATIONALE_MIN;
    }

    private static Entry entry(DecisionResponse.Entry e, Map<UUID, UserSummary> people, ZoneId zone) {
        return new Entry(ReviewWording.decision(e.outcome()), "HIRE".equals(e.outcome()), e.rationale(),
                ReviewWording.outcome(Outcome.valueOf(e.recommendedOutcome())), e.againstRecommendation(),
                name(people, e.decidedBy()), ReviewWording.when(e.decidedAt(), zone), e.reopenedAt() != null,
                name(people, e.reopenedBy()), ReviewWording.when(e.reopenedAt(), zone),
                e.reopenReason() == null ? "" : e.reopenReason(), e.evidenceChangedSince(), e.pendingAcknowledged());
    }

    private static String name(Map<UUID, UserSummary> people, @Nullable UUID id) {
        if (id == null) {
            return "";
        }
        UserSummary person = people.get(id);
        return person == null ? "someone no longer here" : person.displayName();
    }
}
