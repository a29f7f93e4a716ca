package io.panelist.identity.oidc;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** Who the provider says signed in, from an identity token that passed every check; the email is verified. */
record VerifiedIdentity(String issuer, String subject, String email, @Nullable String name, List<String> groups) {
    private static final int LONGEST_NAME = 120;

    VerifiedIdentity {
        groups = List.copyOf(groups);
    }

    /** The {@code name} claim, or else the email's local part: users always have a display name. */
    String displayName() {
        String cleaned = name == null ? "" : name.replaceAll("\\p{Cntrl}", " ").strip();
        if (cleaned.isEmpty()) {
            cleaned = email.substring(0, email.indexOf('@'));
        }
        return cleaned.length() <= LONGEST_NAME ? cleaned : cleaned.substring(0, LONGEST_NAME).strip();
    }
}
