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
import io.panelist.audit.AuditFilter;
import io.panelist.audit.AuditService;
import io.panelist.identity.IdentityService;
import io.panelist.identity.UserResponse;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.Paging;
import io.panelist.web.PageViews;
import io.panelist.web.session.AdminOnly;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The audit log for administrators: newest first, filtered by entity, person, action and days (in the admin's time
 * zone), a page at a time.
 */
@Controller("/admin/audit")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED) // ADMIN only: each page checks AdminOnly first
class AuditPageController {
    private static final Paging PEOPLE = Paging.of(0, Paging.MAX_SIZE);
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
                        @QueryValue @Nullable @Size(max = 100) String entityId,
                        @QueryValue @Nullable @Size(max = 100) String actorId,
                        @QueryValue @Nullable @Size(max = 80) String action,
                        @QueryValue @Nullable @Size(max = 40) String from,
                        @QueryValue @Nullable @Size(max = 40) String to,
                        @Valid @RequestBean Paging paging, Authentication who) {
        AdminOnly.check(who);
        String zone = identity.me(CurrentUser.id(who)).timeZone();
        AuditView.Form form = new AuditView.Form(trim(entityType), trim(entityId), trim(actorId), trim(action),
                trim(from), trim(to));
        AuditFilter filter = AuditFilter.of(form.entityType(), form.entityId(), form.actorId(), form.action(),
                form.from(), form.to(), ZoneId.of(zone));
        List<UserResponse> people = identity.listUsers(null, null, null, PEOPLE).items().stream()
                .sorted(Comparator.comparing(UserResponse::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
        return views.page(request, who, "audit/audit", Map.of("log",
                AuditView.of(audit.search(filter, paging), form, people, zone), "zone", zone));
    }

    private static String trim(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
