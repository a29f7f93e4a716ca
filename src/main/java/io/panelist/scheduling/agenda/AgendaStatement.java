package io.panelist.scheduling.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The agenda in one statement: the person's time zone, the window it makes of what was asked, and the interviews in
 * that window with their panels and the person's own scorecard for each. The scoring feature answers it, as the
 * scorecards sit above scheduling; one statement instead of two is most of what the page costs.
 */
public interface AgendaStatement {
    /** The person's time zone and the window PostgreSQL made in it, with the interviews in that window. */
    record Rows(String timeZone, Instant from, Instant to, List<AgendaItem> items) {
    }

    /** Empty for an unknown person. Items carry the person's scorecard status, not yet whether it is overdue. */
    Optional<Rows> agenda(UUID userId, AgendaEnd from, AgendaEnd to, Instant now);
}
