package io.panelist.identity.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.identity.PasswordHasher;
import io.panelist.identity.Role;
import io.panelist.identity.User;
import io.panelist.identity.UserRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sign-in sessions. A session is a family of refresh tokens: the one issued at login and every one rotated from it.
 * Each refresh token works once; presenting a spent one again means it leaked, so the whole family is revoked.
 */
@Singleton
public class SessionService {
    private final UserRepository users;
    private final RefreshTokenRepository tokens;
    private final PasswordHasher passwords;
    private final Clock clock;
    private final Duration refreshTokenLifetime;

    SessionService(UserRepository users, RefreshTokenRepository tokens, PasswordHasher passwords, Clock clock,
                   @Value("${panelist.security.refresh-token-lifetime:30d}") Duration refreshTokenLifetime) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.clock = clock;
        this.refreshTokenLifetime = refreshTokenLifetime;
    }

    /** The user these credentials belong to, if they match an active user. Always costs one bcrypt check. */
    @ReadOnly
    public Optional<SignedInUser> verifyCredentials(String email, String password) {
        Optional<User> user = users.findByEmailIgnoreCase(email.trim());
        if (user.isEmpty()) {
            passwords.spendDecoyCheck(password);
            return Optional.empty();
        }
        boolean matches = passwords.matches(password, user.get().passwordHash());
        return matches && user.get().active() ? user.map(SignedInUser::of) : Optional.empty();
    }

    @Transactional
    void storeRefreshToken(UUID userId, UUID sessionId, String refreshToken) {
        Instant now = clock.instant();
        tokens.save(new RefreshToken(UUID.randomUUID(), userId, sessionId, hash(refreshToken), now,
                now.plus(refreshTokenLifetime), null, null));
    }

    /** Spends a refresh token. Runs in its own transaction so that a revocation for reuse sticks. */
    @Transactional
    Redemption redeem(String refreshToken) {
        Instant now = clock.instant();
        String tokenHash = hash(refreshToken);
        boolean spentNow = tokens.spend(tokenHash, now) == 1;
        Optional<RefreshToken> spent = tokens.findByTokenHash(tokenHash);
        if (!spentNow) {
            spent.filter(known -> known.usedAt() != null && known.revokedAt() == null)
                    .ifPresent(reused -> tokens.revokeFamily(reused.familyId(), now));
            return Redemption.refused();
        }
        Optional<User> user = users.findById(spent.get().userId()).filter(User::active);
        if (user.isEmpty()) {
            tokens.revokeFamily(spent.get().familyId(), now);
            return Redemption.refused();
        }
        return new Redemption(SignedInUser.of(user.get()), spent.get().familyId());
    }

    /** The session (refresh token family) a refresh token belongs to, whether spent, revoked or not. */
    @ReadOnly
    Optional<UUID> sessionOf(String refreshToken) {
        return tokens.findByTokenHash(hash(refreshToken)).map(RefreshToken::familyId);
    }

    /** Signs out one session, or every session of the user when {@code sessionId} is null. */
    @Transactional
    void endSessions(UUID userId, @Nullable UUID sessionId) {
        if (sessionId == null) {
            tokens.revokeAllOf(userId, clock.instant());
        } else {
            tokens.revokeFamily(sessionId, clock.instant());
        }
    }

    /** Signs out the session a refresh token belongs to, spent or not. */
    @Transactional
    void endSessionOf(String refreshToken) {
        tokens.findByTokenHash(hash(refreshToken)).ifPresent(known -> tokens.revokeFamily(known.familyId(), clock.instant()));
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public record SignedInUser(UUID id, String email, Set<Role> roles) {
        static SignedInUser of(User user) {
            return new SignedInUser(user.id(), user.email(), user.roleSet());
        }
    }

    record Redemption(@Nullable SignedInUser user, @Nullable UUID sessionId) {
        static Redemption refused() {
            return new Redemption(null, null);
        }

        boolean accepted() {
            return user != null;
        }
    }
}
