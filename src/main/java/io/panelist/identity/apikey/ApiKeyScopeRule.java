package io.panelist.identity.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.panelist.shared.Actors;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Optional;

/**
 * Before any other rule: an API key reaches only the routes of its scopes ({@link ApiKeyRoutes}), and anything else
 * is a 403 that names the scope missing. Inside its scopes the usual rules decide, as for a recruiter.
 */
@Singleton
class ApiKeyScopeRule implements SecurityRule<HttpRequest<?>> {
    static final int ORDER = SecuredAnnotationRule.ORDER - 1000;

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication who) {
        if (request == null || who == null || !Actors.isApiKey(who)) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        String asked = request.getMethod() + " " + request.getPath();
        Optional<ApiKeyScope> needed = ApiKeyRoutes.scopeFor(request.getMethod(), request.getPath());
        if (needed.isEmpty()) {
            return Publishers.<SecurityRuleResult>just((Throwable) ApiKeyScopeException.unreachable(asked));
        }
        if (!ApiKeyCaller.scopesOf(who).contains(needed.get().wire())) {
            return Publishers.<SecurityRuleResult>just(
                    (Throwable) ApiKeyScopeException.missing(needed.get(), asked));
        }
        return Publishers.just(SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
