package io.panelist.notifications.settings;

import io.micronaut.context.annotation.Value;
import io.panelist.shared.PublicUrl;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * One-click unsubscribe links (RFC 8058): {@code /unsubscribe/<user and kind>.<HMAC>}. The link itself is the
 * authority, as a mail client posting to it carries no session; its HMAC, under a key derived from the signing
 * secret, makes it impossible to forge for another user or kind. It never expires: an old mail's link still works.
 */
@Singleton
public class UnsubscribeLinks {
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private final SecretKeySpec key;
    private final PublicUrl publicUrl;

    UnsubscribeLinks(@Value("${panelist.jwt.secret}") String secret, PublicUrl publicUrl) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                "panelist unsubscribe links".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        this.publicUrl = publicUrl;
    }

    /** Who turns what off, as a link names it. */
    public record Unsubscribe(UUID userId, OptionalMail kind) {
    }

    /** The absolute link that turns {@code kind} off for the user. */
    public String link(UUID userId, OptionalMail kind) {
        return publicUrl.to("/unsubscribe/" + token(userId, kind));
    }

    String token(UUID userId, OptionalMail kind) {
        byte[] subject = subject(userId, kind);
        return ENCODER.encodeToString(subject) + "." + ENCODER.encodeToString(mac(subject));
    }

    /** What a token stands for; empty for anything not made by {@link #link} with this key. */
    public Optional<Unsubscribe> read(String token) {
        int dot = token.indexOf('.');
        if (dot < 0 || token.length() > 100) {
            return Optional.empty();
        }
        try {
            byte[] subject = DECODER.decode(token.substring(0, dot));
            byte[] mac = DECODER.decode(token.substring(dot + 1));
            if (subject.length != 17 || !MessageDigest.isEqual(mac, mac(subject))) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(subject);
            UUID userId = new UUID(buffer.getLong(), buffer.getLong());
            return OptionalMail.ofCode(String.valueOf((char) buffer.get())).map(kind -> new Unsubscribe(userId, kind));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] subject(UUID userId, OptionalMail kind) {
        return ByteBuffer.allocate(17).putLong(userId.getMostSignificantBits())
                .putLong(userId.getLeastSignificantBits()).put((byte) kind.code.charAt(0)).array();
    }

    private byte[] mac(byte[] subject) {
        return Arrays.copyOf(hmac(key, subject), MAC_BYTES);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
