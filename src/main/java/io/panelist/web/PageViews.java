package io.panelist.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.panelist.identity.IdentityService;
import io.panelist.identity.profile.MeResponse;
import io.panelist.shared.CurrentUser;
import io.panelist.web.session.CsrfTokens;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Renders a page with what every page shows: who is signed in, the CSRF token for forms and scripts, the session's end. */
@Singleton
public class PageViews {
    private final CsrfTokens csrf;
    private final IdentityService identity;

    PageViews(CsrfTokens csrf, IdentityService identity) {
        this.csrf = csrf;
        this.identity = identity;
    }

    public MutableHttpResponse<ModelAndView<Map<String, Object>>> page(HttpRequest<?> request,
                                                                       @Nullable Authentication who, String view, Map<String, Object> model) {
        return page(request, who, HttpStatus.OK, view, model);
    }

    public MutableHttpResponse<ModelAndView<Map<String, Object>>> page(HttpRequest<?> request,
                                                                       @Nullable Authentication who, HttpStatus status, String view,
                                                                Map<String, Object> model) {
        MutableHttpResponse<ModelAndView<Map<String, Object>>> response = HttpResponse.status(status);
        Map<String, Object> full = new HashMap<>(model);
        full.put("csrfToken", csrf.forPage(request, response));
        if (who != null) {
            MeResponse me = identity.me(CurrentUser.id(who));
            full.put("me", me);
            full.put("sessionExpiresAt", expiry(who));
        }
        return response.body(new ModelAndView<>(view, full));
    }

    /** A piece of a page for htmx: no layout, no session details. */
    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> fragment(String view, Map<String, Object> model) {
        return HttpResponse.ok(new ModelAndView<>(view, model));
    }

    /** When the access token ends, in epoch milliseconds, so that the page renews the session before then. */
    private static long expiry(Authentication who) {
        Object exp = who.getAttributes().get("exp");
        if (exp instanceof Date date) {
            return date.getTime();
        }
        if (exp instanceof Number seconds) {
            return seconds.longValue() * 1000;
        }
        if (exp instanceof Instant instant) {
            return instant.toEpochMilli();
        }
        return 0;
    }
}
