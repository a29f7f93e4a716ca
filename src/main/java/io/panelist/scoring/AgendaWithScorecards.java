package io.panelist.scoring;

import io.micronaut.data.connection.annotation.Connectable;
import io.panelist.plans.StageKind;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;
import io.panelist.scheduling.agenda.AgendaEnd;
import io.panelist.scheduling.agenda.AgendaItem;
import io.panelist.scheduling.agenda.AgendaStatement;
import io.panelist.scheduling.agenda.ScorecardStatuses;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The agenda in one statement, in plain JDBC with columns read by position: the person's time zone, the window it
 * makes of what was asked, and the interviews in that window, one row per panelist, with the person's own scorecard
 * (rows, unlike arrays of the panel, cost PostgreSQL no sort per interview and the driver no array to parse). The
 * candidate's name and the position's title are subqueries of their own: with them as joins, nine tables in one join
 * took PostgreSQL about 30 ms to plan on every statement it planned afresh, forty times the run itself. The title is
 * two lookups by key rather than one join, which PostgreSQL ran as a hash of every position for each interview. Every
 * interviewer opens this page first; the round trips it took before (the person, the interviews, their panels, their
 * scorecards, and a commit) cost more than the statements themselves.
 */
@Singleton
class AgendaWithScorecards implements AgendaStatement {
    /**
     * Parameters: the person; the window's start as an instant, else as a date, else today (from the instant now);
     * its end as an instant, else as a date, else seven days after the start; the person twice more. A window PostgreSQL
     * finds invalid (not after its start, or longer than the longest allowed) reads no interviews.
     */
    private static final String AGENDA = """
        WITH person AS (
            SELECT u.time_zone AS zone FROM users u WHERE u.id = ?
        ), starting AS (
            SELECT zone, coalesce(CAST(? AS timestamptz), CAST(coalesce(CAST(? AS date),
                       CAST(CAST(? AS timestamptz) AT TIME ZONE zone AS date)) AS timestamp) AT TIME ZONE zone) AS from_at
              FROM person
        ), span AS MATERIALIZED ( -- the window once, not again for every row joined
            SELECT zone, from_at, coalesce(CAST(? AS timestamptz), CAST(CAST(? AS date) AS timestamp) AT TIME ZONE zone,
                       ((from_at AT TIME ZONE zone) + interval '7 days') AT TIME ZONE zone) AS to_at
              FROM starting
        )
        SELECT w.zone, w.from_at, w.to_at, x.id, x.application_id, x.candidate_name, x.position_title, x.stage_id,
               x.stage_name, x.stage_kind, x.starts_at, x.ends_at, x.time_zone, x.location, x.status,
               x.panelist_id, x.panelist_name, x.panelist_email, x.scorecard_status
          FROM span w
          LEFT JOIN LATERAL (
                SELECT i.id, i.application_id, (SELECT c.name FROM candidates c WHERE c.id = i.candidate_id) AS candidate_name,
                       (SELECT p.title FROM positions p
                         WHERE p.id = (SELECT a.position_id FROM applications a WHERE a.id = i.application_id))
                           AS position_title, i.stage_id,
                       s.name AS stage_name, s.kind AS stage_kind, i.starts_at, i.ends_at, i.time_zone, i.location,
                       i.status, pu.id AS panelist_id, pu.display_name AS panelist_name, pu.email AS panelist_email,
                       own.status AS scorecard_status
                  FROM interview_panelists ip
                  JOIN interviews i ON i.id = ip.interview_id
                  JOIN plan_stages s ON s.id = i.stage_id
                  JOIN interview_panelists pp ON pp.interview_id = i.id
                  JOIN users pu ON pu.id = pp.user_id
                  LEFT JOIN scorecards own ON own.interview_id = i.id AND own.panelist_id = ?
                 WHERE ip.user_id = ? AND ip.during && tstzrange(w.from_at, w.to_at, '[)')
                   AND w.to_at > w.from_at AND w.to_at - w.from_at <= interval '92 days') x ON true
         ORDER BY x.starts_at, x.id, lower(x.panelist_name), x.panelist_id
        """;

    private final Jdbc jdbc;

    AgendaWithScorecards(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Connectable
    public Optional<Rows> agenda(UUID userId, AgendaEnd from, AgendaEnd to, Instant now) {
        List<Object> parameters = Arrays.asList(userId, timestamp(from.instant()), from.date(), timestamp(now),
                timestamp(to.instant()), to.date(), userId, userId);
        return jdbc.query("read the agenda", AGENDA, parameters, rows -> {
            if (!rows.next()) {
                return Optional.empty();
            }
            String zone = rows.getString(1);
            Instant windowFrom = instant(rows, 2);
            Instant windowTo = instant(rows, 3);
            List<AgendaItem> items = new ArrayList<>();
            if (rows.getObject(4) != null) {
                boolean more;
                do {
                    more = readItem(rows, items);
                } while (more);
            }
            return Optional.of(new Rows(zone, windowFrom, windowTo, items));
        });
    }

    /** Reads one interview from its rows, one per panelist; whether another interview follows. */
    private static boolean readItem(ResultSet rows, List<AgendaItem> items) throws SQLException {
        UUID interviewId = rows.getObject(4, UUID.class);
        AgendaItem interview = new AgendaItem(interviewId, rows.getObject(5, UUID.class), rows.getString(6),
                rows.getString(7), rows.getObject(8, UUID.class), rows.getString(9), StageKind.valueOf(rows.getString(10)),
                instant(rows, 11), instant(rows, 12), rows.getString(13), rows.getString(14),
                InterviewStatus.valueOf(rows.getString(15)),
                rows.getString(19) == null ? ScorecardStatuses.NONE : rows.getString(19), false, List.of());
        List<InterviewResponse.Panelist> panel = new ArrayList<>(2);
        boolean more;
        do {
            panel.add(new InterviewResponse.Panelist(rows.getObject(16, UUID.class), rows.getString(17),
                    rows.getString(18)));
            more = rows.next();
        } while (more && interviewId.equals(rows.getObject(4, UUID.class)));
        items.add(interview.withPanelists(panel));
        return more;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
