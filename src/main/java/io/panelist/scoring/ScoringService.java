package io.panelist.scoring;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.panelist.audit.AuditService;
import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanService;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;
import io.panelist.scheduling.SchedulingService;
import io.panelist.scoring.amendment.AmendScorecardRequest;
import io.panelist.scoring.amendment.Amendments;
import io.panelist.scoring.sheet.SaveScorecardRequest;
import io.panelist.scoring.sheet.ScoreSheet;
import io.panelist.scoring.sheet.ScorecardIncompleteException;
import io.panelist.scoring.sheet.Vote;
import io.panelist.shared.ETags;
import io.panelist.shared.Json;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.ConflictException;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.problem.StaleVersionException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Live scoring. Only a panelist writes a scorecard, only their own, only while it is a draft; every write carries the
 * version it read and a stale one is refused (412), never merged. After submission a scorecard changes only through
 * an amendment with a reason, kept with before and after values.
 */
@Singleton
public class ScoringService {
    private final ScorecardRepository scorecards;
    private final ScorecardWriter writer;
    private final ScorecardAssembler assembler;
    private final SchedulingService scheduling;
    private final PlanService plans;
    private final AuditService audit;
    private final ApplicationEventPublisher<ScorecardSubmitted> submissions;
    private final Json json;
    private final Clock clock;

    ScoringService(ScorecardRepository scorecards, ScorecardWriter writer, ScorecardAssembler assembler,
                   SchedulingService scheduling, PlanService plans, AuditService audit,
                   ApplicationEventPublisher<ScorecardSubmitted> submissions, Json json, Clock clock) {
        this.scorecards = scorecards;
        this.writer = writer;
        this.assembler = assembler;
        this.scheduling = scheduling;
        this.plans = plans;
        this.audit = audit;
        this.submissions = submissions;
        this.json = json;
        this.clock = clock;
    }

    /** The caller's own scorecard for the interview; the draft is created on first read. */
    @Transactional
    public ScorecardResponse ownScorecard(Viewer viewer, UUID interviewId) {
        InterviewResponse interview = interviewToScore(viewer, interviewId);
        return answer(ownOrNewDraft(viewer, interview), interview);
    }

    /** Saves the whole draft. Needs If-Match: 428 without, 412 when stale; 409 once submitted. */
    @Transactional
    public ScorecardResponse saveDraft(Viewer viewer, UUID interviewId, @Nullable String ifMatch,
                                       SaveScorecardRequest request) {
        InterviewResponse interview = interviewToScore(viewer, interviewId);
        long expected = requiredVersion(ifMatch);
        Scorecard card = ownOrNewDraft(viewer, interview);
        if (card.submitted()) {
            throw new ScorecardSubmittedException();
        }
        PlanResponse.Stage stage = stage(interview);
        ScoreSheet sheet = ScoreSheet.of(stage, request.topicScoreList(), request.questionNoteList(), request.vote(),
                request.summary());
        Scorecard saved = scorecards.bump(card.id(), expected, name(sheet.vote()), sheet.summary(), clock.instant());
        if (saved == null) {
            throw refusal(card.id());
        }
        writer.replaceContent(saved, sheet);
        audit.record(viewer.id(), "scorecard.saved", "scorecard", card.id(), Map.of("version", expected + 1));
        // what was just written is the answer: no need to read it back
        return assembler.savedDraft(saved, stage, sheet, interview.candidateName(), panelistName(viewer, interview));
    }

    /** Submits when complete (422 lists what is missing); submitting again changes nothing. */
    @Transactional
    public ScorecardResponse submit(Viewer viewer, UUID interviewId) {
        InterviewResponse interview = interviewToScore(viewer, interviewId);
        if (interview.startsAt().isAfter(clock.instant())) {
            throw InvalidInputException.unprocessable("interview", "A scorecard is submitted once its interview has"
                    + " started; until then it is saved as a draft.");
        }
        // locked: an autosave committing between the completeness check and the submission would slip past it
        Scorecard card = scorecards.lock(ownOrNewDraft(viewer, interview).id()).orElseThrow();
        if (!card.submitted()) {
            PlanResponse.Stage stage = stage(interview);
            var missing = writer.stored(card, stage).missing(stage);
            if (!missing.isEmpty()) {
                throw new ScorecardIncompleteException(missing);
            }
            if (scorecards.submit(card.id(), clock.instant()) == 1) {
                audit.record(viewer.id(), "scorecard.submitted", "scorecard", card.id(), Map.of("interviewId", interviewId));
                submissions.publishEvent(new ScorecardSubmitted(card.id(), interviewId, interview.applicationId(),
                        interview.candidateId(), interview.positionId(), viewer.id()));
                if (scorecards.allSubmitted(interviewId)) {
                    scheduling.markCompleted(interviewId);
                }
            }
        }
        return answer(scorecards.findById(card.id()).orElseThrow(), interview);
    }

    /** Changes a submitted scorecard with a reason; the history keeps who, when, why, before and after. */
    @Transactional
    public ScorecardResponse amend(Viewer viewer, UUID interviewId, @Nullable String ifMatch,
                                   AmendScorecardRequest request) {
        InterviewResponse interview = interviewToScore(viewer, interviewId);
        long expected = requiredVersion(ifMatch);
        Scorecard card = scorecards.findOwn(interviewId, viewer.id()).filter(Scorecard::submitted)
                .orElseThrow(() -> new ConflictException("scorecard-not-submitted",
                        "Only a submitted scorecard is amended; save the draft instead."));
        PlanResponse.Stage stage = stage(interview);
        ScoreSheet stored = writer.stored(card, stage);
        ScoreSheet requested = ScoreSheet.of(stage, Amendments.mergeTopics(stored, request.topicScores()),
                Amendments.mergeQuestions(stored, request.questionNotes()), request.vote(), request.summary());
        Amendments.Outcome outcome = Amendments.apply(stored, requested, request.vote() != null,
                request.summary() != null);
        if (outcome.changes().isEmpty()) {
            throw InvalidInputException.badField("request", "the amendment changes nothing");
        }
        var missing = outcome.after().missing(stage);
        if (!missing.isEmpty()) {
            throw new ScorecardIncompleteException(missing);
        }
        Instant now = clock.instant();
        if (scorecards.bumpSubmitted(card.id(), expected, name(outcome.after().vote()), outcome.after().summary(), now) == 0) {
            throw new StaleVersionException("Your scorecard", scorecards.findById(card.id()).orElseThrow().version());
        }
        writer.replaceContent(card, outcome.after());
        scorecards.insertAmendment(UUID.randomUUID(), card.id(), viewer.id(), request.reason().trim(),
                json.write(outcome.changes()), now);
        audit.record(viewer.id(), "scorecard.amended", "scorecard", card.id(),
                Map.of("reason", request.reason().trim(), "changes", outcome.changes()));
        return answer(scorecards.findById(card.id()).orElseThrow(), interview);
    }

    /** The interview, if the viewer sits on its panel: others get 403, or 404 when they may not know it exists. */
    InterviewResponse interviewToScore(Viewer viewer, UUID interviewId) {
        InterviewResponse interview = scheduling.findInterview(interviewId)
                .orElseThrow(() -> new NotFoundException("Interview", interviewId));
        if (interview.panelists().stream().noneMatch(p -> p.id().equals(viewer.id()))) {
            if (SchedulingService.mayRead(viewer, interview)) {
                throw new ForbiddenException("Only a panelist of this interview scores it, and only their own scorecard.");
            }
            throw new NotFoundException("Interview", interviewId);
        }
        return interview;
    }

    private Scorecard ownOrNewDraft(Viewer viewer, InterviewResponse interview) {
        return scorecards.findOwn(interview.id(), viewer.id()).orElseGet(() -> {
            if (interview.status() == InterviewStatus.CANCELLED || interview.status() == InterviewStatus.NO_SHOW) {
                throw new ConflictException("interview-closed", "The interview is " + interview.status() + "; there is nothing to score.");
            }
            UUID id = UUID.randomUUID();
            if (scorecards.createDraft(id, interview.id(), interview.stageId(), interview.applicationId(), viewer.id(),
                    clock.instant()) == 1) {
                audit.record(viewer.id(), "scorecard.created", "scorecard", id, Map.of("interviewId", interview.id()));
            }
            return scorecards.findOwn(interview.id(), viewer.id()).orElseThrow();
        });
    }

    private RuntimeException refusal(UUID scorecardId) {
        Scorecard now = scorecards.findById(scorecardId).orElseThrow();
        return now.submitted() ? new ScorecardSubmittedException() : new StaleVersionException("Your scorecard", now.version());
    }

    private PlanResponse.Stage stage(InterviewResponse interview) {
        return plans.stageKit(interview.planId(), interview.stageId())
                .orElseThrow(() -> new NotFoundException("Stage", interview.stageId()));
    }

    private static String panelistName(Viewer viewer, InterviewResponse interview) {
        return interview.panelists().stream().filter(p -> p.id().equals(viewer.id())).findFirst()
                .map(InterviewResponse.Panelist::displayName).orElse("");
    }

    private ScorecardResponse answer(Scorecard card, InterviewResponse interview) {
        return assembler.assemble(List.of(card), interview.planId(), interview.candidateName()).get(0);
    }

    private static long requiredVersion(@Nullable String ifMatch) {
        return ETags.required(ifMatch, "scorecard").getAsLong();
    }

    private static String name(@Nullable Vote vote) {
        return vote == null ? null : vote.name();
    }
}
