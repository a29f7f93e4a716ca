package io.panelist.identity.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.security.token.validator.RefreshTokenValidator;
import io.panelist.identity.signin.CredentialCheck;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in for the web pages: the same credentials, sessions and rotating refresh tokens as {@code POST /login} and
 * {@code /oauth/access_token}; the pages keep the tokens in cookies instead of handing them to a client.
 */
@Singleton
public class BrowserSessions {
    private final SessionService sessions;
    private final CredentialCheck credentials;
    private final RotatingTokenGenerator generator;
    private final RefreshTokenValidator refreshTokens;

    BrowserSessions(SessionService sessions, CredentialCheck credentials, RotatingTokenGenerator generator,
                    RefreshTokenValidator refreshTokens) {
        this.sessions = sessions;
        this.credentials = credentials;
        this.generator = generator;
        this.refreshTokens = refreshTokens;
    }

    /**
     * A new session for these credentials; empty when they do not match an active user.
     *
     * @throws SignInThrottledException when too many attempts failed lately for the account or from the address
     */
    public Optional<SessionTokens> signIn(HttpRequest<?> request, String email, String password) {
        UUID sessionId = UUID.randomUUID();
        return credentials.verify(request, email, password)
                .flatMap(user -> generator.generate(Sessions.authentication(user, sessionId)))
                .map(tokens -> SessionTokens.of(tokens, sessionId));
    }

    /** Spends a refresh token for fresh tokens of the same session; a spent or revoked one ends the session. */
    public Optional<SessionTokens> renew(String refreshToken) {
        Optional<String> key = refreshTokens.validate(refreshToken);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        SessionService.Redemption redemption = sessions.redeem(key.get());
        if (!redemption.accepted()) {
            return Optional.empty();
        }
        Authentication authentication = Sessions.authentication(redemption.user(), redemption.sessionId());
        return generator.generate(refreshToken, authentication)
                .map(tokens -> SessionTokens.of(tokens, redemption.sessionId()));
    }

    /** Ends the session the access token names, or else the one the refresh token belongs to. */
    public void signOut(@Nullable Authentication who, @Nullable String refreshToken) {
        UUID sessionId = who == null ? null : Sessions.sessionId(who);
        if (sessionId != null) {
            sessions.endSessions(UUID.fromString(who.getName()), sessionId);
            return;
        }
        if (refreshToken != null) {
            refreshTokens.validate(refreshToken).ifPresent(sessions::endSessionOf);
        }
    }

    /** The session an authentication belongs to, which a page binds its CSRF token to. */
    public static Optional<UUID> sessionOf(Authentication who) {
        return Optional.ofNullable(Sessions.sessionId(who));
    }

    /**
     * The session a refresh token belongs to, spent or not, without spending it: the {@code /session} endpoints know
     * the browser's session by its refresh cookie alone once the access token has lapsed.
     */
    public Optional<UUID> sessionOfRefreshToken(String refreshToken) {
        return refreshTokens.validate(refreshToken).flatMap(sessions::sessionOf);
    }

    /** The tokens of a session, the session they belong to, and how long the access token lasts. */
    public record SessionTokens(String accessToken, String refreshToken, int expiresInSeconds, UUID sessionId) {
        public static SessionTokens of(AccessRefreshToken tokens, UUID sessionId) {
            return new SessionTokens(tokens.getAccessToken(), tokens.getRefreshToken(),
                    tokens.getExpiresIn() == null ? 0 : tokens.getExpiresIn(), sessionId);
        }
    }
}
