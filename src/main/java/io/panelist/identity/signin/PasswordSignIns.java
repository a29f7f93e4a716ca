package io.panelist.identity.signin;

import io.panelist.identity.Role;
import io.panelist.identity.oidc.OidcSettings;
import io.panelist.identity.oidc.OidcSignInService;
import io.panelist.identity.session.SessionService.SignedInUser;
import jakarta.inject.Singleton;

/**
 * Who may still sign in with a password once {@code PANELIST_PASSWORD_LOGIN=false}: administrators, until an
 * active administrator signs in through the provider. Until then an operator who turns passwords off cannot lock
 * every administrator out.
 */
@Singleton
class PasswordSignIns {
    private final OidcSettings settings;
    private final OidcSignInService oidc;

    PasswordSignIns(OidcSettings settings, OidcSignInService oidc) {
        this.settings = settings;
        this.oidc = oidc;
    }

    /** @throws PasswordSignInOffException when passwords do not sign this user in */
    void check(SignedInUser user) {
        if (settings.passwordLogin()) {
            return;
        }
        if (user.roles().contains(Role.ADMIN) && !oidc.anyAdminSignsInThroughTheProvider()) {
            return;
        }
        throw new PasswordSignInOffException(settings.providerName());
    }
}
