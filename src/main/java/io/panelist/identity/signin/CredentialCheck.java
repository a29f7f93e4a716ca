package io.panelist.identity.signin;

import io.micronaut.http.HttpRequest;
import io.panelist.identity.session.SessionService;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The one way both sign-in paths ({@code POST /login} and the sign-in page) check a password: only while neither
 * the account nor the client address has used up its failed attempts.
 */
@Singleton
public class CredentialCheck {
    private final SessionService sessions;
    private final LoginThrottle throttle;
    private final ClientAddresses addresses;
    private final PasswordSignIns passwordSignIns;

    CredentialCheck(SessionService sessions, LoginThrottle throttle, ClientAddresses addresses,
                    PasswordSignIns passwordSignIns) {
        this.sessions = sessions;
        this.throttle = throttle;
        this.addresses = addresses;
        this.passwordSignIns = passwordSignIns;
    }

    /**
     * @throws SignInThrottledException when too many attempts failed lately, even if these credentials match
     * @throws PasswordSignInOffException when they match, but passwords are off for this user
     */
    public Optional<SessionService.SignedInUser> verify(HttpRequest<?> request, String email, String password) {
        LoginThrottle.Attempt attempt = throttle.begin(email, addresses.of(request));
        Optional<SessionService.SignedInUser> user = sessions.verifyCredentials(email, password);
        if (user.isPresent()) {
            passwordSignIns.check(user.get());
            throttle.succeeded(attempt);
        }
        return user;
    }
}
