package io.panelist.shared;

import java.time.ZoneId;
import java.util.Set;

/** Display time zones are IANA region names ("Europe/Berlin"), never bare offsets. */
public final class TimeZones {
    private static final Set<String> IANA = ZoneId.getAvailableZoneIds();

    private TimeZones() {
    }

    public static boolean isIana(String name) {
        return name != null && (IANA.contains(name) || "UTC".equals(name));
    }

    /** The named zone, or the fallback when the name is missing or not an IANA region. */
    public static ZoneId orElse(String name, ZoneId fallback) {
        return isIana(name) ? ZoneId.of(name) : fallback;
    }

    /** The named zone, or UTC. */
    public static ZoneId orUtc(String name) {
        return orElse(name, ZoneId.of("UTC"));
    }
}
