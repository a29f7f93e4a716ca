package io.panelist.shared;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.problem.PreconditionRequiredException;

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

    /**
     * The version a write of a versioned resource must name. Declare the header as required in the controller
     * ({@code @Header(HttpHeaders.IF_MATCH) String ifMatch}, not nullable): a request without it is then answered
     * 428 before the method runs, and the OpenAPI document lists it as required with its 412 and 428 answers. This
     * refuses what gets past the framework: an empty value or {@code *}, which would otherwise match any version.
     */
    public static OptionalLong required(@Nullable String ifMatch, String what) {
        OptionalLong version = parse(ifMatch);
        if (version.isEmpty()) {
            throw new PreconditionRequiredException(what);
        }
        return version;
    }
}
