package io.panelist.audit;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.problem.InvalidInputException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What the audit log is narrowed to; null: not filtered on. {@code action} is an exact action or, ending in a dot, a
 * prefix ({@code candidate.}). The time range is half open: {@code from} inclusive, {@code to} exclusive.
 */
public record AuditFilter(@Nullable String entityType, @Nullable UUID entityId, @Nullable UUID actorId,
                          @Nullable String action, @Nullable Instant from, @Nullable Instant to) {
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        // a day's "to" ends with the day, so "from" a later day starts exactly where it ends: refused as well
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidInputException.badField("from", "must be before to");
        }
    }

    boolean actionIsPrefix() {
        return action != null && action.endsWith(".");
    }

    /**
     * The filter as query parameters give it: blank means none. {@code from} and {@code to} are ISO instants
     * ({@code 2026-03-01T09:00:00Z}, an offset instead of Z is fine) or dates in {@code zone}: {@code from=2026-03-01}
     * starts at that day's midnight, {@code to=2026-03-01} ends with that day (before the next midnight).
     */
    public static AuditFilter of(@Nullable String entityType, @Nullable String entityId, @Nullable String actorId,
                                 @Nullable String action, @Nullable String from, @Nullable String to, ZoneId zone) {
        String wanted = blankless(action);
        if (wanted != null && !AuditActions.accepts(wanted)) {
            throw InvalidInputException.badField("action", "is not an action Panelist records; use one such as "
                    + "candidate.erased, or a prefix such as candidate.");
        }
        return new AuditFilter(blankless(entityType), uuid("entityId", entityId), uuid("actorId", actorId), wanted,
                time("from", from, zone, false), time("to", to, zone, true));
    }

    @Nullable
    private static UUID uuid(String field, @Nullable String text) {
        String id = blankless(text);
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badField(field,
                    "must be a whole id such as 3f2b8c1e-5d4a-4b6f-9e21-0c7d8a9b1f30");
        }
    }

    @Nullable
    private static Instant time(String field, @Nullable String text, ZoneId zone, boolean end) {
        String value = blankless(text);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw InvalidInputException.badField(field,
                    "must be a date such as 2026-03-01 or an instant such as 2026-03-01T09:00:00Z");
        }
    }

    @Nullable
    private static String blankless(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
