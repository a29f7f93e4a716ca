package io.panelist.recruiting;

import java.util.List;
import java.util.UUID;

/**
 * Which applications a person sits on an interview panel for. Panelists see those applications and their
 * candidates; the panels are scheduling's, so scheduling answers (in the caller's transaction) and recruiting's SQL
 * takes the answer as a list of ids.
 */
public interface PanelSeats {
    /** The applications with an interview, whatever its status, on whose panel this person sits; one query. */
    List<UUID> applicationsSeating(UUID personId);
}
