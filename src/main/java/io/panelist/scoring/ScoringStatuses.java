package io.panelist.scoring;

import io.micronaut.data.connection.annotation.Connectable;
import io.panelist.scheduling.agenda.ScorecardStatuses;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The panelist's scorecard status per interview, for the agenda: one statement in plain JDBC, read by position, on
 * the agenda's connection (every interviewer opens the agenda first, and mapping these rows by name cost as much as
 * reading the agenda's own).
 */
@Singleton
class ScoringStatuses implements ScorecardStatuses {
    private static final String STATUSES = """
        SELECT interview_id, status FROM scorecards WHERE panelist_id = ? AND interview_id = ANY (?)
        """;
    private final Jdbc jdbc;

    ScoringStatuses(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Connectable
    public Map<UUID, String> statusesOf(UUID panelistId, Collection<UUID> interviewIds) {
        if (interviewIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("read the panelist's scorecard statuses", STATUSES,
                List.of(panelistId, interviewIds.toArray(UUID[]::new)), rows -> {
                    Map<UUID, String> statuses = new HashMap<>();
                    while (rows.next()) {
                        statuses.put(rows.getObject(1, UUID.class), rows.getString(2));
                    }
                    return statuses;
                });
    }
}
