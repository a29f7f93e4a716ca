package io.panelist.scheduling.qualifications;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.Jdbc;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.TimeZones;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people who may sit on panels, a page at a time, in two statements whatever the page's size: the page (with
 * each one's qualifications and the total), then how many interviews each has in their own current week.
 */
@Singleton
class InterviewerDirectory {
    /** The page's people with the total (counted before the limit); then each one's qualifications. */
    private static final String PEOPLE = """
        SELECT u.id, u.display_name, u.email, COALESCE(a.time_zone, u.time_zone) AS time_zone,
               count(*) OVER () AS total
          FROM users u
          LEFT JOIN interviewer_availability a ON a.user_id = u.id
         WHERE u.active AND
        """ + QualificationQueries.SITS_ON_PANELS;
    /** Written only when a topic is asked for: PostgreSQL plans each form for what it filters. */
    private static final String IN_TOPIC = """
           AND EXISTS (SELECT 1 FROM interviewer_qualifications fq JOIN topics ft ON ft.id = fq.topic_id
                        WHERE fq.user_id = u.id AND ft.key = ?)
        """;
    private static final String BY_NAME = " ORDER BY lower(u.display_name), u.id";
    private static final String WITH_QUALIFICATIONS = """
        SELECT p.id, p.display_name, p.email, p.time_zone, qs.keys, qs.levels, p.total
          FROM (%s LIMIT ? OFFSET ?) AS p
         CROSS JOIN LATERAL (SELECT array_agg(t.key ORDER BY t.key) AS keys, array_agg(q.level ORDER BY t.key) AS levels
                               FROM interviewer_qualifications q JOIN topics t ON t.id = q.topic_id
                              WHERE q.user_id = p.id) AS qs
         ORDER BY lower(p.display_name), p.id
        """;
    private static final String COUNT = "SELECT count(*) FROM users u WHERE u.active AND "
            + QualificationQueries.SITS_ON_PANELS;
    /** Interviews not cancelled that start in each person's week [start, end); the panel rows carry the times (V4). */
    private static final String WEEKS = """
        SELECT w.user_id, count(ip.interview_id)
          FROM unnest(CAST(? AS uuid[]), CAST(CAST(? AS text[]) AS timestamptz[]),
                      CAST(CAST(? AS text[]) AS timestamptz[])) AS w (user_id, week_start, week_end)
          LEFT JOIN interview_panelists ip ON ip.user_id = w.user_id AND ip.live
               AND ip.during && tstzrange(w.week_start, w.week_end, '[)')
               AND lower(ip.during) >= w.week_start AND lower(ip.during) < w.week_end
         GROUP BY w.user_id
        """;
    private final Jdbc jdbc;
    private final Clock clock;

    InterviewerDirectory(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Row(UUID id, String displayName, String email, String timeZone, List<Qualification> qualifications) {
    }

    private record Found(List<Row> rows, long total) {
    }

    /** Active people with INTERVIEWER or HIRING_MANAGER, by name; with a topic, those recorded in it (either level). */
    Page<InterviewerSummary> page(@Nullable String topicKey, Paging paging) {
        List<Object> parameters = new ArrayList<>();
        String people = PEOPLE;
        if (topicKey != null) {
            people += IN_TOPIC;
            parameters.add(topicKey);
        }
        parameters.add(paging.pageSize());
        parameters.add(paging.offset());
        Found found = jdbc.query("list interviewers", WITH_QUALIFICATIONS.formatted(people + BY_NAME), parameters,
                InterviewerDirectory::rows);
        long total = found.rows().isEmpty() ? count(topicKey) : found.total();
        Map<UUID, Integer> weeks = interviewsThisWeek(found.rows());
        return new Page<>(found.rows().stream().map(r -> new InterviewerSummary(r.id(), r.displayName(), r.email(),
                r.timeZone(), r.qualifications(), weeks.getOrDefault(r.id(), 0))).toList(),
                paging.pageNumber(), paging.pageSize(), total);
    }

    /** Only for a page past the end, which has no row to carry the total. */
    private long count(@Nullable String topicKey) {
        List<Object> parameters = new ArrayList<>();
        String sql = COUNT;
        if (topicKey != null) {
            sql += IN_TOPIC;
            parameters.add(topicKey);
        }
        return jdbc.query("count interviewers", sql, parameters, rows -> rows.next() ? rows.getLong(1) : 0L);
    }

    private Map<UUID, Integer> interviewsThisWeek(List<Row> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (Row person : people) {
            ZoneId zone = TimeZones.orUtc(person.timeZone());
            ZonedDateTime monday = clock.instant().atZone(zone).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone);
            starts.add(monday.toInstant().toString());
            ends.add(monday.plusWeeks(1).toInstant().toString());
        }
        List<Object> parameters = List.of(people.stream().map(Row::id).toArray(UUID[]::new),
                starts.toArray(String[]::new), ends.toArray(String[]::new));
        return jdbc.query("count interviews this week", WEEKS, parameters, rows -> {
            Map<UUID, Integer> counts = new HashMap<>();
            while (rows.next()) {
                counts.put(rows.getObject(1, UUID.class), rows.getInt(2));
            }
            return counts;
        });
    }

    private static Found rows(ResultSet rows) throws SQLException {
        List<Row> found = new ArrayList<>();
        long total = 0;
        while (rows.next()) {
            found.add(new Row(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                    qualifications(rows.getArray(5), rows.getArray(6))));
            total = rows.getLong(7);
        }
        return new Found(found, total);
    }

    private static List<Qualification> qualifications(Array keys, Array levels) throws SQLException {
        if (keys == null) {
            return List.of();
        }
        List<String> keyList = Arrays.asList((String[]) keys.getArray());
        List<String> levelList = Arrays.asList((String[]) levels.getArray());
        List<Qualification> answer = new ArrayList<>(keyList.size());
        for (int i = 0; i < keyList.size(); i++) {
            answer.add(new Qualification(keyList.get(i), QualificationLevel.valueOf(levelList.get(i))));
        }
        return answer;
    }
}
