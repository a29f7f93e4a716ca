package io.panelist.scoring.review;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.scoring.ScorecardResponse;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Scoring")
class ApplicationScorecardsController {
    private final ScorecardReviewService reviews;

    ApplicationScorecardsController(ScorecardReviewService reviews) {
        this.reviews = reviews;
    }

    /** Submitted scorecards of an application; a panelist sees them only after submitting all of their own. */
    @Get("/applications/{id}/scorecards")
    List<ScorecardResponse> scorecards(UUID id, Authentication who) {
        return reviews.submittedScorecards(Viewer.of(who), id);
    }

    /** Panelists without a submitted scorecard 24 hours after their interview ended. */
    @Get("/scorecards/overdue")
    @Secured({"ADMIN", "RECRUITER"})
    Page<OverdueScorecard> overdue(@Valid @RequestBean Paging paging) {
        return reviews.overdue(paging);
    }
}
