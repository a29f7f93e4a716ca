package io.panelist.web.recommendation;

import io.micronaut.http.HttpStatus;
import io.panelist.identity.IdentityService;
import io.panelist.questionbank.topics.TopicResponse;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.recommendation.decision.DecideRequest;
import io.panelist.recommendation.decision.DecisionResponse;
import io.panelist.recommendation.decision.DecisionService;
import io.panelist.recommendation.decision.ScorecardsPendingException;
import io.panelist.recommendation.RecommendationResponse;
import io.panelist.recommendation.RecommendationService;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.scheduling.agenda.AgendaItem;
import io.panelist.scheduling.InterviewStatus;
import io.panelist.scheduling.SchedulingService;
import io.panelist.scoring.ScorecardResponse;
import io.panelist.scoring.review.ScorecardReviewService;
import io.panelist.shared.problem.ConflictException;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.Viewer;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Gathers the candidate page from the services, in an order that lets the strictest check speak first: the
 * recommendation (recruiters, administrators and the position's hiring manager, never a panelist still scoring),
 * then the scorecards and the decisions. Records a decision and says in words why one was refused.
 */
@Singleton
class CandidatePageAssembler {
    private static final Duration BLIND_WINDOW = Duration.ofDays(45);
    private final RecommendationService recommendations;
    private final DecisionService decisions;
    private final ScorecardReviewService reviews;
    private final ApplicationService applications;
    private final TopicService topics;
    private final IdentityService identity;
    private final Validator validator;
    private final SchedulingService scheduling;
    private final Clock clock;

    CandidatePageAssembler(RecommendationService recommendations, DecisionService decisions, ScorecardReviewService reviews,
                   ApplicationService applications, TopicService topics, IdentityService identity, Validator validator,
                   SchedulingService scheduling, Clock clock) {
        this.recommendations = recommendations;
        this.decisions = decisions;
        this.reviews = reviews;
        this.applications = applications;
        this.topics = topics;
        this.identity = identity;
        this.validator = validator;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    /** The outcome of a decision attempt: the status to answer and the section to show. */
    record Attempt(HttpStatus status, DecisionView decision) {
    }

    Map<String, Object> page(Viewer viewer, UUID applicationId, DecisionView.Form form) {
        RecommendationResponse rec = recommendations.recommend(viewer, applicationId);
        ApplicationResponse application = applications.application(applicationId);
        List<ScorecardResponse> cards = reviews.submittedScorecards(viewer, applicationId);
        Map<String, String> names = topics.currentTopics(rec.topics().stream()
                .map(RecommendationResponse.Topic::topicKey).toList()).values().stream()
                .collect(Collectors.toMap(TopicResponse::key, TopicResponse::name));
        return Map.of("page", CandidatePage.of(application, rec, cards, names),
                "decision", decision(viewer, application, rec, form));
    }

    /**
     * For a viewer the independence rule keeps blind: who the candidate is (they sit on the panel) and their own
     * interviews with them, six weeks either side of today, whose scorecards are still to submit.
     */
    Map<String, Object> blind(Viewer viewer, UUID applicationId) {
        ApplicationResponse application = applications.application(applicationId);
        Instant now = clock.instant();
        List<AgendaItem> open = scheduling.agenda(viewer, now.minus(BLIND_WINDOW).toString(),
                now.plus(BLIND_WINDOW).toString()).items().stream()
                .filter(i -> i.applicationId().equals(applicationId) && !"SUBMITTED".equals(i.scorecardStatus())
                        && (i.status() == InterviewStatus.SCHEDULED || i.status() == InterviewStatus.COMPLETED))
                .toList();
        return Map.of("application", application, "interviews", open);
    }

    /** Records the decision, or answers the section again with the refusal beside what was typed. */
    Attempt decide(Viewer viewer, UUID applicationId, DecisionForm posted) {
        String rationale = posted.rationale() == null ? "" : posted.rationale();
        boolean acknowledged = Boolean.TRUE.equals(posted.acknowledgePending());
        DecideRequest request = new DecideRequest(outcome(posted.outcome()), rationale, acknowledged);
        Set<ConstraintViolation<DecideRequest>> violations = validator.validate(request);
        DecisionView.Form refused;
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (!violations.isEmpty()) {
            refused = invalid(posted, rationale, acknowledged, violations);
        } else {
            try {
                decisions.decide(viewer, applicationId, request);
                return new Attempt(HttpStatus.OK, section(viewer, applicationId, DecisionView.Form.blank()));
            } catch (InvalidInputException e) {
                refused = new DecisionView.Form(posted.outcome(), rationale, acknowledged, null, e.fieldProblems()
                        .stream().map(p -> ReviewWording.plain(p.message()) + ". You wrote "
                                + rationale.trim().length() + ".").collect(Collectors.joining(" ")), null, null);
            } catch (ScorecardsPendingException e) {
                status = HttpStatus.CONFLICT;
                refused = new DecisionView.Form(posted.outcome(), rationale, false, null, null,
                        ReviewWording.pendingRefusal(e.pending()), null);
            } catch (ConflictException e) {
                status = HttpStatus.CONFLICT;
                refused = new DecisionView.Form(posted.outcome(), rationale, acknowledged, null, null, null,
                        e.getMessage());
            }
        }
        return new Attempt(status, section(viewer, applicationId, refused));
    }

    private DecisionView section(Viewer viewer, UUID applicationId, DecisionView.Form form) {
        RecommendationResponse rec = recommendations.recommend(viewer, applicationId);
        return decision(viewer, applications.application(applicationId), rec, form);
    }

    private DecisionView decision(Viewer viewer, ApplicationResponse application, RecommendationResponse rec,
                                  DecisionView.Form form) {
        DecisionResponse made = decisions.decision(viewer, application.id());
        List<UUID> people = made.history().stream().flatMap(e -> Stream.of(e.decidedBy(), e.reopenedBy()))
                .filter(java.util.Objects::nonNull).distinct().toList();
        ZoneId zone = ZoneId.of(identity.userSummary(viewer.id()).orElseThrow().timeZone());
        return DecisionView.of(application.id(), application.hiringManagerId().equals(viewer.id()), rec.outcome(),
                rec.scorecardsPending(), made, identity.userSummaries(people), zone, form);
    }

    private static DecisionView.Form invalid(DecisionForm posted, String rationale, boolean acknowledged,
                                             Set<ConstraintViolation<DecideRequest>> violations) {
        List<String> fields = new ArrayList<>();
        violations.forEach(v -> fields.add(v.getPropertyPath().toString()));
        String outcomeError = fields.stream().anyMatch(f -> f.endsWith("outcome")) ? "Choose Hire or No hire." : null;
        String rationaleError = null;
        if (fields.stream().anyMatch(f -> f.endsWith("rationale"))) {
            rationaleError = rationale.isBlank() ? "Write a rationale: what the decision rests on."
                    : "Keep the rationale under 5,000 characters.";
        }
        return new DecisionView.Form(posted.outcome(), rationale, acknowledged, outcomeError, rationaleError, null,
                null);
    }

    private static DecideRequest.DecisionOutcome outcome(String posted) {
        return Stream.of(DecideRequest.DecisionOutcome.values()).filter(o -> o.name().equals(posted)).findFirst()
                .orElse(null);
    }
}
