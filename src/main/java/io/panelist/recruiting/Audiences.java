package io.panelist.recruiting;

import io.panelist.identity.Role;
import io.panelist.recruiting.candidates.CandidateService;
import io.panelist.shared.Viewer;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Whom recruiting shows what: administrators and recruiters see every candidate and application; a hiring manager
 * those of their positions; a panelist those they sit on a panel for. Everyone but the first asks {@link PanelSeats}
 * once, so a list stays one paged query (and one count) in recruiting's own tables.
 */
@Singleton
public class Audiences {
    /**
     * The parameters of the visibility predicates: {@code viewerId} is whom a position must name as its hiring
     * manager (nobody's id when the viewer does not hold the role: a demoted manager loses their positions at once);
     * {@code seated} holds application ids, as text for a uuid[].
     */
    public record Audience(boolean seesAll, UUID viewerId, String[] seated) {
    }

    /** An id no position names as its hiring manager. */
    private static final UUID NOBODY = new UUID(0, 0);

    private final PanelSeats panelSeats;

    Audiences(PanelSeats panelSeats) {
        this.panelSeats = panelSeats;
    }

    public Audience of(Viewer viewer) {
        if (CandidateService.seesAll(viewer)) {
            return new Audience(true, viewer.id(), new String[0]);
        }
        UUID managerOf = viewer.has(Role.HIRING_MANAGER.name()) ? viewer.id() : NOBODY;
        return new Audience(false, managerOf, panelSeats.applicationsSeating(viewer.id()).stream()
                .map(UUID::toString).toArray(String[]::new));
    }
}
