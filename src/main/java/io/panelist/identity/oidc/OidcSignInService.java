package io.panelist.identity.oidc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.identity.Role;
import io.panelist.identity.session.BrowserSessions.SessionTokens;
import io.panelist.identity.session.SessionService.SignedInUser;
import io.panelist.identity.session.Sessions;
import io.panelist.shared.SecretTokens;
import jakarta.inject.Singleton;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sign-in through the company's OpenID provider: the authorization code flow with PKCE (S256). A sign-in starts
 * with a stored row (state, nonce and browser kept as hashes, the verifier as is) and a cookie in the browser; the
 * callback spends the row before anything else, so a state works once whatever the provider does with its codes.
 * What it ends in is a session of Panelist's own, as after a password.
 */
@Singleton
public class OidcSignInService {
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private final OidcSettings settings;
    private final OidcProvider provider;
    private final OidcSignInRepository signIns;
    private final OidcAccountRepository accounts;
    private final OidcUsers users;
    private final AccessRefreshTokenGenerator sessions;
    private final Clock clock;

    OidcSignInService(OidcSettings settings, OidcProvider provider, OidcSignInRepository signIns,
                      OidcAccountRepository accounts, OidcUsers users, AccessRefreshTokenGenerator sessions,
                      Clock clock) {
        this.settings = settings;
        this.provider = provider;
        this.signIns = signIns;
        this.accounts = accounts;
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Whether the sign-in page offers the provider. */
    public boolean enabled() {
        return settings.enabled();
    }

    public String providerName() {
        return settings.providerName();
    }

    /**
     * Starts a sign-in that comes back to {@code returnPath}: where to send the browser, and the token the browser
     * keeps in a cookie until the callback.
     *
     * @throws OidcSignInRefusedException when sign-in through a provider is not set up, or the provider cannot be reached
     */
    public Start begin(String returnPath) {
        requireEnabled();
        String state = SecretTokens.newToken();
        String nonce = SecretTokens.newToken();
        String verifier = SecretTokens.newToken();
        String browser = SecretTokens.newToken();
        URI authorization = provider.authorizationUrl(Map.of("state", state, "nonce", nonce,
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        Instant now = clock.instant();
        signIns.deleteExpired(now);
        signIns.save(new OidcSignIn(SecretTokens.hash(state), SecretTokens.hash(browser), SecretTokens.hash(nonce),
                verifier, returnPath, now, now.plus(LIFETIME), null));
        return new Start(authorization, browser);
    }

    /**
     * Completes the sign-in the callback belongs to: spends its state, checks that the same browser started it,
     * exchanges the code, checks the identity token, finds or makes the user with the roles their groups give,
     * and opens a session.
     *
     * @param browser the token from the browser's cookie, if it sent one
     * @throws OidcSignInRefusedException saying why, whenever any of that fails; no user is written then
     */
    public Completed complete(Callback callback, @Nullable String browser) {
        requireEnabled();
        OidcSignIn signIn = spend(callback.state());
        if (browser == null || !SecretTokens.hash(browser).equals(signIn.browserHash())) {
            throw OidcSignInRefusedException.otherBrowser();
        }
        if (callback.error() != null) {
            throw OidcSignInRefusedException.providerSaidNo(settings.providerName(), callback.error(),
                    callback.errorDescription());
        }
        if (callback.code() == null || callback.code().isBlank()) {
            throw OidcSignInRefusedException.noCode(settings.providerName());
        }
        String idToken = provider.exchange(callback.code(), signIn.codeVerifier());
        VerifiedIdentity who = provider.idTokenCheck().verify(idToken, signIn.nonceHash(), signIn.createdAt());
        Set<Role> roles = settings.roleMap().rolesFor(who.groups());
        if (roles.isEmpty()) {
            throw OidcSignInRefusedException.noMappedGroup(settings.providerName(), settings.roleMap().groups());
        }
        SignedInUser user = users.signIn(who, roles);
        UUID sessionId = UUID.randomUUID();
        AccessRefreshToken tokens = sessions.generate(Sessions.authentication(user, sessionId))
                .orElseThrow(() -> new IllegalStateException("no session tokens were generated"));
        return new Completed(SessionTokens.of(tokens, sessionId), signIn.returnPath());
    }

    /** Whether an active administrator signs in through the provider, so that passwords may be off for admins too. */
    @ReadOnly
    public boolean anyAdminSignsInThroughTheProvider() {
        return settings.enabled() && accounts.anyActiveAdmin();
    }

    /** Takes the sign-in this state belongs to, once; its own transaction, so that a later refusal keeps it spent. */
    private OidcSignIn spend(@Nullable String state) {
        if (state == null || !SecretTokens.looksLikeToken(state)) {
            throw OidcSignInRefusedException.unknownSignIn();
        }
        String stateHash = SecretTokens.hash(state);
        Instant now = clock.instant();
        OidcSignIn signIn = signIns.consume(stateHash, now);
        if (signIn == null) {
            throw signIns.existsById(stateHash) ? OidcSignInRefusedException.spentSignIn()
                    : OidcSignInRefusedException.unknownSignIn();
        }
        if (!now.isBefore(signIn.expiresAt())) {
            throw OidcSignInRefusedException.expiredSignIn();
        }
        return signIn;
    }

    private void requireEnabled() {
        if (!settings.enabled()) {
            throw OidcSignInRefusedException.notConfigured();
        }
    }

    /** PKCE's S256 (RFC 7636 4.2): base64url of the verifier's SHA-256, without padding. */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Where to send the browser to sign in, and the token its cookie keeps until it comes back. */
    public record Start(URI authorizationUrl, String browserToken) {
    }

    /** What the provider sent the browser back with. */
    public record Callback(@Nullable String state, @Nullable String code, @Nullable String error,
                           @Nullable String errorDescription) {
    }

    /** The new session, and the page to go back to. */
    public record Completed(SessionTokens tokens, String returnPath) {
    }
}
