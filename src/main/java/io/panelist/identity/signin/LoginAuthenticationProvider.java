package io.panelist.identity.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import io.panelist.identity.Role;
import io.panelist.identity.session.Sessions;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * {@code POST /login}: wrong password, unknown user and deactivated user all get the same 401; too many failures for
 * the account or from the address get a 429 with {@code Retry-After}.
 */
@Singleton
class LoginAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    private final CredentialCheck credentials;

    LoginAuthenticationProvider(CredentialCheck credentials) {
        this.credentials = credentials;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        if (credentials.getIdentity() == null || credentials.getSecret() == null) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        return this.credentials.verify(request, credentials.getIdentity(), credentials.getSecret())
                .map(user -> AuthenticationResponse.success(user.id().toString(),
                        user.roles().stream().map(Role::name).toList(),
                        Sessions.authentication(user, UUID.randomUUID()).getAttributes()))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
