package io.panelist.identity.apikey;

import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.SecretTokens;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * API keys: {@code pk_} and 32 random bytes (base64url), shown once when made; only their SHA-256 is stored, and a
 * key is found by it. Revoking keeps the row, so the audit events a key left keep naming it.
 */
@Singleton
public class ApiKeyService {
    static final String PREFIX = "pk_";
    /** A key is written to at most this often when it is used: last-used is to the minute. */
    static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);
    /** Keys are for rotation, not forever; this also keeps the instant within what PostgreSQL stores. */
    static final Duration LONGEST_LIFE = Duration.ofDays(3660);
    private static final Pattern SHAPE = Pattern.compile("pk_[A-Za-z0-9_-]{43}");

    private final ApiKeyRepository keys;
    private final AuditService audit;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, AuditService audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a key; the answer carries the key itself, which is not kept and never shown again. */
    @Transactional
    public CreatedApiKeyResponse createKey(UUID actorId, CreateApiKeyRequest request) {
        Instant now = clock.instant();
        if (!request.expiresAt().isAfter(now)) {
            throw InvalidInputException.badField("expiresAt", "must be in the future");
        }
        if (request.expiresAt().isAfter(now.plus(LONGEST_LIFE))) {
            throw InvalidInputException.badField("expiresAt", "must be within ten years");
        }
        String key = PREFIX + SecretTokens.newToken();
        ApiKey stored = keys.save(new ApiKey(UUID.randomUUID(), request.name().trim(), SecretTokens.hash(key),
                scopes(request.scopes()), actorId, now, request.expiresAt(), null, null));
        audit.record(actorId, "apikey.created", "api-key", stored.id(), Map.of("name", stored.name(),
                "scopes", stored.scopeList(), "expiresAt", stored.expiresAt().toString()));
        return CreatedApiKeyResponse.of(stored, key);
    }

    @ReadOnly
    public Page<ApiKeyResponse> keys(Paging paging) {
        return new Page<>(keys.page(paging.pageSize(), paging.offset()).stream().map(ApiKeyResponse::of).toList(),
                paging.pageNumber(), paging.pageSize(), keys.count());
    }

    /** Revokes a key from its next use on; revoking a revoked key changes nothing. */
    @Transactional
    public void revokeKey(UUID actorId, UUID id) {
        ApiKey key = keys.findForUpdate(id).orElseThrow(() -> new NotFoundException("API key", id));
        if (key.revokedAt() == null) {
            keys.revoke(id, clock.instant());
            audit.record(actorId, "apikey.revoked", "api-key", id, Map.of("name", key.name()));
        }
    }

    /**
     * The caller a key stands for; empty when it is no key of ours.
     *
     * @throws ApiKeyRefusedException when the key is revoked or expired
     */
    @Transactional
    Optional<ApiKeyCaller> authenticate(String key) {
        if (!looksLikeKey(key)) {
            return Optional.empty();
        }
        Optional<ApiKey> found = keys.findByKeyHash(SecretTokens.hash(key));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiKey known = found.get();
        Instant now = clock.instant();
        if (known.revokedAt() != null) {
            throw ApiKeyRefusedException.revoked();
        }
        if (!known.usableAt(now)) {
            throw ApiKeyRefusedException.expired(known.expiresAt());
        }
        Instant staleBefore = now.minus(USE_NOTED_EVERY);
        if (known.lastUsedAt() == null || !known.lastUsedAt().isAfter(staleBefore)) {
            keys.noteUse(known.id(), now, staleBefore);
        }
        return Optional.of(new ApiKeyCaller(known.id(), known.name(), known.scopeList()));
    }

    static boolean looksLikeKey(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    private static String[] scopes(List<String> wires) {
        List<String> scopes = new ArrayList<>();
        for (int i = 0; i < wires.size(); i++) {
            String wire = ApiKeyScope.parse("scopes[" + i + "]", wires.get(i).trim()).wire();
            if (!scopes.contains(wire)) {
                scopes.add(wire);
            }
        }
        return scopes.toArray(String[]::new);
    }
}
