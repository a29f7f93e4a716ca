package io.panelist.web.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.notifications.admin.OutboxAdmin;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.Paging;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.web.PageViews;
import io.panelist.web.session.AdminOnly;
import io.panelist.web.session.CsrfTokens;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox for administrators: every mail and webhook newest first, filtered by status and kind; one message in
 * full (its HTML body only as text, never rendered); and Retry for a DEAD or HELD one.
 */
@Controller("/admin/mail")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED) // ADMIN only: each page checks AdminOnly first
class MailPageController {
    private final OutboxAdmin outbox;
    private final CsrfTokens csrf;
    private final PageViews views;

    MailPageController(OutboxAdmin outbox, CsrfTokens csrf, PageViews views) {
        this.outbox = outbox;
        this.csrf = csrf;
        this.views = views;
    }

    @Serdeable
    record RetryForm(@Nullable String csrfToken) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> list(HttpRequest<?> request, @QueryValue @Nullable @Size(max = 30) String status,
                         @QueryValue @Nullable @Size(max = 30) String kind, @Valid @RequestBean Paging paging,
                         Authentication who) {
        AdminOnly.check(who);
        String s = status == null ? "" : status.trim();
        String k = kind == null ? "" : kind.trim();
        var page = outbox.search(s, k, null, paging);
        return views.page(request, who, "notifications/mail", Map.of("box", MailListView.of(page, s, k)));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> message(HttpRequest<?> request, UUID id, Authentication who) {
        AdminOnly.check(who);
        return views.page(request, who, "notifications/message", Map.of("m", outbox.read(id)));
    }

    /** The HTML body as plain text: read, never rendered, so nothing in a mail runs in the admin's session. */
    @Get(value = "/{id}/html", produces = {MediaType.TEXT_PLAIN, MediaType.TEXT_HTML}) // always answered as text/plain
    HttpResponse<String> html(UUID id, Authentication who) {
        AdminOnly.check(who);
        var mail = outbox.read(id).mail();
        return HttpResponse.ok(mail == null ? "" : mail.html()).contentType(MediaType.TEXT_PLAIN_TYPE);
    }

    @Post(value = "/{id}/retry", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> retry(HttpRequest<?> request, UUID id, @Body RetryForm form, Authentication who) {
        AdminOnly.check(who);
        if (!csrf.matches(request, form.csrfToken())) {
            throw new ForbiddenException("This form did not come from a Panelist page. Reload the page and try again.");
        }
        outbox.retry(CurrentUser.id(who), id);
        return HttpResponse.seeOther(URI.create("/admin/mail/" + id));
    }
}
