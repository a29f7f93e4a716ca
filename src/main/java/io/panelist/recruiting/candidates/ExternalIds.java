package io.panelist.recruiting.candidates;

import io.micronaut.core.annotation.Nullable;

/**
 * The ids other systems give candidates and applications: optional, unique per kind, at most 200 characters, taken
 * as given but for surrounding blanks (V33 holds the same rules).
 */
public final class ExternalIds {
    public static final int MAX_LENGTH = 200;
    /** No control characters: an id travels in paths, CSV cells and logs (and PostgreSQL stores no NUL). */
    public static final String PATTERN = "[^\\p{Cntrl}]*";
    public static final String PATTERN_MESSAGE = "must have no control characters";

    private ExternalIds() {
    }

    /** The id as stored: without surrounding blanks; a blank one is none. */
    @Nullable
    public static String normalized(@Nullable String externalId) {
        if (externalId == null) {
            return null;
        }
        String stripped = externalId.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Whether a database refusal came from this constraint (its name is in the driver's message). */
    public static boolean refusedBy(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
