package io.panelist.audit;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.ZoneOffset;

@Controller("/api/v1/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Audit")
class AuditController {
    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    /**
     * Audit events, newest first, with the names of the people and records they mention. Filters combine.
     *
     * @param entityType only events about this type of record ({@code candidate}, {@code plan}, ...)
     * @param entityId   only events about this record
     * @param actorId    only events by this person or API key
     * @param action     an exact action ({@code candidate.erased}), or a prefix ending in a dot ({@code candidate.});
     *                   an action Panelist does not record is refused
     * @param from       events at or after this time (inclusive): an ISO instant ({@code 2026-03-01T09:00:00Z}) or
     *                   a date, which starts at midnight UTC
     * @param to         events before this time (exclusive): an ISO instant, or a date, which ends with that day in
     *                   UTC ({@code from=2026-03-01&to=2026-03-01} is the whole of 1 March); after {@code from}
     */
    @Get
    Page<AuditEventResponse> search(@QueryValue @Nullable @Size(max = 60) String entityType,
                                    @QueryValue @Nullable @Size(max = 100) String entityId,
                                    @QueryValue @Nullable @Size(max = 100) String actorId,
                                    @QueryValue @Nullable @Size(max = 80) String action,
                                    @QueryValue @Nullable @Size(max = 40) String from,
                                    @QueryValue @Nullable @Size(max = 40) String to,
                                    @Valid @RequestBean Paging paging) {
        return audit.search(AuditFilter.of(entityType, entityId, actorId, action, from, to, ZoneOffset.UTC), paging);
    }
}
