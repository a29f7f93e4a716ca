package io.panelist.web.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import io.micronaut.views.ModelAndView;
import io.panelist.identity.session.BrowserSessions;
import io.panelist.identity.signin.PasswordSignInOffException;
import io.panelist.identity.signin.SignInThrottledException;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.Problem;
import io.panelist.web.PageViews;
import io.panelist.web.Pages;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in and out of the web pages. The tokens are the API's own (same sessions, same rotation); they live in
 * HttpOnly, SameSite=Strict cookies, and signing out revokes the session's refresh tokens.
 */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class SessionPageController {
    private static final String WRONG_CREDENTIALS = "That email and password do not match an active account.";
    private final BrowserSessions sessions;
    private final SessionCookies cookies;
    private final CsrfTokens csrf;
    private final PageViews views;

    SessionPageController(BrowserSessions sessions, SessionCookies cookies, CsrfTokens csrf, PageViews views) {
        this.sessions = sessions;
        this.cookies = cookies;
        this.csrf = csrf;
        this.views = views;
    }

    @Get(value = "/signin", produces = MediaType.TEXT_HTML)
    HttpResponse<?> signInPage(HttpRequest<?> request, @Nullable Authentication who,
                               @QueryValue @Nullable String next, @QueryValue @Nullable Boolean expired) {
        if (who != null) {
            return HttpResponse.seeOther(URI.create(Pages.safeReturnPath(next)));
        }
        return signInForm(request, HttpStatus.OK, next, null,
                Boolean.TRUE.equals(expired) ? "Your session or the form expired. Please sign in again." : null);
    }

    @Post(value = "/signin", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body SignInForm form) {
        if (!csrf.matches(request, form.csrfToken())) {
            return HttpResponse.seeOther(URI.create("/signin?expired=true"));
        }
        String email = form.email() == null ? "" : form.email().trim();
        String password = form.password() == null ? "" : form.password();
        Optional<BrowserSessions.SessionTokens> tokens;
        try {
            tokens = email.isEmpty() || password.isEmpty() || email.length() > 320 || password.length() > 200
                    ? Optional.empty() : sessions.signIn(request, email, password);
        } catch (SignInThrottledException throttled) {
            return signInForm(request, HttpStatus.TOO_MANY_REQUESTS, form.next(), email, throttled.getMessage())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
        } catch (PasswordSignInOffException off) {
            return signInForm(request, HttpStatus.FORBIDDEN, form.next(), email, off.getMessage());
        }
        if (tokens.isEmpty()) {
            return signInForm(request, HttpStatus.UNAUTHORIZED, form.next(), email, WRONG_CREDENTIALS);
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(Pages.safeReturnPath(form.next())));
        cookies.write(request, response, tokens.get());
        csrf.issue(request, response, tokens.get().sessionId());
        return response;
    }

    /** A page request whose access token lapsed: renew the session from the refresh cookie and go back. */
    @Get(value = "/session/renew", produces = MediaType.TEXT_HTML)
    HttpResponse<?> renew(HttpRequest<?> request, @QueryValue @Nullable String next) {
        String back = Pages.safeReturnPath(next);
        Optional<BrowserSessions.SessionTokens> tokens = cookies.refreshToken(request).flatMap(sessions::renew);
        if (tokens.isEmpty()) {
            MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/signin?next=" + Pages.encode(back)));
            cookies.clear(request, response);
            return response;
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(back));
        cookies.write(request, response, tokens.get());
        return response;
    }

    /**
     * A page's script keeps a long session alive without leaving the page. The refresh cookie alone is not enough:
     * the script repeats its session's CSRF token in the header, as every script write does.
     */
    @Post(value = "/session/refresh", produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> refresh(HttpRequest<?> request) {
        if (cookies.refreshToken(request).isPresent() && !csrf.matchesRefreshSession(request, csrf.header(request))) {
            throw new ForbiddenException("This renewal did not come from a Panelist page. Reload the page and try again.");
        }
        Optional<BrowserSessions.SessionTokens> tokens = cookies.refreshToken(request).flatMap(sessions::renew);
        if (tokens.isEmpty()) {
            MutableHttpResponse<?> response = HttpResponse.status(HttpStatus.UNAUTHORIZED)
                    .body(new Problem(Problem.TYPE_PREFIX + "session-ended", "Unauthorized", 401,
                            "Your session has ended. Sign in again; the page keeps your text.", request.getPath(),
                            null, null, null))
                    .contentType(Problem.MEDIA_TYPE);
            cookies.clear(request, response);
            return response;
        }
        MutableHttpResponse<?> response = HttpResponse.ok(Map.of("expiresIn", tokens.get().expiresInSeconds()));
        cookies.write(request, response, tokens.get());
        return response;
    }

    @Post(value = "/session/signout", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signOut(HttpRequest<?> request, @Body @Nullable SignOutForm form, @Nullable Authentication who) {
        if (form == null || !signOutTokenMatches(request, who, form.csrfToken())) {
            throw new ForbiddenException("This sign-out did not come from a Panelist page. Use the Sign out button.");
        }
        sessions.signOut(who, cookies.refreshToken(request).orElse(null));
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/signin?signedOut=true"));
        cookies.clear(request, response);
        csrf.clear(request, response);
        return response;
    }

    /** The session signing out is the access token's, or once that lapsed, the refresh cookie's. */
    private boolean signOutTokenMatches(HttpRequest<?> request, @Nullable Authentication who, @Nullable String token) {
        if (who != null) {
            return csrf.matches(request, token);
        }
        return csrf.matchesRefreshSession(request, token);
    }

    private MutableHttpResponse<ModelAndView<Map<String, Object>>> signInForm(HttpRequest<?> request, HttpStatus status,
                                                                             @Nullable String next,
                                                                             @Nullable String email,
                                                                             @Nullable String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("next", Pages.safeReturnPath(next));
        model.put("email", email == null ? "" : email);
        model.put("message", message);
        model.put("signedOut", "true".equals(request.getParameters().get("signedOut")));
        return views.page(request, null, status, "session/signin", model);
    }
}
