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
    /*
     * The pool's interviews and qualifications come back with each person as their place in the pool (p.n) and times
     * as microseconds since the epoch: with a thousand rows a request, the driver's per-column decoding of uuids and
     * timestamps cost more than the statements. date_part's double, not extract's numeric: numeric arithmetic on every
     * row was a fifth of the statement, and a double holds every microsecond up to the year 2255 exactly.
     */
    private static final String PANEL_INTERVIEWS = """
        SELECT p.n, CAST(date_part('epoch', lower(ip.during)) * 1000000 AS bigint),
               CAST(date_part('epoch', upper(ip.during)) * 1000000 AS bigint)
          FROM unnest(CAST(? AS uuid[])) WITH ORDINALITY AS p(id, n)
          JOIN interview_panelists ip ON ip.user_id = p.id
         WHERE ip.live AND ip.during && tstzrange(?, ?, '[)')
        """;
    private static final String CANDIDATE_INTERVIEWS = """
        SELECT starts_at, ends_at FROM interviews
         WHERE candidate_id = ? AND status <> 'CANCELLED'
           AND tstzrange(starts_at, ends_at, '[)') && tstzrange(?, ?, '[)')
        """;
    /** Each person's QUALIFIED topics among the stage's, as places in the pool and in the topics given. */
    private static final String QUALIFIED = """
        SELECT p.n, t.n
          FROM unnest(CAST(? AS uuid[])) WITH ORDINALITY AS p(id, n)
          JOIN interviewer_qualifications q ON q.user_id = p.id AND q.level = 'QUALIFIED'
          JOIN unnest(CAST(? AS uuid[])) WITH ORDINALITY AS t(id, n) ON t.id = q.topic_id
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
        List<List<Window>> interviews = jdbc.query("read the panel's interviews", PANEL_INTERVIEWS,
                List.of(ids, utc(widenedFrom), utc(widenedTo)), rows -> windowsByPlace(rows, ids.length));
        UUID[] topics = topicIds.toArray(UUID[]::new);
        List<Set<UUID>> qualified = jdbc.query("read qualifications", QUALIFIED, List.of(ids, topics),
                rows -> topicsByPlace(rows, ids.length, topics));
        List<FindTimesInput.Person> people = new ArrayList<>();
        for (int place = 0; place < ids.length; place++) {
            Availability person = hours.get(ids[place]);
            if (person != null) {
                people.add(new FindTimesInput.Person(ids[place], person, interviews.get(place), qualified.get(place)));
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

    /** Each person's windows, by their place in the pool (the statement's places count from 1). */
    private static List<List<Window>> windowsByPlace(ResultSet rows, int people) throws SQLException {
        List<List<Window>> found = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            found.add(new ArrayList<>());
        }
        while (rows.next()) {
            found.get(rows.getInt(1) - 1).add(new Window(micros(rows.getLong(2)), micros(rows.getLong(3))));
        }
        return found;
    }

    /** Each person's topics, by their place in the pool, from places in the pool and in {@code topics}. */
    private static List<Set<UUID>> topicsByPlace(ResultSet rows, int people, UUID[] topics) throws SQLException {
        List<Set<UUID>> found = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            found.add(new HashSet<>());
        }
        while (rows.next()) {
            found.get(rows.getInt(1) - 1).add(topics[rows.getInt(2) - 1]);
        }
        return found;
    }

    private static Instant micros(long sinceEpoch) {
        return Instant.ofEpochSecond(Math.floorDiv(sinceEpoch, 1_000_000L),
                Math.floorMod(sinceEpoch, 1_000_000L) * 1000L);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
