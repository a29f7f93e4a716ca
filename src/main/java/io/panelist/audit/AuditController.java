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

import java.util.UUID;

@Controller("/api/v1/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Audit")
class AuditController {
    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    /** Audit events, newest first, optionally for one entity type or entity. */
    @Get
    Page<AuditEventResponse> search(@QueryValue @Nullable @Size(max = 60) String entityType,
                                    @QueryValue @Nullable UUID entityId, @Valid @RequestBean Paging paging) {
        return audit.search(entityType, entityId, paging);
    }
}
