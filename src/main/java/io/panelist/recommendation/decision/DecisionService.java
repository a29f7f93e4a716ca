package io.panelist.recommendation.decision;

import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.identity.Role;
import io.panelist.notifications.webhooks.WebhookEvent;
import io.panelist.notifications.webhooks.WebhookIds;
import io.panelist.notifications.webhooks.Webhooks;
import io.panelist.recommendation.RecommendationAccess;
import io.panelist.recommendation.RecommendationResponse;
import io.panelist.recommendation.RecommendationService;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.shared.Json;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.ConflictException;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The hiring manager's decision: recorded with the recommendation as it stood and the evidence version it saw,
 * against it only with a rationale of 30 characters or more, while scorecards are pending only when the hiring
 * manager acknowledges them; one standing decision per application until the hiring manager reopens it.
 */
@Singleton
public class DecisionService {
    /** The shortest rationale that may go against the recommendation (pages state the rule beside the form). */
    public static final int AGAINST_RATIONALE_MIN = 30;
    private final DecisionRepository decisions;
    private final RecommendationService recommendations;
    private final RecommendationAccess access;
    private final ApplicationService applications;
    private final AuditService audit;
    private final Webhooks webhooks;
    private final Json json;
    private final Clock clock;

    DecisionService(DecisionRepository decisions, RecommendationService recommendations, RecommendationAccess access,
                    ApplicationService applications, AuditService audit, Webhooks webhooks, Json json, Clock clock) {
        this.decisions = decisions;
        this.recommendations = recommendations;
        this.access = access;
        this.applications = applications;
        this.audit = audit;
        this.webhooks = webhooks;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public DecisionResponse decide(Viewer viewer, UUID applicationId, DecideRequest request) {
        ApplicationResponse application = hiringManagersOwn(viewer, applicationId);
        if (decisions.standingForUpdate(applicationId).isPresent()) {
            throw new ConflictException("decision-exists", "This application is decided; reopen it to decide again.");
        }
        // read before the recommendation: should a submission land in between, the decision counts as having seen
        // less than it did (flagged as changed), never more
        long evidenceVersion = decisions.evidenceVersion(applicationId);
        RecommendationResponse recommendation = recommendations.compute(viewer, application.id());
        int pending = recommendation.scorecardsPending();
        if (pending > 0 && !request.pendingAcknowledged()) {
            throw new ScorecardsPendingException(pending);
        }
        boolean hire = request.outcome() == DecideRequest.DecisionOutcome.HIRE;
        boolean against = hire != recommendation.outcome().forHire();
        if (against && request.rationale().trim().length() < AGAINST_RATIONALE_MIN) {
            throw InvalidInputException.badField("rationale", "going against the recommendation ("
                    + recommendation.outcome() + ") needs a rationale of at least " + AGAINST_RATIONALE_MIN + " characters");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        try {
            decisions.insert(id, applicationId, request.outcome().name(), request.rationale().trim(),
                    recommendation.outcome().name(), against, json.write(recommendation), viewer.id(), now,
                    evidenceVersion, pending);
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            // a concurrent decision won past the check above; the partial unique index decided
            throw new ConflictException("decision-exists", "This application is decided; reopen it to decide again.");
        }
        applications.recordDecision(viewer.id(), applicationId, hire, "Decision: " + request.outcome());
        audit.record(viewer.id(), "decision.recorded", "application", applicationId, Map.of("outcome",
                request.outcome(), "recommendedOutcome", recommendation.outcome(), "againstRecommendation", against,
                "scorecardsPending", pending, "pendingAcknowledged", pending > 0));
        webhooks.publish(WebhookEvent.DECISION_RECORDED, new WebhookIds(applicationId, null, application.candidateId(),
                application.positionId()));
        return read(applicationId);
    }

    /** Sets the standing decision aside with a reason; the application is active again and can be decided anew. */
    @Transactional
    public DecisionResponse reopen(Viewer viewer, UUID applicationId, ReopenRequest request) {
        hiringManagersOwn(viewer, applicationId);
        Decision standing = decisions.standingForUpdate(applicationId).orElseThrow(() ->
                new ConflictException("no-decision", "There is no decision to reopen."));
        decisions.reopen(standing.id(), viewer.id(), request.reason().trim(), clock.instant());
        applications.reopen(viewer.id(), applicationId, request.reason().trim());
        return read(applicationId);
    }

    @ReadOnly
    public DecisionResponse decision(Viewer viewer, UUID applicationId) {
        access.application(viewer, applicationId);
        return read(applicationId);
    }

    private ApplicationResponse hiringManagersOwn(Viewer viewer, UUID applicationId) {
        ApplicationResponse application = applications.findApplication(applicationId)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        boolean named = application.hiringManagerId().equals(viewer.id());
        if (named && !viewer.has(Role.HIRING_MANAGER.name())) {
            // still named on the position, but the role was taken away: deciding goes with the role
            throw new ForbiddenException("Only a hiring manager decides, and you no longer hold that role.");
        }
        if (!applications.isVisibleTo(viewer, applicationId)) {
            throw new NotFoundException("Application", applicationId);
        }
        if (!named) {
            throw new ForbiddenException("Only the position's hiring manager decides.");
        }
        access.requireIndependence(viewer, applicationId);
        return application;
    }

    private DecisionResponse read(UUID applicationId) {
        long evidenceNow = decisions.evidenceVersion(applicationId);
        var history = decisions.history(applicationId).stream().map(d -> entry(d, evidenceNow)).toList();
        var standing = history.stream().filter(e -> e.reopenedAt() == null).findFirst().orElse(null);
        return new DecisionResponse(applicationId, standing, history,
                standing != null && standing.evidenceChangedSince());
    }

    private DecisionResponse.Entry entry(Decision d, long evidenceNow) {
        return new DecisionResponse.Entry(d.id(), d.outcome(), d.rationale(), d.recommendedOutcome(),
                d.againstRecommendation(), json.read(d.recommendation(), Argument.mapOf(String.class, Object.class)),
                d.decidedBy(), d.decidedAt(), d.reopenedAt(), d.reopenedBy(), d.reopenReason(),
                d.evidenceVersion() < evidenceNow, d.pendingAcknowledged());
    }
}
