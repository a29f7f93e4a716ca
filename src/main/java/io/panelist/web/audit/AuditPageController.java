package io.panelist.web.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.audit.AuditService;
import io.panelist.identity.IdentityService;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.Paging;
import io.panelist.web.PageViews;
import io.panelist.web.session.AdminOnly;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.Map;
import java.util.UUID;

/** The audit log for administrators: newest first, filtered by entity type and entity, a page at a time. */
@Controller("/admin/audit")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED) // ADMIN only: each page checks AdminOnly first
class AuditPageController {
    private final AuditService audit;
    private final IdentityService identity;
    private final PageViews views;

    AuditPageController(AuditService audit, IdentityService identity, PageViews views) {
        this.audit = audit;
        this.identity = identity;
        this.views = views;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> log(HttpRequest<?> request, @QueryValue @Nullable @Size(max = 60) String entityType,
                        @QueryValue @Nullable @Size(max = 100) String entityId, @Valid @RequestBean Paging paging,
                        Authentication who) {
        AdminOnly.check(who);
        String type = entityType == null ? "" : entityType.trim();
        String id = entityId == null ? "" : entityId.trim();
        var page = audit.search(type.isEmpty() ? null : type, id.isEmpty() ? null : uuid(id), paging);
        String zone = identity.me(CurrentUser.id(who)).timeZone();
        return views.page(request, who, "audit/audit", Map.of("log", AuditView.of(page, type, id, zone),
                "zone", zone));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badField("entityId",
                    "must be a whole id such as 3f2b8c1e-5d4a-4b6f-9e21-0c7d8a9b1f30 (copy it from a row below)");
        }
    }
}
