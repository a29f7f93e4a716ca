package io.panelist.shared;

import io.micronaut.core.annotation.Nullable;

import java.util.OptionalLong;

/** Versions travel as strong ETags: {@code "7"}. */
public final class ETags {
    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Matches no version: an {@code If-Match} we cannot read must fail the precondition, not skip it. */
    public static final long UNREADABLE = Long.MIN_VALUE;

    /** The version an {@code If-Match} header names; empty without one (or with {@code *}). */
    public static OptionalLong parse(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return OptionalLong.of(UNREADABLE);
        }
    }
}
