package io.panelist.web.recruiting;

import io.panelist.recruiting.candidates.CandidateResponse;

import java.time.ZoneId;
import java.util.UUID;

/** A candidate in the search results. */
record CandidateRow(UUID id, String name, String email, String phone, String added, boolean erased) {
    static CandidateRow of(CandidateResponse candidate, ZoneId zone) {
        return new CandidateRow(candidate.id(), candidate.name(), candidate.email() == null ? "" : candidate.email(),
                candidate.phone() == null ? "" : candidate.phone(), TimeWording.day(candidate.createdAt(), zone),
                candidate.erased());
    }
}
