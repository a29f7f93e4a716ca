package io.panelist.scheduling.qualifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The people a recruiter puts on panels. */
@Controller("/api/v1/interviewers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "RECRUITER"})
@Tag(name = "Interviewers")
class InterviewerController {
    private final QualificationService qualifications;

    InterviewerController(QualificationService qualifications) {
        this.qualifications = qualifications;
    }

    @Get
    @Operation(summary = "List interviewers",
            description = "Active people with INTERVIEWER or HIRING_MANAGER, by name, with their qualifications and "
                    + "how many interviews (not cancelled) start in their current week, Monday to Monday in their "
                    + "time zone. With topicKey, only those QUALIFIED or TRAINEE in that topic.")
    @ApiResponse(responseCode = "200", description = "One page of interviewers")
    @ApiResponse(responseCode = "400", description = "A page, size or topic key out of range")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "Not a recruiter or an administrator")
    Page<InterviewerSummary> list(@QueryValue @Nullable @Size(max = 100) String topicKey,
                                  @Valid @RequestBean Paging paging) {
        return qualifications.interviewers(topicKey, paging);
    }
}
