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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.notifications.settings.NotificationSettings;
import io.panelist.notifications.settings.NotificationSettingsRequest;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.web.FormFields;
import io.panelist.web.PageViews;
import io.panelist.web.session.CsrfTokens;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.util.Map;

/** Each user's own page for the optional mails: scorecard reminders and "evidence complete". */
@Controller("/me/notifications")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class NotificationSettingsPageController {
    private final NotificationSettings settings;
    private final CsrfTokens csrf;
    private final PageViews views;

    NotificationSettingsPageController(NotificationSettings settings, CsrfTokens csrf, PageViews views) {
        this.settings = settings;
        this.csrf = csrf;
        this.views = views;
    }

    /** An unticked box sends nothing: absent means off. */
    @Serdeable
    record SettingsForm(@Nullable String csrfToken, @Nullable String version, @Nullable String scorecardReminders,
                        @Nullable String evidenceComplete) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, @QueryValue @Nullable String saved, Authentication who) {
        return views.page(request, who, "notifications/settings",
                Map.of("settings", settings.of(CurrentUser.id(who)), "saved", saved != null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(HttpRequest<?> request, @Body SettingsForm form, Authentication who) {
        if (!csrf.matches(request, form.csrfToken())) {
            throw new ForbiddenException("This form did not come from a Panelist page. Reload the page and try again.");
        }
        settings.change(CurrentUser.id(who), FormFields.version(form.version()), new NotificationSettingsRequest(
                "true".equals(form.scorecardReminders()), "true".equals(form.evidenceComplete())));
        return HttpResponse.seeOther(URI.create("/me/notifications?saved"));
    }
}
