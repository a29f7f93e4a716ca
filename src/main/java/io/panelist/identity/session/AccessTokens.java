package io.panelist.identity.session;

/** What tells Panelist's access tokens apart: their issuer, and the shape of a signed JWT. */
public final class AccessTokens {
    /** The {@code iss} of every access token: Micronaut sets it from {@code micronaut.application.name}. */
    public static final String ISSUER = "panelist";

    private AccessTokens() {
    }

    /** A compact JWS has three dot-separated parts; an API key ({@code pk_...}) has none and never passes as one. */
    static boolean couldBeOne(String token) {
        return !token.startsWith("pk_") && token.chars().filter(c -> c == '.').count() == 2;
    }
}
