package io.panelist.scoring;

import io.micronaut.core.type.Argument;
import io.panelist.identity.IdentityService;
import io.panelist.identity.UserSummary;
import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanService;
import io.panelist.scheduling.qualifications.QualificationService;
import io.panelist.scheduling.qualifications.TraineeRules;
import io.panelist.scoring.sheet.ScoreSheet;
import io.panelist.scoring.sheet.Vote;
import io.panelist.shared.Json;
import io.panelist.shared.Texts;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Scorecard answers for any number of scorecards in a constant number of queries. */
@Singleton
public class ScorecardAssembler {
    private final ScorecardRepository scorecards;
    private final PlanService plans;
    private final IdentityService identity;
    private final QualificationService qualifications;
    private final Json json;

    ScorecardAssembler(ScorecardRepository scorecards, PlanService plans, IdentityService identity,
                       QualificationService qualifications, Json json) {
        this.scorecards = scorecards;
        this.plans = plans;
        this.identity = identity;
        this.qualifications = qualifications;
        this.json = json;
    }

    /** @param planId the plan the scorecards' interviews were scheduled from (one application, one plan) */
    public List<ScorecardResponse> assemble(List<Scorecard> cards, UUID planId, String candidateName) {
        if (cards.isEmpty()) {
            return List.of();
        }
        PlanResponse plan = plans.kit(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        String[] ids = Texts.of(cards.stream().map(Scorecard::id).toList());
        Map<UUID, List<ScoringRows.TopicScoreRow>> topics = scorecards.topicScores(ids).stream()
                .collect(Collectors.groupingBy(ScoringRows.TopicScoreRow::scorecardId));
        Map<UUID, List<ScoringRows.QuestionNoteRow>> notes = scorecards.questionNotes(ids).stream()
                .collect(Collectors.groupingBy(ScoringRows.QuestionNoteRow::scorecardId));
        Map<UUID, List<ScoringRows.AmendmentRow>> amendments = scorecards.amendments(ids).stream()
                .collect(Collectors.groupingBy(ScoringRows.AmendmentRow::scorecardId));
        Map<UUID, UserSummary> panelists = identity.userSummaries(cards.stream().map(Scorecard::panelistId).toList());
        List<UUID> submitters = cards.stream().filter(Scorecard::submitted).map(Scorecard::panelistId).toList();
        Map<UUID, Set<UUID>> trainees = submitters.isEmpty() ? Map.of() : qualifications.traineeTopics(submitters);
        return cards.stream().map(card -> one(card, stage(plan, card.stageId()), candidateName,
                displayName(panelists.get(card.panelistId())), topics.getOrDefault(card.id(), List.of()),
                notes.getOrDefault(card.id(), List.of()), amendments.getOrDefault(card.id(), List.of()),
                trainees.getOrDefault(card.panelistId(), Set.of()))).toList();
    }

    /**
     * The answer for a draft just saved from this sheet, without reading back what the save wrote: the sheet is now
     * the stored content, and a draft has no amendments (only a submitted scorecard is amended, and it never becomes
     * a draft again) and nothing that counts yet, so no one's qualifications matter to it.
     */
    ScorecardResponse savedDraft(Scorecard card, PlanResponse.Stage stage, ScoreSheet sheet, String candidateName,
                                 String panelistName) {
        List<ScoringRows.TopicScoreRow> topics = sheet.topics().values().stream()
                .map(t -> new ScoringRows.TopicScoreRow(card.id(), t.topicId(), t.rubricVersion(), t.score(),
                        t.notAssessedReason(), t.notes())).toList();
        List<ScoringRows.QuestionNoteRow> notes = sheet.questions().values().stream()
                .map(q -> new ScoringRows.QuestionNoteRow(card.id(), q.questionId(), q.asked(), q.notes())).toList();
        return one(card, stage, candidateName, panelistName, topics, notes, List.of(), Set.of());
    }

    private static String displayName(UserSummary panelist) {
        return panelist == null ? "" : panelist.displayName();
    }

    static PlanResponse.Stage stage(PlanResponse plan, UUID stageId) {
        return plan.stages().stream().filter(s -> s.id().equals(stageId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Stage", stageId));
    }

    private ScorecardResponse one(Scorecard card, PlanResponse.Stage stage, String candidateName, String panelistName,
                                  List<ScoringRows.TopicScoreRow> topicRows, List<ScoringRows.QuestionNoteRow> noteRows,
                                  List<ScoringRows.AmendmentRow> amendmentRows, Set<UUID> traineeTopics) {
        Map<UUID, ScoringRows.TopicScoreRow> byTopic = new HashMap<>();
        topicRows.forEach(row -> byTopic.put(row.topicId(), row));
        Map<UUID, ScoringRows.QuestionNoteRow> byQuestion = new HashMap<>();
        noteRows.forEach(row -> byQuestion.put(row.questionId(), row));
        List<ScorecardResponse.Topic> topics = stage.topics().stream().map(t -> {
            Optional<ScoringRows.TopicScoreRow> row = Optional.ofNullable(byTopic.get(t.topicId()));
            Integer score = row.map(ScoringRows.TopicScoreRow::score).orElse(null);
            return new ScorecardResponse.Topic(t.topicKey(), t.name(), t.weight(), t.mustHave(), t.minScore(),
                    row.map(ScoringRows.TopicScoreRow::rubricVersion).orElse(t.rubricVersion()), t.anchors(), score,
                    card.submitted() && score != null && TraineeRules.scoreCounts(traineeTopics, t.topicId()),
                    row.map(ScoringRows.TopicScoreRow::notAssessedReason).orElse(null),
                    row.map(ScoringRows.TopicScoreRow::notes).orElse(""));
        }).toList();
        List<ScorecardResponse.Question> questions = stage.questions().stream().map(q -> {
            Optional<ScoringRows.QuestionNoteRow> row = Optional.ofNullable(byQuestion.get(q.questionId()));
            return new ScorecardResponse.Question(q.questionId(), q.revision(), q.minutes(), q.topicKey(), q.prompt(),
                    q.guidance(), q.followUps(), row.map(ScoringRows.QuestionNoteRow::asked).orElse(false),
                    row.map(ScoringRows.QuestionNoteRow::notes).orElse(""));
        }).toList();
        List<ScorecardResponse.Amendment> amendments = amendmentRows.stream().map(a -> new ScorecardResponse.Amendment(
                a.id(), a.authorId(), a.authorName(), a.reason(), a.createdAt(), changes(a.changes()))).toList();
        return new ScorecardResponse(card.id(), card.interviewId(), card.applicationId(), card.panelistId(),
                panelistName, candidateName, stage.name(),
                ScorecardStatus.valueOf(card.status()), card.vote() == null ? null : Vote.valueOf(card.vote()),
                card.submitted() && card.vote() != null && TraineeRules.voteCounts(traineeTopics,
                        stage.topics().stream().map(PlanResponse.Topic::topicId).toList()),
                card.summary(), topics, questions, amendments, card.version(), card.submittedAt(), card.updatedAt());
    }

    private List<Map<String, Object>> changes(String text) {
        return json.read(text, Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
