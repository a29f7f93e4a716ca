package io.panelist.identity.apikey;

import io.micronaut.security.authentication.Authentication;
import io.panelist.identity.Role;
import io.panelist.shared.Actors;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who calls with an API key: the key itself (its id is the caller's name, so services record it as the actor), with
 * a recruiter's reach, which {@link ApiKeyScopeRule} bounds to the routes of its scopes.
 */
record ApiKeyCaller(UUID keyId, String name, List<String> scopes) {
    static final String SCOPES = "scopes";
    static final String KEY_NAME = "apiKeyName";

    ApiKeyCaller {
        scopes = List.copyOf(scopes);
    }

    Authentication authentication() {
        return Authentication.build(keyId.toString(), List.of(Role.RECRUITER.name()),
                Map.of(Actors.TYPE, Actors.API_KEY, SCOPES, scopes, KEY_NAME, name));
    }

    @SuppressWarnings("unchecked")
    static List<String> scopesOf(Authentication who) {
        Object scopes = who.getAttributes().get(SCOPES);
        return scopes instanceof List<?> list ? (List<String>) list : List.of();
    }
}
