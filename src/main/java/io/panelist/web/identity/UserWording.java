package io.panelist.web.identity;

import io.micronaut.core.annotation.Nullable;
import io.panelist.identity.Role;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The words and dates the admin pages show. */
public final class UserWording {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);
    /** Region names people pick from (Europe/Berlin), without the legacy aliases. */
    public static final List<String> TIME_ZONES = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")
                    && Character.isUpperCase(z.charAt(0)) && !z.startsWith("US/") && !z.startsWith("Canada/")
                    && !z.startsWith("Brazil/") && !z.startsWith("Chile/") && !z.startsWith("Mexico/"))
            .sorted()).toList();

    private UserWording() {
    }

    static String role(Role role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case RECRUITER -> "Recruiter";
            case INTERVIEWER -> "Interviewer";
            case HIRING_MANAGER -> "Hiring manager";
        };
    }

    public static String when(Instant at, String zone) {
        return WHEN.format(at.atZone(ZoneId.of(zone)));
    }

    static String limit(@Nullable Integer weeklyLimit) {
        return weeklyLimit == null ? "No limit" : weeklyLimit + " a week";
    }
}
