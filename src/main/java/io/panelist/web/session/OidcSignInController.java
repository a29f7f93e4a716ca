package io.panelist.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.panelist.identity.oidc.OidcSignInRefusedException;
import io.panelist.identity.oidc.OidcSignInService;
import io.panelist.identity.oidc.OidcSignInService.Callback;
import io.panelist.web.PageViews;
import io.panelist.web.Pages;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Duration;
import java.util.Map;

/**
 * Sign-in through the company's OpenID provider. {@code /signin/oidc} sends the browser to the provider with a
 * cookie that ties the sign-in to it; the provider sends it back to {@code /signin/oidc/callback}, which ends in a
 * session as a password sign-in does. That cookie is the one SameSite=Lax cookie: the provider's redirect is a
 * cross-site navigation, on which a Strict cookie is not sent. For the same reason the session cookies, which are
 * Strict, are set on a page that then moves on by itself, as a navigation of this site.
 */
@Controller("/signin/oidc")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class OidcSignInController {
    static final String BROWSER_COOKIE = "panelist_oidc";
    private static final String COOKIE_PATH = "/signin/oidc";
    private static final Duration COOKIE_LIFETIME = Duration.ofMinutes(10);
    private final OidcSignInService oidc;
    private final SessionCookies cookies;
    private final CsrfTokens csrf;
    private final PageViews views;
    private final boolean alwaysSecure;

    OidcSignInController(OidcSignInService oidc, SessionCookies cookies, CsrfTokens csrf, PageViews views,
                         @Value("${panelist.web.secure-cookies:false}") boolean alwaysSecure) {
        this.oidc = oidc;
        this.cookies = cookies;
        this.csrf = csrf;
        this.views = views;
        this.alwaysSecure = alwaysSecure;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> start(HttpRequest<?> request, @QueryValue @Nullable String next) {
        try {
            OidcSignInService.Start start = oidc.begin(Pages.safeReturnPath(next));
            return HttpResponse.seeOther(start.authorizationUrl())
                    .cookie(browserCookie(request, start.browserToken(), COOKIE_LIFETIME));
        } catch (OidcSignInRefusedException refused) {
            return refusal(request, refused);
        }
    }

    @Get(value = "/callback", produces = MediaType.TEXT_HTML)
    HttpResponse<?> callback(HttpRequest<?> request, @QueryValue @Nullable String state,
                             @QueryValue @Nullable String code, @QueryValue @Nullable String error,
                             @QueryValue("error_description") @Nullable String errorDescription) {
        String browser = request.getCookies().findCookie(BROWSER_COOKIE).map(Cookie::getValue).orElse(null);
        OidcSignInService.Completed done;
        try {
            done = oidc.complete(new Callback(state, code, error, errorDescription), browser);
        } catch (OidcSignInRefusedException refused) {
            return refusal(request, refused);
        }
        MutableHttpResponse<?> response = HttpResponse.ok(new ModelAndView<>("session/oidc-continue",
                Map.of("next", done.returnPath())));
        cookies.write(request, response, done.tokens());
        csrf.issue(request, response, done.tokens().sessionId());
        return response.cookie(browserCookie(request, "", Duration.ZERO));
    }

    private MutableHttpResponse<?> refusal(HttpRequest<?> request, OidcSignInRefusedException refused) {
        return views.page(request, null, refused.status(), "session/oidc-refused",
                Map.<String, Object>of("message", refused.getMessage(), "type", refused.type()));
    }

    private Cookie browserCookie(HttpRequest<?> request, String value, Duration maxAge) {
        return Cookie.of(BROWSER_COOKIE, value).path(COOKIE_PATH).httpOnly(true).sameSite(SameSite.Lax)
                .secure(alwaysSecure || request.isSecure()).maxAge(maxAge);
    }
}
