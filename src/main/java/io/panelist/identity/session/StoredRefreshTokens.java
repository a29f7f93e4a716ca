package io.panelist.identity.session;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.UUID;

/** Refresh tokens live in PostgreSQL (hashed), so every instance sees a revocation at once. */
@Singleton
class StoredRefreshTokens implements RefreshTokenPersistence {
    private final SessionService sessions;

    StoredRefreshTokens(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        Authentication authentication = event.getAuthentication();
        UUID sessionId = Sessions.sessionId(authentication);
        sessions.storeRefreshToken(UUID.fromString(authentication.getName()),
                sessionId == null ? UUID.randomUUID() : sessionId, event.getRefreshToken());
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        SessionService.Redemption redemption = sessions.redeem(refreshToken);
        if (!redemption.accepted()) {
            throw new InvalidRefreshTokenException();
        }
        return Publishers.just(Sessions.authentication(redemption.user(), redemption.sessionId()));
    }
}
