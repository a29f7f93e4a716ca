package io.panelist.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.panelist.identity.Role;
import io.panelist.identity.UserSummary;
import io.panelist.notifications.webhooks.Webhooks;
import io.panelist.recruiting.ApplicationStatus;
import io.panelist.scheduling.availability.Availability;
import io.panelist.shared.Jdbc;
import io.panelist.shared.TimeZones;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A booking's statements on plain JDBC, in the caller's transaction: what it checks read in one statement, the
 * interview and its panel written in two, and the booked interview (with the candidate's address) read back in one.
 * A booking is the hottest write; these say in one round trip each what the services below would in several.
 */
@Singleton
class BookingStatements {
    private static final String FACTS = """
        SELECT a.status, a.candidate_id, a.plan_id, a.position_id,
               EXISTS (SELECT 1 FROM plan_stages s WHERE s.id = ? AND s.plan_id = a.plan_id),
               u.id, u.email, u.display_name, u.roles, u.active, u.time_zone, u.weekly_interview_limit,
               COALESCE(av.time_zone, u.time_zone), av.daily_limit, COALESCE(av.buffer_minutes, 0),
               """ + Webhooks.STAMP + """

          FROM applications a
          LEFT JOIN users u ON u.id = ANY (?)
          LEFT JOIN interviewer_availability av ON av.user_id = u.id
         WHERE a.id = ?
        """;
    private static final String INSERT = """
        INSERT INTO interviews (id, application_id, candidate_id, plan_id, stage_id, starts_at, ends_at, time_zone,
                                location, status, status_reason, sequence, version, created_by, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """;
    private static final String SEAT = """
        INSERT INTO interview_panelists (interview_id, user_id, during, live)
        SELECT ?, p.user_id, CAST('empty' AS tstzrange), false FROM unnest(?) WITH ORDINALITY AS p(user_id, n) ORDER BY p.n
        """;
    private static final String BOOKED = InterviewRepository.VIEW.replace("FROM interviews i", """
               , c.email AS candidate_email, u.id AS panelist_id, u.display_name AS panelist_name,
               u.email AS panelist_email
          FROM interviews i""") + """
          LEFT JOIN interview_panelists ip ON ip.interview_id = i.id
          LEFT JOIN users u ON u.id = ip.user_id
         WHERE i.id = ?
         ORDER BY lower(u.display_name)
        """;
    /** As {@link InterviewRepository#conflicts}: a panelist's live overlaps, then the candidate's. */
    private static final String CONFLICTS = """
        SELECT i.id AS interview_id, i.starts_at, i.ends_at, ip.user_id, u.display_name AS who
          FROM interview_panelists ip JOIN interviews i ON i.id = ip.interview_id JOIN users u ON u.id = ip.user_id
         WHERE ip.live AND ip.user_id = ANY (?)
           AND ip.during && tstzrange(?, ?, '[)') AND i.id <> ?
        UNION ALL
        SELECT i.id, i.starts_at, i.ends_at, NULL, 'the candidate'
          FROM interviews i
         WHERE i.candidate_id = ? AND i.status <> 'CANCELLED'
           AND tstzrange(i.starts_at, i.ends_at, '[)') && tstzrange(?, ?, '[)') AND i.id <> ?
         ORDER BY 2, 5
        """;
    private static final String TAKE_TURNS = """
        SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0)))
          FROM (SELECT k FROM unnest(array_append(ARRAY(SELECT 'panel-load:' || u FROM unnest(?::uuid[]) AS u),
                                                 'candidate-booking:' || ?)) AS k ORDER BY k) AS keys
        """;
    private final Jdbc jdbc;

    BookingStatements(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The application being booked for (absent if there is none) and what the panel's checks need. */
    record Facts(Optional<Application> application, boolean stageOfPlan, Map<UUID, UserSummary> users,
                 Map<UUID, Availability> limits, @Nullable UUID webhooksStamp) {
    }

    record Application(UUID id, ApplicationStatus status, UUID candidateId, UUID planId, UUID positionId) {
    }

    /** The booked interview as its answer shows it, and the candidate's address (empty when there is none). */
    record Booked(InterviewResponse interview, Optional<String> candidateEmail) {
    }

    /**
     * The application, whether the stage is of its plan, and the panel's users with their zones and limits (as
     * {@link io.panelist.identity.IdentityService#userSummaries} and
     * {@link io.panelist.scheduling.availability.AvailabilityReader#limitsOf} answer them), and the webhooks' stamp
     * ({@link Webhooks#STAMP}): one statement.
     */
    Facts facts(UUID applicationId, UUID stageId, List<UUID> panelistIds) {
        return jdbc.query("read what a booking checks", FACTS,
                List.of(stageId, panelistIds.toArray(UUID[]::new), applicationId), rows -> {
                    Application application = null;
                    boolean stageOfPlan = false;
                    Map<UUID, UserSummary> users = new HashMap<>();
                    Map<UUID, Availability> limits = new HashMap<>();
                    UUID webhooksStamp = null;
                    while (rows.next()) {
                        webhooksStamp = rows.getObject(16, UUID.class);
                        application = new Application(applicationId, ApplicationStatus.valueOf(rows.getString(1)),
                                rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                                rows.getObject(4, UUID.class));
                        stageOfPlan = rows.getBoolean(5);
                        UUID userId = rows.getObject(6, UUID.class);
                        if (userId != null) {
                            Integer weeklyLimit = (Integer) rows.getObject(12);
                            users.put(userId, new UserSummary(userId, rows.getString(7), rows.getString(8),
                                    roles(rows.getArray(9)), rows.getBoolean(10), rows.getString(11), weeklyLimit));
                            limits.put(userId, new Availability(userId, TimeZones.orUtc(rows.getString(13)),
                                    List.of(), List.of(), (Integer) rows.getObject(14), weeklyLimit, rows.getInt(15)));
                        }
                    }
                    return new Facts(Optional.ofNullable(application), stageOfPlan, users, limits, webhooksStamp);
                });
    }

    /** Writes the new interview and seats its panel (in the order given). */
    void insert(Interview interview, List<UUID> panel) {
        jdbc.update("save the interview", INSERT, Arrays.asList(interview.id(), interview.applicationId(),
                interview.candidateId(), interview.planId(), interview.stageId(), utc(interview.startsAt()),
                utc(interview.endsAt()), interview.timeZone(), interview.location(), interview.status(),
                interview.statusReason(), interview.sequence(), interview.version(), interview.createdBy(),
                utc(interview.createdAt()), utc(interview.updatedAt())));
        if (!panel.isEmpty()) {
            jdbc.update("seat the panel", SEAT, List.of(interview.id(), panel.toArray(UUID[]::new)));
        }
    }

    /**
     * Makes bookings of the same panelists or the same candidate take turns until the transaction ends (one advisory
     * lock per person, taken in one order, so two bookings never wait on each other in a circle). Taken before the
     * check for double bookings, it lets that check see the booking that went first: without it, two overlapping
     * bookings written at the same moment wait on each other inside the exclusion constraint, and PostgreSQL answers
     * one of them with a deadlock instead of naming the interview it clashes with.
     */
    void takeTurns(List<UUID> panelistIds, UUID candidateId) {
        jdbc.query("take turns with the panel's and the candidate's other bookings", TAKE_TURNS,
                List.of(panelistIds.toArray(UUID[]::new), candidateId.toString()), rows -> rows.next());
    }

    /** What [startsAt, endsAt) would overlap for these panelists and this candidate, but the interview {@code self}. */
    List<SchedulingRows.ConflictRow> conflicts(List<UUID> panelistIds, UUID candidateId, Instant startsAt,
                                               Instant endsAt, UUID self) {
        OffsetDateTime from = utc(startsAt);
        OffsetDateTime to = utc(endsAt);
        return jdbc.query("look for double bookings", CONFLICTS, List.of(panelistIds.toArray(UUID[]::new), from, to,
                self, candidateId, from, to, self), rows -> {
                    List<SchedulingRows.ConflictRow> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(new SchedulingRows.ConflictRow(rows.getObject(1, UUID.class), instant(rows, "starts_at"),
                                instant(rows, "ends_at"), rows.getObject(4, UUID.class), rows.getString(5)));
                    }
                    return found;
                });
    }

    /** The interview as {@link InterviewViews#one} reads it, with the candidate's address: one statement. */
    Booked booked(UUID interviewId) {
        return jdbc.query("read the booked interview", BOOKED, Collections.singletonList(interviewId), rows -> {
            SchedulingRows.InterviewRow row = null;
            String candidateEmail = null;
            List<InterviewResponse.Panelist> panel = new ArrayList<>();
            while (rows.next()) {
                if (row == null) {
                    row = row(rows);
                    candidateEmail = rows.getString("candidate_email");
                }
                UUID panelistId = rows.getObject("panelist_id", UUID.class);
                if (panelistId != null) {
                    panel.add(new InterviewResponse.Panelist(panelistId, rows.getString("panelist_name"),
                            rows.getString("panelist_email")));
                }
            }
            if (row == null) {
                throw new NotFoundException("Interview", interviewId);
            }
            return new Booked(InterviewViews.response(row, panel), Optional.ofNullable(candidateEmail));
        });
    }

    private static SchedulingRows.InterviewRow row(ResultSet rows) throws SQLException {
        return new SchedulingRows.InterviewRow(rows.getObject("id", UUID.class),
                rows.getObject("application_id", UUID.class), rows.getObject("candidate_id", UUID.class),
                rows.getString("candidate_name"), rows.getObject("position_id", UUID.class),
                rows.getString("position_title"), rows.getObject("hiring_manager_id", UUID.class),
                rows.getObject("plan_id", UUID.class), rows.getObject("stage_id", UUID.class),
                rows.getString("stage_name"), rows.getString("stage_kind"), instant(rows, "starts_at"),
                instant(rows, "ends_at"), rows.getString("time_zone"), rows.getString("location"),
                rows.getString("status"), rows.getString("status_reason"), rows.getInt("sequence"),
                rows.getLong("version"), rows.getObject("created_by", UUID.class), instant(rows, "created_at"),
                instant(rows, "updated_at"));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : (String[]) array.getArray()) {
            roles.add(Role.valueOf(role));
        }
        return roles;
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
