package io.panelist.recruiting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.ETags;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.shared.openapi.Refusal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/applications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Applications")
class ApplicationController {
    private final ApplicationService applications;

    ApplicationController(ApplicationService applications) {
        this.applications = applications;
    }

    /** Applications, one page at a time, optionally of one position or one candidate. */
    @Get
    Page<ApplicationResponse> list(@QueryValue @Nullable UUID positionId, @QueryValue @Nullable UUID candidateId,
                                   @QueryValue @Nullable ApplicationStatus status, @Valid @RequestBean Paging paging,
                                   Authentication who) {
        return applications.listApplications(Viewer.of(who), positionId, candidateId, status, paging);
    }

    /** A candidate applies to an open position; 422 when the position has no published plan. */
    @Post
    @Refusal(status = HttpStatus.CONFLICT, when = "The candidate already has an active application for this position")
    @Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, when = "The candidate or position does not exist, the"
            + " position is closed, or it has no published interview plan")
    @Status(HttpStatus.CREATED)
    @Secured({"ADMIN", "RECRUITER"})
    HttpResponse<ApplicationResponse> create(@Body @Valid CreateApplicationRequest request, Authentication who) {
        ApplicationResponse application = applications.createApplication(CurrentUser.id(who), request);
        return HttpResponse.created(application, URI.create("/api/v1/applications/" + application.id()))
                .header(HttpHeaders.ETAG, ETags.of(application.version()));
    }

    /** One application, with its status; its version comes as ETag. */
    @Get("/{id}")
    HttpResponse<ApplicationResponse> get(UUID id, Authentication who) {
        ApplicationResponse application = applications.getApplication(Viewer.of(who), id);
        return HttpResponse.ok(application).header(HttpHeaders.ETAG, ETags.of(application.version()));
    }

    /** Withdraws or rejects outside a hiring decision, with a reason; cancels the future interviews. */
    @Patch("/{id}")
    @Refusal(status = HttpStatus.CONFLICT, when = "The application is closed already")
    @Secured({"ADMIN", "RECRUITER"})
    HttpResponse<ApplicationResponse> close(UUID id, @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                            @Body @Valid CloseApplicationRequest request, Authentication who) {
        ApplicationResponse application = applications.closeApplication(CurrentUser.id(who), id,
                ETags.required(ifMatch, "application"),
                request);
        return HttpResponse.ok(application).header(HttpHeaders.ETAG, ETags.of(application.version()));
    }
}
