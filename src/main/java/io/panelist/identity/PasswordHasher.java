package io.panelist.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt at cost 10. A check against an unknown user still pays for one hash, so timing reveals nobody. */
@Singleton
public class PasswordHasher {
    private static final int COST = 10;
    // bcrypt reads 72 bytes at most; longer input is pre-hashed so every character counts and nothing throws
    private static final LongPasswordStrategy LONG_INPUT = LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A);
    private final String decoyHash = hash("the decoy password nobody has");

    String hash(String password) {
        return BCrypt.with(BCrypt.Version.VERSION_2A, LONG_INPUT).hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer(BCrypt.Version.VERSION_2A, LONG_INPUT).verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** Burns the same time as {@link #matches} for a user who does not exist. */
    public void spendDecoyCheck(String password) {
        matches(password, decoyHash);
    }
}
