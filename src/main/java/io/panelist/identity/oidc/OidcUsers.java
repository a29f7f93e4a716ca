package io.panelist.identity.oidc;

import io.panelist.audit.AuditService;
import io.panelist.identity.IdentityService;
import io.panelist.identity.LastAdminException;
import io.panelist.identity.Role;
import io.panelist.identity.UpdateUserRequest;
import io.panelist.identity.UserSummary;
import io.panelist.identity.session.SessionService.SignedInUser;
import io.panelist.shared.SecretTokens;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The Panelist user a verified identity signs in as: the one linked to the provider account; else the one with its
 * email, now linked; else a new one. Roles follow the provider's groups at every sign-in. User writes go through
 * {@link IdentityService}, so they are validated and audited as an administrator's are; all or nothing.
 */
@Singleton
class OidcUsers {
    private final IdentityService identity;
    private final OidcAccountRepository accounts;
    private final AuditService audit;
    private final OidcSettings settings;
    private final Clock clock;

    OidcUsers(IdentityService identity, OidcAccountRepository accounts, AuditService audit, OidcSettings settings,
              Clock clock) {
        this.identity = identity;
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    SignedInUser signIn(VerifiedIdentity who, Set<Role> roles) {
        UserSummary user = accounts.findByIssuerAndSubject(who.issuer(), who.subject())
                .flatMap(account -> identity.userSummary(account.userId()))
                .orElseGet(() -> linkByEmail(who, roles));
        if (!user.active()) {
            throw OidcSignInRefusedException.deactivated();
        }
        if (!user.roles().equals(roles)) {
            renewRoles(user, roles);
        }
        return new SignedInUser(user.id(), user.email(), roles);
    }

    private UserSummary linkByEmail(VerifiedIdentity who, Set<Role> roles) {
        // a user nobody can sign in as with a password: the password is random and never shown
        identity.ensureUser(who.email(), who.displayName(), SecretTokens.newToken(), roles);
        UserSummary user = identity.userByEmail(who.email()).orElseThrow();
        accounts.link(user.id(), who.issuer(), who.subject(), clock.instant());
        audit.record(user.id(), "user.provider-linked", "user", user.id(),
                Map.of("issuer", who.issuer(), "subject", who.subject()));
        return user;
    }

    private void renewRoles(UserSummary user, Set<Role> roles) {
        try {
            identity.updateUser(user.id(), user.id(), OptionalLong.empty(), new UpdateUserRequest(user.email(),
                    user.displayName(), roles, true, user.timeZone(), user.weeklyInterviewLimit()));
        } catch (LastAdminException e) {
            throw OidcSignInRefusedException.lastAdmin(settings.providerName());
        }
    }
}
