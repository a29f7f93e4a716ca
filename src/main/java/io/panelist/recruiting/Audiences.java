package io.panelist.recruiting;

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
    /** The parameters of the visibility predicates; {@code seated} holds application ids, as text for a uuid[]. */
    public record Audience(boolean seesAll, UUID viewerId, String[] seated) {
    }

    private final PanelSeats panelSeats;

    Audiences(PanelSeats panelSeats) {
        this.panelSeats = panelSeats;
    }

    public Audience of(Viewer viewer) {
        if (CandidateService.seesAll(viewer)) {
            return new Audience(true, viewer.id(), new String[0]);
        }
        return new Audience(false, viewer.id(), panelSeats.applicationsSeating(viewer.id()).stream()
                .map(UUID::toString).toArray(String[]::new));
    }
}
