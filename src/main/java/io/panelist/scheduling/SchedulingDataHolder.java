package io.panelist.scheduling;

import io.panelist.recruiting.ApplicationClosing;
import io.panelist.recruiting.candidates.CandidateDataHolder;
import io.panelist.shared.erasure.FreeTextColumns;
import io.panelist.shared.erasure.FreeTextEraser;
import io.panelist.shared.erasure.PersonMentions;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

import static io.panelist.shared.erasure.FreeTextColumns.text;

/** What scheduling holds about a candidate (their interviews), and what it does when an application closes. */
@Singleton
class SchedulingDataHolder implements CandidateDataHolder, ApplicationClosing {
    private static final FreeTextColumns INTERVIEWS = FreeTextColumns.about("interviews", List.of("id"),
            List.of(text("location", 500), text("status_reason", 2000)), List.of(), "candidate_id = ?");
    private static final FreeTextColumns LINKS = FreeTextColumns.about("scheduling_links", List.of("id"),
            List.of(text("location", 500)), List.of(), "candidate_id = ?");
    /** An interviewer's reason for time away is about them, but may name a candidate in full (or their number). */
    private static final FreeTextColumns AWAY_REASONS = FreeTextColumns.about("availability_exceptions",
            List.of("id"), List.of(text("reason", 500)), List.of(), "false").andElsewhere();
    private final InterviewRepository interviews;
    private final InterviewViews views;
    // lazy: the writes need applications, whose service is told about closings through this very bean
    private final Provider<InterviewChanges> writer;

    private final FreeTextEraser eraser;

    SchedulingDataHolder(InterviewRepository interviews, InterviewViews views, Provider<InterviewChanges> writer,
                         FreeTextEraser eraser) {
        this.interviews = interviews;
        this.views = views;
        this.writer = writer;
        this.eraser = eraser;
    }

    @Override
    public String section() {
        return "interviews";
    }

    @Override
    public Object export(UUID candidateId) {
        return views.many(interviews.ofCandidate(candidateId));
    }

    @Override
    public List<UUID> entityIds(UUID candidateId) {
        return interviews.ofCandidate(candidateId).stream().map(SchedulingRows.InterviewRow::id).toList();
    }

    @Override
    public void erase(UUID candidateId, PersonMentions mentions) {
        eraser.erase(INTERVIEWS, mentions, candidateId);
        eraser.erase(LINKS, mentions, candidateId);
        eraser.erase(AWAY_REASONS, mentions);
    }

    @Override
    public void applicationClosed(UUID applicationId, UUID actorId, String reason) {
        writer.get().cancelFutureOf(applicationId, actorId, reason);
    }
}
