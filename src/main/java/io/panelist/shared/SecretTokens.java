package io.panelist.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Secret tokens that stand in for a sign-in in a link (a calendar feed, a self-scheduling page): 32 random bytes,
 * base64url without padding (43 characters, 256 bits). Only their SHA-256 is stored, so a copy of the database opens
 * nothing; a token is looked up by its hash.
 */
public final class SecretTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private SecretTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a token at all: anything else is unknown without asking the database. */
    public static boolean looksLikeToken(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** The SHA-256 of the token, as 64 lower-case hex digits: what the database keeps. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
