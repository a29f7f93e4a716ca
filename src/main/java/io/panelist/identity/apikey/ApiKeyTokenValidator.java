package io.panelist.identity.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Authenticates {@code Authorization: Bearer pk_...}. Only from that header: a key in the page cookie opens nothing,
 * and nothing but a key ({@code pk_} and 43 base64url characters) is looked up, so a JWT never passes as a key.
 */
@Singleton
class ApiKeyTokenValidator implements TokenValidator<HttpRequest<?>> {
    private static final String BEARER = "Bearer ";
    private final ApiKeyService keys;
    private final ExecutorService blocking;

    ApiKeyTokenValidator(ApiKeyService keys, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.keys = keys;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
        if (!ApiKeyService.looksLikeKey(token) || request == null || !sentAsBearer(token, request)) {
            return Publishers.empty();
        }
        CompletableFuture<Authentication> caller = new CompletableFuture<>();
        blocking.execute(() -> {
            try {
                caller.complete(keys.authenticate(token).map(ApiKeyCaller::authentication).orElse(null));
            } catch (RuntimeException e) {
                caller.completeExceptionally(e);
            }
        });
        return Publishers.fromCompletableFuture(caller);
    }

    private static boolean sentAsBearer(String token, HttpRequest<?> request) {
        return request.getHeaders().getAuthorization()
                .filter(header -> header.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(header -> header.substring(BEARER.length()).trim().equals(token))
                .orElse(false);
    }
}
