package io.panelist.scheduling;

import io.panelist.recruiting.PanelSeats;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Tells recruiting which applications a person sits on a panel for, from the panels scheduling keeps. */
@Singleton
class InterviewPanelSeats implements PanelSeats {
    private final InterviewRepository interviews;

    InterviewPanelSeats(InterviewRepository interviews) {
        this.interviews = interviews;
    }

    @Override
    public List<UUID> applicationsSeating(UUID personId) {
        return interviews.applicationsSeating(personId);
    }
}
