package io.panelist.identity.session;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.validator.TokenValidator;
import io.panelist.identity.standing.Standings;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * Panelist's own access tokens, from the Authorization header or the page cookie. Beyond Micronaut's checks (the
 * pinned HS256 signature, not expired) a token must carry {@code exp} and Panelist's {@code iss}, and not be used
 * before its {@code nbf}; then its user must still be active, and only the roles they still hold count
 * ({@link Standings}). Micronaut's own reactive token validator is switched off in application.yml, since it would
 * accept the token without these checks.
 * <p>
 * The issuer is checked here rather than by Micronaut's configurable issuer check, because that one applies to every
 * JWT validated, ID tokens of an OpenID provider included.
 */
@Singleton
class AccessTokenValidator implements TokenValidator<HttpRequest<?>> {
    /** Leeway for another instance's clock running a little ahead when it issued the token. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final List<String> STATIC_RESOURCES = List.of("/assets/", "/webjars/", "/swagger/", "/swagger-ui/");
    /**
     * Micronaut stamps {@code iat}, {@code nbf} and {@code exp} from the system clock and checks {@code exp} against
     * it, so {@code nbf} is checked against the same clock, not the application's (which tests may hold still).
     */
    private static final Clock TOKEN_CLOCK = Clock.systemUTC();
    private final JsonWebTokenValidator<JWT, HttpRequest<?>> jwts;
    private final JwtAuthenticationFactory authentications;
    private final Standings standings;
    private final Executor blocking;

    AccessTokenValidator(JsonWebTokenValidator<JWT, HttpRequest<?>> jwts, JwtAuthenticationFactory authentications,
                         Standings standings, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.jwts = jwts;
        this.authentications = authentications;
        this.standings = standings;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
        if (!AccessTokens.couldBeOne(token)) {
            return Publishers.empty();
        }
        Optional<Authentication> signed = jwts.validate(token, request)
                .filter(this::claimsHold)
                .flatMap(authentications::createAuthentication);
        if (signed.isEmpty()) {
            return Publishers.empty();
        }
        if (request != null && isStaticResource(request.getPath())) {
            // stylesheets and scripts answer everyone alike: a page's dozen of them read no database
            return Publishers.just(signed.get());
        }
        // the answer comes on the standings' reader thread: the request goes on where it came from
        Executor goOn = request instanceof NettyHttpRequest<?> netty
                ? netty.getChannelHandlerContext().channel().eventLoop() : blocking;
        CompletableFuture<Authentication> current = new CompletableFuture<>();
        standings.current(signed.get()).whenCompleteAsync((standing, failure) -> {
            if (failure == null) {
                current.complete(standing.orElse(null));
            } else {
                current.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        }, goOn);
        return Publishers.fromCompletableFuture(current);
    }

    /** The static resources of application.yml, open to anyone. */
    static boolean isStaticResource(String path) {
        return !path.contains("..") && STATIC_RESOURCES.stream().anyMatch(path::startsWith);
    }

    private boolean claimsHold(JWT jwt) {
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = TOKEN_CLOCK.instant();
            Date notBefore = claims.getNotBeforeTime();
            return claims.getExpirationTime() != null
                    && AccessTokens.ISSUER.equals(claims.getIssuer())
                    && (notBefore == null || !notBefore.toInstant().isAfter(now.plus(CLOCK_SKEW)));
        } catch (ParseException e) {
            return false;
        }
    }
}
