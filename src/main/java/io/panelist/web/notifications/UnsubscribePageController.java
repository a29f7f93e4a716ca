package io.panelist.web.notifications;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.notifications.settings.NotificationSettings;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * The link in an optional mail's List-Unsubscribe header. A mail client posts to it (RFC 8058 one-click: no session,
 * no CSRF token, the link's HMAC is the authority), and a person who opens it is asked first: a GET changes nothing,
 * as link checkers and previews open links without anyone asking.
 */
@Controller("/unsubscribe")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class UnsubscribePageController {
    private final NotificationSettings settings;
    private final PageViews views;

    UnsubscribePageController(NotificationSettings settings, PageViews views) {
        this.settings = settings;
        this.views = views;
    }

    @Get(value = "/{token}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> ask(HttpRequest<?> request, @Size(max = 100) String token) {
        var link = settings.readLink(token)
                .orElseThrow(() -> new NotFoundException("This unsubscribe link is not one Panelist made."));
        return views.page(request, null, "notifications/unsubscribe",
                Map.of("done", false, "kind", link.kind().words, "token", token));
    }

    @Post(value = "/{token}", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA},
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> unsubscribe(HttpRequest<?> request, @Size(max = 100) String token) {
        var link = settings.unsubscribe(token);
        return views.page(request, null, "notifications/unsubscribe",
                Map.of("done", true, "kind", link.kind().words, "token", token));
    }
}
