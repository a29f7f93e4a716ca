package io.panelist.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.identity.profile.ChangePasswordRequest;
import io.panelist.identity.profile.MeResponse;
import io.panelist.identity.profile.UpdateMeRequest;
import io.panelist.identity.profile.WrongPasswordException;
import io.panelist.identity.session.RefreshTokenRepository;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.problem.StaleVersionException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** Users and their own profiles. Every write leaves an audit event in the same transaction. */
@Singleton
public class IdentityService {
    static final String DEFAULT_TIME_ZONE = "UTC";
    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher passwords;
    private final AuditService audit;
    private final Clock clock;

    IdentityService(UserRepository users, RefreshTokenRepository refreshTokens, PasswordHasher passwords,
                    AuditService audit, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a user; the email must be new regardless of case. */
    @Transactional
    public UserResponse createUser(@Nullable UUID actorId, CreateUserRequest request) {
        if (users.findByEmailIgnoreCase(request.email()).isPresent()) {
            throw new EmailTakenException(request.email());
        }
        Instant now = clock.instant();
        User user = users.save(new User(UUID.randomUUID(), request.email().trim(), request.displayName().trim(),
                passwords.hash(request.password()), User.roleNames(request.roles()), true,
                orDefault(request.timeZone()), request.weeklyInterviewLimit(), 0, now, now));
        audit.record(actorId, "user.created", "user", user.id(),
                Map.of("email", user.email(), "roles", user.roleSet()));
        return UserResponse.of(user);
    }

    /** Replaces a user's administrative fields; deactivating ends their sessions. */
    @Transactional
    public UserResponse updateUser(UUID actorId, UUID userId, OptionalLong expectedVersion, UpdateUserRequest request) {
        User current = users.findForUpdate(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            throw new StaleVersionException("User " + userId, current.version());
        }
        if (users.emailTakenByOther(request.email(), userId)) {
            throw new EmailTakenException(request.email());
        }
        boolean active = request.active() == null || request.active();
        boolean staysAdmin = active && request.roles().contains(Role.ADMIN);
        if (!staysAdmin && current.roleSet().contains(Role.ADMIN) && users.countActiveAdminsExcept(userId) == 0) {
            throw new LastAdminException();
        }
        Instant now = clock.instant();
        User updated = update(current.withAdministrativeFields(request.email().trim(), request.displayName().trim(),
                request.roles(), active, orDefault(request.timeZone()), request.weeklyInterviewLimit(), now));
        if (!active) {
            refreshTokens.revokeAllOf(userId, now);
        }
        audit.record(actorId, "user.updated", "user", userId, Map.of("email", updated.email(),
                "roles", updated.roleSet(), "active", updated.active()));
        return UserResponse.of(updated);
    }

    @ReadOnly
    public UserResponse getUser(UUID userId) {
        return users.findById(userId).map(UserResponse::of).orElseThrow(() -> new NotFoundException("User", userId));
    }

    @ReadOnly
    public Page<UserResponse> listUsers(@Nullable String q, @Nullable Role role, @Nullable Boolean active,
                                        Paging paging) {
        String text = q == null || q.isBlank() ? null : q.trim();
        String roleName = role == null ? null : role.name();
        return new Page<>(users.search(text, roleName, active, paging.pageSize(), paging.offset()).stream()
                .map(UserResponse::of).toList(), paging.pageNumber(), paging.pageSize(),
                users.countSearch(text, roleName, active));
    }

    @ReadOnly
    public MeResponse me(UUID userId) {
        return users.findById(userId).map(MeResponse::of).orElseThrow(() -> new NotFoundException("User", userId));
    }

    @Transactional
    public MeResponse updateMe(UUID userId, OptionalLong expectedVersion, UpdateMeRequest request) {
        User current = users.findForUpdate(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            throw new StaleVersionException("Your profile", current.version());
        }
        User updated = update(current.withProfile(request.displayName().trim(), request.timeZone(), clock.instant()));
        audit.record(userId, "user.profile-updated", "user", userId,
                Map.of("displayName", updated.displayName(), "timeZone", updated.timeZone()));
        return MeResponse.of(updated);
    }

    /**
     * Sets a user's weekly interview limit (null: no limit), the one value that their availability's
     * {@code weeklyLimit} also is. Always takes the user's row lock, so that writers of the limit queue on it;
     * writes and audits only a change. Returns whether the limit changed.
     */
    @Transactional
    public boolean setWeeklyInterviewLimit(UUID actorId, UUID userId, @Nullable Integer limit) {
        User current = users.findForUpdate(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (Objects.equals(current.weeklyInterviewLimit(), limit)) {
            return false;
        }
        update(current.withWeeklyInterviewLimit(limit, clock.instant()));
        audit.record(actorId, "user.weekly-limit-changed", "user", userId, Collections.singletonMap(
                "weeklyInterviewLimit", limit));
        return true;
    }

    /** Changes one's own password and signs out every other session of theirs. */
    @Transactional
    public void changePassword(UUID userId, @Nullable UUID currentSession, ChangePasswordRequest request) {
        User current = users.findForUpdate(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (!passwords.matches(request.currentPassword(), current.passwordHash())) {
            throw new WrongPasswordException();
        }
        Instant now = clock.instant();
        update(current.withPasswordHash(passwords.hash(request.newPassword()), now));
        if (currentSession == null) {
            refreshTokens.revokeAllOf(userId, now);
        } else {
            refreshTokens.revokeAllOfExcept(userId, currentSession, now);
        }
        audit.record(userId, "user.password-changed", "user", userId, Map.of());
    }

    /** Adds the user when no user has this email yet; never touches an existing one. Returns whether it added. */
    @Transactional
    public boolean ensureUser(String email, String displayName, String password, Set<Role> roles) {
        if (users.findByEmailIgnoreCase(email).isPresent()) {
            return false;
        }
        UUID id = UUID.randomUUID();
        boolean added = users.insertIfAbsent(id, email, displayName, passwords.hash(password), User.roleNames(roles),
                DEFAULT_TIME_ZONE) == 1;
        if (added) {
            audit.record(null, "user.created", "user", id, Map.of("email", email, "roles", roles));
        }
        return added;
    }

    /** Name, roles and state of users, for other features to check and show them; unknown ids are left out. */
    @ReadOnly
    public Map<UUID, UserSummary> userSummaries(java.util.Collection<UUID> ids) {
        Map<UUID, UserSummary> summaries = new java.util.HashMap<>();
        users.findByIdIn(ids).forEach(user -> summaries.put(user.id(), UserSummary.of(user)));
        return summaries;
    }

    @ReadOnly
    public java.util.Optional<UserSummary> userSummary(UUID id) {
        return users.findById(id).map(UserSummary::of);
    }

    @ReadOnly
    public java.util.Optional<UserSummary> userByEmail(String email) {
        return users.findByEmailIgnoreCase(email).map(UserSummary::of);
    }

    @ReadOnly
    public boolean anyUserExists() {
        return users.anyExists();
    }

    private User update(User user) {
        try {
            return users.update(user);
        } catch (OptimisticLockException e) {
            long version = users.findById(user.id()).map(User::version).orElse(user.version());
            throw new StaleVersionException("User " + user.id(), version);
        }
    }

    private static String orDefault(@Nullable String timeZone) {
        return timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
    }
}
