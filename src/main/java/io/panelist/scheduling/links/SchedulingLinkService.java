package io.panelist.scheduling.links;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.plans.PlanService;
import io.panelist.plans.StageSummary;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.ApplicationStatus;
import io.panelist.shared.PublicUrl;
import io.panelist.shared.SecretTokens;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.ConflictException;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Self-scheduling links as the recruiter handles them: made from an application for one stage of its plan, listed
 * without their tokens, revoked. The token is shown once, at creation; only its SHA-256 is stored.
 */
@Singleton
public class SchedulingLinkService {
    static final Duration LONGEST_WINDOW = Duration.ofDays(60);
    static final Duration LONGEST_LIFE = Duration.ofDays(60);
    private final SchedulingLinkRepository links;
    private final ApplicationService applications;
    private final PlanService plans;
    private final AuditService audit;
    private final PublicUrl publicUrl;
    private final Clock clock;

    SchedulingLinkService(SchedulingLinkRepository links, ApplicationService applications, PlanService plans,
                          AuditService audit, PublicUrl publicUrl, Clock clock) {
        this.links = links;
        this.applications = applications;
        this.plans = plans;
        this.audit = audit;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** A new link for an active application; 422 names the field that breaks a rule. */
    @Transactional
    public CreatedSchedulingLinkResponse createLink(Viewer viewer, UUID applicationId,
                                                    CreateSchedulingLinkRequest request) {
        ApplicationResponse application = applications.getApplication(viewer, applicationId);
        if (application.status() != ApplicationStatus.ACTIVE) {
            throw new ConflictException("application-closed",
                    "The application is " + application.status() + ": there is nothing left to book.");
        }
        StageSummary stage = plans.stageOfPlan(application.planId(), request.stageId())
                .orElseThrow(() -> unprocessable(List.of(new FieldProblem("stageId",
                        "is not a stage of the application's plan"))));
        Instant now = clock.instant();
        check(request, stage, now);
        String token = SecretTokens.newToken();
        SchedulingLink link = links.save(new SchedulingLink(UUID.randomUUID(), SecretTokens.hash(token),
                application.id(), application.candidateId(), application.planId(), stage.id(),
                request.from().toInstant(), request.to().toInstant(), request.panelSize(),
                request.location() == null ? "" : request.location().trim(), request.expiresAt().toInstant(), null,
                null, viewer.id(), now));
        audit.record(viewer.id(), "scheduling.link-created", "scheduling-link", link.id(), Map.of(
                "applicationId", application.id(), "stageId", stage.id(), "from", link.windowFrom(),
                "to", link.windowTo(), "panelSize", link.panelSize(), "expiresAt", link.expiresAt()));
        return new CreatedSchedulingLinkResponse(link.id(), token, publicUrl.to(pagePath(token)));
    }

    /** The application's links, newest first, without tokens. */
    @ReadOnly
    public List<SchedulingLinkSummary> linksOf(Viewer viewer, UUID applicationId) {
        applications.getApplication(viewer, applicationId);
        Instant now = clock.instant();
        return links.ofApplication(applicationId).stream().map(row -> SchedulingLinkSummary.of(row, now)).toList();
    }

    /** The link stops working (404 to the candidate); a round it booked stays booked. Revoking twice is a no-op. */
    @Transactional
    public void revokeLink(Viewer viewer, UUID linkId) {
        SchedulingLink link = links.findForUpdate(linkId)
                .filter(l -> applications.isVisibleTo(viewer, l.applicationId()))
                .orElseThrow(() -> new NotFoundException("Scheduling link", linkId));
        if (links.revoke(link.id(), clock.instant()) > 0) {
            audit.record(viewer.id(), "scheduling.link-revoked", "scheduling-link", link.id(),
                    Map.of("applicationId", link.applicationId()));
        }
    }

    /** Where the candidate's page is, under the public URL. */
    private static String pagePath(String token) {
        return "/schedule/" + token;
    }

    private static void check(CreateSchedulingLinkRequest request, StageSummary stage, Instant now) {
        Instant from = request.from().toInstant();
        Instant to = request.to().toInstant();
        Instant expiresAt = request.expiresAt().toInstant();
        List<FieldProblem> problems = new ArrayList<>();
        if (!to.isAfter(from)) {
            problems.add(new FieldProblem("to", "must be after from"));
        } else if (Duration.between(from, to).compareTo(LONGEST_WINDOW) > 0) {
            problems.add(new FieldProblem("to", "the window is at most 60 days"));
        } else if (Duration.between(from, to).compareTo(Duration.ofMinutes(stage.minutes())) < 0) {
            problems.add(new FieldProblem("to", "the window must hold the stage's " + stage.minutes() + " minutes"));
        } else if (!to.isAfter(now)) {
            problems.add(new FieldProblem("to", "must be in the future"));
        }
        if (!expiresAt.isAfter(now)) {
            problems.add(new FieldProblem("expiresAt", "must be in the future"));
        } else if (Duration.between(now, expiresAt).compareTo(LONGEST_LIFE) > 0) {
            problems.add(new FieldProblem("expiresAt", "must be at most 60 days ahead"));
        }
        if (!problems.isEmpty()) {
            throw unprocessable(problems);
        }
    }

    private static InvalidInputException unprocessable(List<FieldProblem> problems) {
        return new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY, "The scheduling link cannot be made.",
                problems);
    }
}
