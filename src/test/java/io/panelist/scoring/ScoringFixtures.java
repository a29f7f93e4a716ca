package io.panelist.scoring;

import io.panelist.identity.Role;
import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanService;
import io.panelist.plans.SavePlanRequest;
import io.panelist.plans.StageKind;
import io.panelist.questionbank.topics.AnchorInput;
import io.panelist.questionbank.Level;
import io.panelist.questionbank.QuestionKind;
import io.panelist.questionbank.QuestionService;
import io.panelist.questionbank.SaveQuestionRequest;
import io.panelist.questionbank.topics.SaveTopicRequest;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.candidates.CandidateService;
import io.panelist.recruiting.CreateApplicationRequest;
import io.panelist.recruiting.positions.PositionService;
import io.panelist.recruiting.positions.PositionStatus;
import io.panelist.recruiting.candidates.SaveCandidateRequest;
import io.panelist.recruiting.positions.SavePositionRequest;
import io.panelist.scheduling.ScheduleInterviewRequest;
import io.panelist.scheduling.SchedulingService;
import io.panelist.shared.Viewer;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.TestUsers;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Test data for scoring, made through the public services so it passes the same validation as real input: people in
 * every role, a published two-stage plan (security and testing in the technical stage, security alone in the design
 * stage), candidates with applications, interviews on the calendar; and scorecard bodies as a client writes them.
 */
@Singleton
class ScoringFixtures {
    static final String TECHNICAL = "Technical deep dive";
    private final TestUsers users;
    private final TopicService topics;
    private final QuestionService questions;
    private final PositionService positions;
    private final PlanService plans;
    private final CandidateService candidates;
    private final ApplicationService applications;
    private final SchedulingService scheduling;

    ScoringFixtures(TestUsers users, TopicService topics, QuestionService questions, PositionService positions,
                    PlanService plans, CandidateService candidates, ApplicationService applications,
                    SchedulingService scheduling) {
        this.users = users;
        this.topics = topics;
        this.questions = questions;
        this.positions = positions;
        this.plans = plans;
        this.candidates = candidates;
        this.applications = applications;
        this.scheduling = scheduling;
    }

    /**
     * One person per role, signed in. {@code manager} manages the position, {@code otherManager} another one; ana and
     * ben are interviewers who sit on panels, carl an interviewer who sits on none.
     */
    record Team(UUID adminId, UUID recruiterId, UUID managerId, UUID otherManagerId, UUID anaId, UUID benId,
                UUID carlId, String admin, String recruiter, String manager, String otherManager, String ana,
                String ben, String carl) {
    }

    /** The published plan of the position: its two stages and the questions each asks. */
    record Hiring(UUID positionId, UUID technicalStageId, UUID designStageId, UUID jwtQuestionId,
                  UUID fixturesQuestionId, UUID csrfQuestionId) {
    }

    /**
     * Everything most scoring tests need: an application with a technical interview that began half an hour ago
     * (a scorecard is submitted only once its interview has started), ana and ben on it.
     */
    record Scene(Team team, Hiring hiring, UUID applicationId, UUID interviewId) {
    }

    Scene scene(Api api) {
        Team team = team(api);
        Hiring hiring = hiring(team);
        UUID applicationId = application(hiring, "Cleo Candidate");
        UUID interviewId = interview(team, applicationId, hiring.technicalStageId(), startedHalfAnHourAgo(),
                team.anaId(), team.benId());
        return new Scene(team, hiring, applicationId, interviewId);
    }

    Team team(Api api) {
        UUID admin = users.create("admin@example.com", Role.ADMIN);
        UUID recruiter = users.create("rita@example.com", Role.RECRUITER);
        UUID manager = users.create("mo@example.com", Role.HIRING_MANAGER);
        UUID other = users.create("olga@example.com", Role.HIRING_MANAGER);
        UUID ana = users.create("ana@example.com", Role.INTERVIEWER);
        UUID ben = users.create("ben@example.com", Role.INTERVIEWER);
        UUID carl = users.create("carl@example.com", Role.INTERVIEWER);
        return new Team(admin, recruiter, manager, other, ana, ben, carl, login(api, "admin"), login(api, "rita"),
                login(api, "mo"), login(api, "olga"), login(api, "ana"), login(api, "ben"), login(api, "carl"));
    }

    /** A position managed by {@code manager}, with its published plan. */
    Hiring hiring(Team team) {
        topic("security");
        topic("testing");
        topic("collaboration");
        UUID jwt = question("security", "How does a JWT prove who sent it?", 10);
        UUID fixtures = question("testing", "How do you give each test a clean database?", 15);
        UUID csrf = question("security", "What does a CSRF token protect against?", 20);
        UUID positionId = position("Backend Engineer", team.managerId());
        PlanResponse plan = publishedPlan(team, positionId, List.of(
                stage(TECHNICAL, StageKind.TECHNICAL, List.of(assess("security", true, 3), assess("testing", false, 2)),
                        List.of(ask(jwt, 10), ask(fixtures, 15))),
                stage("System design", StageKind.DESIGN, List.of(assess("security", true, 3)), List.of(ask(csrf, 20)))));
        return new Hiring(positionId, plan.stages().get(0).id(), plan.stages().get(1).id(), jwt, fixtures, csrf);
    }

    UUID position(String title, UUID managerId) {
        return positions.createPosition(null, new SavePositionRequest(title, Level.MID, managerId, PositionStatus.OPEN)).id();
    }

    UUID application(Hiring hiring, String candidateName) {
        String email = candidateName.toLowerCase().replace(' ', '.') + "@example.com";
        UUID candidateId = candidates.createCandidate(null, new SaveCandidateRequest(candidateName, email, null, null)).id();
        return applications.createApplication(null, new CreateApplicationRequest(candidateId, hiring.positionId())).id();
    }

    /** An hour-long interview starting at {@code startsAt} (past or future), scheduled by the administrator. */
    UUID interview(Team team, UUID applicationId, UUID stageId, Instant startsAt, UUID... panelistIds) {
        return scheduling.scheduleInterview(new Viewer(team.adminId(), Set.of(Role.ADMIN.name())),
                new ScheduleInterviewRequest(applicationId, stageId, startsAt.atOffset(ZoneOffset.UTC),
                        startsAt.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), "Europe/Berlin",
                        "https://meet.example.com/abc", List.of(panelistIds), true, null)).id();
    }

    static Instant tomorrow() {
        return Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    static Instant startedHalfAnHourAgo() {
        return Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
    }

    /** A round that took place {@code hours} before the scene's (so their panels never overlap), for scoring. */
    static Instant earlier(int hours) {
        return startedHalfAnHourAgo().minus(hours, ChronoUnit.HOURS);
    }

    // ---- scorecard bodies, as the scoring page sends them

    /** A draft that holds everything submission needs: security scored, testing not assessed, a vote, a summary. */
    static Map<String, Object> completeDraft(Hiring hiring, String summary) {
        return draft(List.of(score("security", 3, "Explained signing and expiry well."),
                        notAssessed("testing", "Ran out of time.")),
                List.of(note(hiring.jwtQuestionId(), true, "Walked through HS256 versus RS256.")), "YES", summary);
    }

    static Map<String, Object> draft(List<Map<String, Object>> topicScores, List<Map<String, Object>> questionNotes,
                                     String vote, String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("topicScores", topicScores);
        body.put("questionNotes", questionNotes);
        body.put("vote", vote);
        body.put("summary", summary);
        return body;
    }

    static Map<String, Object> score(String topicKey, Integer score, String notes) {
        Map<String, Object> topic = new LinkedHashMap<>();
        topic.put("topicKey", topicKey);
        topic.put("score", score);
        topic.put("notes", notes);
        return topic;
    }

    static Map<String, Object> notAssessed(String topicKey, String reason) {
        Map<String, Object> topic = score(topicKey, null, "");
        topic.put("notAssessedReason", reason);
        return topic;
    }

    static Map<String, Object> note(UUID questionId, boolean asked, String notes) {
        return new LinkedHashMap<>(Map.of("questionId", questionId, "asked", asked, "notes", notes));
    }

    // ---- calls

    static Answer scorecard(Api api, String token, UUID interviewId) {
        return api.get("/api/v1/interviews/" + interviewId + "/scorecard", token);
    }

    static Answer save(Api api, String token, UUID interviewId, String ifMatch, Object body) {
        Api.Call call = api.call("PUT", "/api/v1/interviews/" + interviewId + "/scorecard").token(token).json(body);
        return ifMatch == null ? call.send() : call.header("If-Match", ifMatch).send();
    }

    static Answer submit(Api api, String token, UUID interviewId) {
        return api.call("POST", "/api/v1/interviews/" + interviewId + "/scorecard/submit").token(token).send();
    }

    static Answer amend(Api api, String token, UUID interviewId, String ifMatch, Object body) {
        Api.Call call = api.call("POST", "/api/v1/interviews/" + interviewId + "/scorecard/amendments").token(token)
                .json(body);
        return ifMatch == null ? call.send() : call.header("If-Match", ifMatch).send();
    }

    static Answer applicationScorecards(Api api, String token, UUID applicationId) {
        return api.get("/api/v1/applications/" + applicationId + "/scorecards", token);
    }

    /** Reads the scorecard, saves a complete draft over it and submits it; answers the submission. */
    static Answer fillAndSubmit(Api api, String token, UUID interviewId, Hiring hiring, String summary) {
        String etag = scorecard(api, token, interviewId).header("ETag");
        Answer saved = save(api, token, interviewId, etag, completeDraft(hiring, summary));
        if (saved.status() != 200) {
            throw new IllegalStateException("saving the draft answered " + saved);
        }
        return submit(api, token, interviewId);
    }

    /** The {@code field} of each entry of a problem's {@code errors}, in order. */
    static List<String> fields(Answer problem) {
        List<String> fields = new ArrayList<>();
        problem.json().path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    // ---- the question bank and the plan

    private PlanResponse publishedPlan(Team team, UUID positionId, List<SavePlanRequest.StageInput> stages) {
        Viewer admin = new Viewer(team.adminId(), Set.of(Role.ADMIN.name()));
        PlanResponse draft = plans.createPlan(admin, new SavePlanRequest(positionId, "Backend Engineer", null, stages));
        return plans.publishPlan(admin, draft.id(), OptionalLong.empty());
    }

    private static SavePlanRequest.StageInput stage(String name, StageKind kind,
                                                    List<SavePlanRequest.TopicInput> topics,
                                                    List<SavePlanRequest.QuestionInput> questions) {
        return new SavePlanRequest.StageInput(null, name, kind, 60, topics, questions);
    }

    private static SavePlanRequest.TopicInput assess(String topicKey, boolean mustHave, int minScore) {
        return new SavePlanRequest.TopicInput(topicKey, BigDecimal.ONE, mustHave, minScore);
    }

    private static SavePlanRequest.QuestionInput ask(UUID questionId, int minutes) {
        return new SavePlanRequest.QuestionInput(questionId, null, minutes);
    }

    private void topic(String key) {
        topics.createTopic(null, new SaveTopicRequest(key, Character.toUpperCase(key.charAt(0)) + key.substring(1),
                "What " + key + " covers.", IntStream.rangeClosed(1, 4)
                .mapToObj(score -> new AnchorInput(score, null, key + ": an answer worth " + score)).toList()));
    }

    private UUID question(String topicKey, String prompt, int minutes) {
        return questions.createQuestion(null, new SaveQuestionRequest(null, topicKey, Level.MID, QuestionKind.CONCEPT,
                prompt, "A strong answer to: " + prompt, List.of("Why?", "What breaks first?"), List.of("core"),
                minutes)).id();
    }

    private static String login(Api api, String name) {
        return api.login(name + "@example.com", TestUsers.PASSWORD);
    }
}
