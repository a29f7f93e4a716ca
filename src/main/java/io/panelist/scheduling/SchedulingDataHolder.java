package io.panelist.scheduling;

import io.panelist.recruiting.ApplicationClosing;
import io.panelist.recruiting.candidates.CandidateDataHolder;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** What scheduling holds about a candidate (their interviews), and what it does when an application closes. */
@Singleton
class SchedulingDataHolder implements CandidateDataHolder, ApplicationClosing {
    private final InterviewRepository interviews;
    private final InterviewViews views;
    // lazy: the writes need applications, whose service is told about closings through this very bean
    private final Provider<InterviewChanges> writer;

    SchedulingDataHolder(InterviewRepository interviews, InterviewViews views, Provider<InterviewChanges> writer) {
        this.interviews = interviews;
        this.views = views;
        this.writer = writer;
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
    public void erase(UUID candidateId, List<String> identifiers, String replacement) {
        identifiers.forEach(identifier -> interviews.replaceText(candidateId,
                io.panelist.shared.Texts.regexLiteral(identifier), replacement));
    }

    @Override
    public void applicationClosed(UUID applicationId, UUID actorId, String reason) {
        writer.get().cancelFutureOf(applicationId, actorId, reason);
    }
}
