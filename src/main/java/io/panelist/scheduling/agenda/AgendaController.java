package io.panelist.scheduling.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.scheduling.SchedulingService;
import io.panelist.shared.Viewer;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

@Controller("/api/v1/me/interviews")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Scheduling")
class AgendaController {
    private final SchedulingService scheduling;

    AgendaController(SchedulingService scheduling) {
        this.scheduling = scheduling;
    }

    /**
     * Your own interviews in [from, to): ISO-8601 instants with an offset, or bare dates meaning the start of that day
     * in your time zone. By default, today and the next 7 days.
     */
    @Get
    Agenda agenda(@QueryValue @Nullable @Size(max = 40) String from, @QueryValue @Nullable @Size(max = 40) String to,
                  Authentication who) {
        return scheduling.agenda(Viewer.of(who), from, to);
    }
}
