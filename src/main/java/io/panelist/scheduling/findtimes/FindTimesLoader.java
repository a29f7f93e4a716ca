package io.panelist.scheduling.findtimes;

import io.panelist.scheduling.availability.Availability;
import io.panelist.scheduling.availability.AvailabilityReader;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads what find-times needs for the whole pool in a constant number of statements, whatever its size: who may sit
 * on a panel, their availability (three statements of {@link AvailabilityReader}), their live interviews, the
 * candidate's live interviews and the pool's QUALIFIED topics of the stage.
 */
@Singleton
class FindTimesLoader {
    private static final String POOL = """
        SELECT id, active AND roles && ARRAY['INTERVIEWER', 'HIRING_MANAGER']::text[]
          FROM users
         WHERE (active AND roles && ARRAY['INTERVIEWER', 'HIRING_MANAGER']::text[]) OR id = ANY(?)
         ORDER BY id
        """;
    private static final String PANEL_INTERVIEWS = """
        SELECT user_id, lower(during), upper(during) FROM interview_panelists
         WHERE live AND user_id = ANY(?) AND during && tstzrange(?, ?, '[)')
        """;
    private static final String CANDIDATE_INTERVIEWS = """
        SELECT starts_at, ends_at FROM interviews
         WHERE candidate_id = ? AND status <> 'CANCELLED'
           AND tstzrange(starts_at, ends_at, '[)') && tstzrange(?, ?, '[)')
        """;
    private static final String QUALIFIED = """
        SELECT user_id, topic_id FROM interviewer_qualifications
         WHERE level = 'QUALIFIED' AND user_id = ANY(?) AND topic_id = ANY(?)
        """;
    private final Jdbc jdbc;
    private final AvailabilityReader availability;

    FindTimesLoader(Jdbc jdbc, AvailabilityReader availability) {
        this.jdbc = jdbc;
        this.availability = availability;
    }

    /**
     * The people who may sit on a panel (active, with the role INTERVIEWER or HIRING_MANAGER), and of the ids asked
     * about, whether each is one of them; an id that is no user is absent.
     */
    Map<UUID, Boolean> eligibility(List<UUID> asked) {
        return jdbc.query("read who may sit on a panel", POOL, List.of((Object) asked.toArray(UUID[]::new)), rows -> {
            Map<UUID, Boolean> found = new LinkedHashMap<>();
            while (rows.next()) {
                found.put(rows.getObject(1, UUID.class), rows.getBoolean(2));
            }
            return found;
        });
    }

    /** Each person of the pool with their availability, their live interviews around the window and their topics. */
    List<FindTimesInput.Person> pool(List<UUID> pool, Set<UUID> topicIds, Instant from, Instant to) {
        UUID[] ids = pool.toArray(UUID[]::new);
        Map<UUID, Availability> hours = availability.of(pool, from, to);
        int buffer = hours.values().stream().mapToInt(Availability::bufferMinutes).max().orElse(0);
        Set<ZoneId> zones = hours.values().stream().map(Availability::zone).collect(Collectors.toSet());
        Instant widenedFrom = WeekBounds.firstMonday(zones, from).minusSeconds(buffer * 60L);
        Instant widenedTo = WeekBounds.afterLastSunday(zones, to).plusSeconds(buffer * 60L);
        Map<UUID, List<Window>> interviews = jdbc.query("read the panel's interviews", PANEL_INTERVIEWS,
                List.of(ids, utc(widenedFrom), utc(widenedTo)), FindTimesLoader::windowsByPerson);
        Map<UUID, Set<UUID>> qualified = jdbc.query("read qualifications", QUALIFIED,
                List.of(ids, topicIds.toArray(UUID[]::new)), FindTimesLoader::topicsByPerson);
        List<FindTimesInput.Person> people = new ArrayList<>();
        for (UUID id : pool) {
            Availability person = hours.get(id);
            if (person != null) {
                people.add(new FindTimesInput.Person(id, person, interviews.getOrDefault(id, List.of()),
                        qualified.getOrDefault(id, Set.of())));
            }
        }
        return people;
    }

    /** The candidate's live interviews that touch [from, to). */
    List<Window> candidateInterviews(UUID candidateId, Instant from, Instant to) {
        return jdbc.query("read the candidate's interviews", CANDIDATE_INTERVIEWS,
                List.of(candidateId, utc(from), utc(to)), rows -> {
                    List<Window> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(new Window(instant(rows, 1), instant(rows, 2)));
                    }
                    return found;
                });
    }

    private static Map<UUID, List<Window>> windowsByPerson(ResultSet rows) throws SQLException {
        Map<UUID, List<Window>> found = new HashMap<>();
        while (rows.next()) {
            found.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(new Window(instant(rows, 2), instant(rows, 3)));
        }
        return found;
    }

    private static Map<UUID, Set<UUID>> topicsByPerson(ResultSet rows) throws SQLException {
        Map<UUID, Set<UUID>> found = new HashMap<>();
        while (rows.next()) {
            found.computeIfAbsent(rows.getObject(1, UUID.class), id -> new HashSet<>())
                    .add(rows.getObject(2, UUID.class));
        }
        return found;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
