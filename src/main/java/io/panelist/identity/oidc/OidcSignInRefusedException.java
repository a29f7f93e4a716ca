package io.panelist.identity.oidc;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

import java.util.Collection;

/**
 * A sign-in through the provider that Panelist refuses, with what a person needs to know to get further. These are
 * browser flows: the page shows the detail. Nothing about the user is written when one is thrown.
 */
public final class OidcSignInRefusedException extends PanelistException {
    private static final String START_AGAIN = " Start again from the sign-in page.";

    private OidcSignInRefusedException(HttpStatus status, String type, String detail) {
        super(status, type, detail);
    }

    static OidcSignInRefusedException notConfigured() {
        return new OidcSignInRefusedException(HttpStatus.NOT_FOUND, "oidc-not-configured",
                "Panelist is not set up to sign in through an identity provider.");
    }

    static OidcSignInRefusedException providerUnreachable(String provider) {
        return new OidcSignInRefusedException(HttpStatus.BAD_GATEWAY, "oidc-provider-unreachable",
                "Panelist could not talk to " + provider + ". Try again in a moment; if it keeps failing, tell your"
                        + " administrator.");
    }

    static OidcSignInRefusedException unknownSignIn() {
        return new OidcSignInRefusedException(HttpStatus.BAD_REQUEST, "oidc-unknown-sign-in",
                "This sign-in is unknown to Panelist: its state does not match any sign-in started here." + START_AGAIN);
    }

    static OidcSignInRefusedException spentSignIn() {
        return new OidcSignInRefusedException(HttpStatus.BAD_REQUEST, "oidc-sign-in-used",
                "This sign-in was already used: each one works once." + START_AGAIN);
    }

    static OidcSignInRefusedException expiredSignIn() {
        return new OidcSignInRefusedException(HttpStatus.BAD_REQUEST, "oidc-sign-in-expired",
                "This sign-in took more than 10 minutes and expired." + START_AGAIN);
    }

    static OidcSignInRefusedException otherBrowser() {
        return new OidcSignInRefusedException(HttpStatus.BAD_REQUEST, "oidc-other-browser",
                "This sign-in was started in another browser (or its cookie was removed)." + START_AGAIN);
    }

    static OidcSignInRefusedException providerSaidNo(String provider, String error, String description) {
        String why = description == null || description.isBlank() ? error : error + ": " + description;
        return new OidcSignInRefusedException(HttpStatus.UNAUTHORIZED, "oidc-provider-refused",
                provider + " did not sign you in (" + shorten(why) + ")." + START_AGAIN);
    }

    static OidcSignInRefusedException noCode(String provider) {
        return new OidcSignInRefusedException(HttpStatus.BAD_REQUEST, "oidc-no-code",
                provider + " sent you back without a sign-in code." + START_AGAIN);
    }

    static OidcSignInRefusedException codeRefused(String provider, String error) {
        return new OidcSignInRefusedException(HttpStatus.UNAUTHORIZED, "oidc-code-refused",
                provider + " would not exchange the sign-in code for an identity (" + shorten(error) + ")." + START_AGAIN);
    }

    /** The identity token failed a check; {@code why} says which, in plain words. */
    static OidcSignInRefusedException badIdToken(String type, String why) {
        return new OidcSignInRefusedException(HttpStatus.UNAUTHORIZED, type,
                "Panelist did not accept the identity it received: " + why);
    }

    static OidcSignInRefusedException emailNotVerified(String provider, String email) {
        return new OidcSignInRefusedException(HttpStatus.FORBIDDEN, "oidc-email-not-verified",
                provider + " has not verified your email address " + shorten(email) + ", and Panelist signs people in"
                        + " by a verified email only. Verify it with " + provider + ", then sign in again.");
    }

    static OidcSignInRefusedException noMappedGroup(String provider, Collection<String> mapped) {
        return new OidcSignInRefusedException(HttpStatus.FORBIDDEN, "oidc-no-role",
                "Your account at " + provider + " is in none of the groups that give a role in Panelist ("
                        + String.join(", ", mapped) + "), so you cannot sign in. Ask your administrator to add you to"
                        + " one of them.");
    }

    static OidcSignInRefusedException deactivated() {
        return new OidcSignInRefusedException(HttpStatus.FORBIDDEN, "oidc-user-deactivated",
                "Your Panelist account is deactivated. Ask an administrator to reactivate it.");
    }

    static OidcSignInRefusedException lastAdmin(String provider) {
        return new OidcSignInRefusedException(HttpStatus.CONFLICT, "oidc-last-admin",
                "You are Panelist's last active administrator, and " + provider + " no longer puts you in an"
                        + " administrators' group. Make someone else an administrator first, or restore your group.");
    }

    /** Text from the provider or a token is shown on the page; a bounded amount of it. */
    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
