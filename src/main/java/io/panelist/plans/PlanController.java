package io.panelist.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.shared.ETags;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.shared.openapi.Refusal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/plans")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Plans")
class PlanController {
    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    /** Plans, newest first, optionally of one position or status. */
    @Get
    Page<PlanSummary> list(@QueryValue @Nullable UUID positionId, @QueryValue @Nullable PlanStatus status,
                           @Valid @RequestBean Paging paging, Authentication who) {
        return plans.listPlans(Viewer.of(who), positionId, status, paging);
    }

    /** Creates a draft, version n+1 of its position. */
    @Post
    @Refusal(status = HttpStatus.NOT_FOUND, when = "The position does not exist, or the caller may not see it")
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "A topic or question that does not exist, or a draft"
            + " that cannot be stored")
    @Status(HttpStatus.CREATED)
    @Secured({"ADMIN", "INTERVIEWER", "HIRING_MANAGER"})
    HttpResponse<PlanResponse> create(@Body @Valid SavePlanRequest request, Authentication who) {
        PlanResponse plan = plans.createPlan(Viewer.of(who), request);
        return withETag(HttpResponse.created(plan, URI.create("/api/v1/plans/" + plan.id())), plan);
    }

    /** The plan with its interview kit, coverage summary and validation report. */
    @Get("/{id}")
    HttpResponse<PlanResponse> get(UUID id, Authentication who) {
        PlanResponse plan = plans.getPlan(Viewer.of(who), id);
        return withETag(HttpResponse.ok(plan), plan);
    }

    /** Replaces a draft whole (stages included); a published plan answers 409. */
    @Put("/{id}")
    @Refusal(status = HttpStatus.CONFLICT, when = "The plan is published or archived; start a new version to change it")
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "A topic or question that does not exist, or a draft"
            + " that cannot be stored")
    @Secured({"ADMIN", "INTERVIEWER", "HIRING_MANAGER"})
    HttpResponse<PlanResponse> update(UUID id, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                      @Body @Valid SavePlanRequest request, Authentication who) {
        PlanResponse plan = plans.updatePlan(Viewer.of(who), id, ETags.required(ifMatch, "plan"), request);
        return withETag(HttpResponse.ok(plan), plan);
    }

    /** Publishes a valid draft; 422 lists every problem with its pointer. */
    @Post("/{id}/publish")
    @Refusal(status = HttpStatus.CONFLICT, when = "The plan is published or archived already")
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "The draft is not valid; the problem lists each"
            + " problem with its pointer")
    @Secured({"ADMIN", "HIRING_MANAGER"})
    HttpResponse<PlanResponse> publish(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                       Authentication who) {
        PlanResponse plan = plans.publishPlan(Viewer.of(who), id, ETags.parse(ifMatch));
        return withETag(HttpResponse.ok(plan), plan);
    }

    /** A new draft version copied from this plan. */
    @Post("/{id}/versions")
    @Status(HttpStatus.CREATED)
    @Secured({"ADMIN", "INTERVIEWER", "HIRING_MANAGER"})
    HttpResponse<PlanResponse> newVersion(UUID id, Authentication who) {
        PlanResponse plan = plans.newVersion(Viewer.of(who), id);
        return withETag(HttpResponse.created(plan, URI.create("/api/v1/plans/" + plan.id())), plan);
    }

    private static HttpResponse<PlanResponse> withETag(MutableHttpResponse<PlanResponse> response, PlanResponse plan) {
        return response.header(HttpHeaders.ETAG, ETags.of(plan.editVersion()));
    }
}
