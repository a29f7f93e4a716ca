package io.panelist.web.session;

import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import io.panelist.identity.IdentityService;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.problem.Problem;
import io.panelist.web.Pages;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A refusal on a page is shown as a page: the same problem document the API answers, in plain words, with its
 * status. Fragments that htmx asked for get the message alone.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PageErrorFilter implements Ordered {
    private final ViewsRendererLocator renderers;
    private final IdentityService identity;
    private final CsrfTokens csrf;

    PageErrorFilter(ViewsRendererLocator renderers, IdentityService identity, CsrfTokens csrf) {
        this.renderers = renderers;
        this.identity = identity;
        this.csrf = csrf;
    }

    /** Outermost but for the headers, so that refusals made by other filters (CSRF, security) become pages too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    @SuppressWarnings({"unchecked", "rawtypes"})
    void renderAsPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || !Pages.isPageRequest(request)) {
            return;
        }
        Optional<Problem> problem = response.getBody(Problem.class);
        if (problem.isEmpty()) {
            return;
        }
        String view = Pages.isFragmentRequest(request) ? "fragments/problem" : "error";
        Map<String, Object> model = new HashMap<>();
        model.put("problem", problem.get());
        model.put("headline", headline(problem.get().status()));
        // the layout's header: who is signed in (unless the database is what failed: it would only fail again, slowly),
        // and the sign-out form with the session's token
        if (response.code() != HttpStatus.SERVICE_UNAVAILABLE.getCode()) {
            request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                    .ifPresent(who -> model.put("me", identity.me(CurrentUser.id(who))));
        }
        model.put("csrfToken", csrf.forPage(request, response));
        Optional<ViewsRenderer> renderer = renderers.resolveViewsRenderer(view, MediaType.TEXT_HTML, model);
        if (renderer.isPresent()) {
            Writable page = renderer.get().render(view, model, request);
            ((MutableHttpResponse) response).body(page);
            response.contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8");
        }
    }

    private static String headline(int status) {
        return switch (status) {
            case 404 -> "Nothing here";
            case 403 -> "Not yours to see";
            case 401 -> "Please sign in";
            case 409, 412 -> "Changed in the meantime";
            case 503 -> "Panelist cannot reach its database";
            default -> status >= 500 ? "Something went wrong" : "That did not work";
        };
    }
}
