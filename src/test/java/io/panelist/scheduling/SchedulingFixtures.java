package io.panelist.scheduling;

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
import io.panelist.recruiting.positions.PositionResponse;
import io.panelist.recruiting.positions.PositionService;
import io.panelist.recruiting.positions.PositionStatus;
import io.panelist.recruiting.candidates.SaveCandidateRequest;
import io.panelist.recruiting.positions.SavePositionRequest;
import io.panelist.identity.Role;
import io.panelist.shared.Viewer;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.TestUsers;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hiring data for scheduling and recruiting tests, made through the public services so it passes the same rules as
 * real input: a topic, two questions, a position with a published two-stage plan, candidates and applications.
 */
@Singleton
public class SchedulingFixtures {
    public static final String ROOM = "https://meet.example.com/panel";
    public static final String ADMIN = "admin@example.com";
    public static final String RECRUITER = "rita@example.com";
    public static final String ANA = "ana@example.com";
    public static final String BEN = "ben@example.com";
    public static final String MANAGER = "mo@example.com";
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private final TopicService topics;
    private final QuestionService questions;
    private final PositionService positions;
    private final PlanService plans;
    private final CandidateService candidates;
    private final ApplicationService applications;
    private final SchedulingService scheduling;
    private final TestUsers users;

    SchedulingFixtures(TestUsers users, TopicService topics, QuestionService questions, PositionService positions,
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

    /** The people of a hiring team; all sign in with {@link TestUsers#PASSWORD} and live in Europe/Berlin. */
    public record Team(UUID admin, UUID recruiter, UUID ana, UUID ben, UUID manager) {
    }

    /** An administrator, a recruiter (Rita), two interviewers (Ana, Ben) and a hiring manager (Mo). */
    public Team team() {
        return new Team(users.create(ADMIN, Role.ADMIN), users.create(RECRUITER, Role.RECRUITER),
                users.create(ANA, Role.INTERVIEWER), users.create(BEN, Role.INTERVIEWER),
                users.create(MANAGER, Role.HIRING_MANAGER));
    }

    /** One more interviewer, for panels that need many people. */
    public UUID interviewer(String email) {
        return users.create(email, Role.INTERVIEWER);
    }

    /** An open position whose published plan has a screen and a technical stage. */
    public record Opening(UUID positionId, String title, UUID planId, UUID screenStageId, UUID technicalStageId) {
    }

    public Opening openingWithPublishedPlan(UUID adminId, UUID hiringManagerId, String title) {
        Viewer admin = admin(adminId);
        String topicKey = "topic-" + SERIAL.incrementAndGet();
        topics.createTopic(adminId, new SaveTopicRequest(topicKey, "Topic " + topicKey, "What the panel looks for.",
                List.of(anchor(1), anchor(2), anchor(3), anchor(4))));
        UUID first = question(adminId, topicKey, "Walk us through a request you traced end to end.");
        UUID second = question(adminId, topicKey, "How would you test a flaky integration?");
        UUID positionId = positionWithoutPlan(adminId, hiringManagerId, title);
        PlanResponse draft = plans.createPlan(admin, new SavePlanRequest(positionId, title + " plan",
                new SavePlanRequest.Policy(new BigDecimal("3.0"), new BigDecimal("3.5")),
                List.of(stage("Screen", StageKind.SCREEN, 45, topicKey, first),
                        stage("Technical", StageKind.TECHNICAL, 60, topicKey, second))));
        PlanResponse published = plans.publishPlan(admin, draft.id(), OptionalLong.empty());
        return new Opening(positionId, title, published.id(), published.stages().get(0).id(),
                published.stages().get(1).id());
    }

    public UUID positionWithoutPlan(UUID adminId, UUID hiringManagerId, String title) {
        return positions.createPosition(adminId, new SavePositionRequest(title, Level.MID, hiringManagerId,
                PositionStatus.OPEN)).id();
    }

    public void closePosition(UUID adminId, UUID positionId) {
        PositionResponse position = positions.getPosition(admin(adminId), positionId);
        positions.updatePosition(adminId, positionId, OptionalLong.empty(), new SavePositionRequest(position.title(),
                position.level(), position.hiringManagerId(), PositionStatus.CLOSED));
    }

    public UUID candidate(UUID adminId, String name, String email, String phone) {
        return candidates.createCandidate(adminId, new SaveCandidateRequest(name, email, phone, "Referred by a friend"))
                .id();
    }

    public UUID candidate(UUID adminId, String name) {
        return candidate(adminId, name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org", null);
    }

    public UUID application(UUID adminId, UUID candidateId, UUID positionId) {
        return applications.createApplication(adminId, new CreateApplicationRequest(candidateId, positionId)).id();
    }

    /** A candidate with an active application to the opening. */
    public UUID applicant(UUID adminId, Opening opening, String name) {
        return application(adminId, candidate(adminId, name), opening.positionId());
    }

    /** Books an interview through the service (as an administrator; past or future) and returns its id. */
    public UUID interview(UUID adminId, UUID applicationId, UUID stageId, Instant startsAt, Duration length,
                          UUID... panelistIds) {
        return scheduling.scheduleInterview(admin(adminId), new ScheduleInterviewRequest(applicationId, stageId,
                utc(startsAt), utc(startsAt.plus(length)), "Europe/Berlin", ROOM, Arrays.asList(panelistIds), true,
                null)).id();
    }

    /** The JSON body of {@code POST /api/v1/interviews}; add {@code allowPast} for a time already gone. */
    public static Map<String, Object> booking(UUID applicationId, UUID stageId, Object startsAt, Object endsAt,
                                              UUID... panelistIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationId", applicationId);
        body.put("stageId", stageId);
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", endsAt.toString());
        body.put("timeZone", "Europe/Berlin");
        body.put("location", ROOM);
        body.put("panelistIds", Arrays.asList(panelistIds));
        return body;
    }

    /** POSTs every body at once over real HTTP: one thread each, all waiting at one gate, answers in body order. */
    public static List<Answer> parallelPosts(Api api, String token, String path, List<?> bodies) throws Exception {
        return atOnce(bodies.stream().<Callable<Answer>>map(body -> () -> api.post(path, token, body)).toList());
    }

    /** Runs every request at once: one thread each, all waiting at one gate; answers in the requests' order. */
    public static List<Answer> atOnce(List<Callable<Answer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch ready = new CountDownLatch(requests.size());
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (Callable<Answer> request : requests) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return request.call();
                }));
            }
            if (!ready.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the racers never lined up");
            }
            gate.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    public static Viewer admin(UUID adminId) {
        return new Viewer(adminId, Set.of("ADMIN"));
    }

    private UUID question(UUID adminId, String topicKey, String prompt) {
        return questions.createQuestion(adminId, new SaveQuestionRequest(null, topicKey, Level.MID,
                QuestionKind.CONCEPT, prompt, "Names the trade-offs and backs them with an example.", List.of(),
                List.of(), 10)).id();
    }

    private static SavePlanRequest.StageInput stage(String name, StageKind kind, int minutes, String topicKey,
                                                    UUID questionId) {
        return new SavePlanRequest.StageInput(null, name, kind, minutes,
                List.of(new SavePlanRequest.TopicInput(topicKey, BigDecimal.ONE, true, 3)),
                List.of(new SavePlanRequest.QuestionInput(questionId, null, 10)));
    }

    private static AnchorInput anchor(int score) {
        return new AnchorInput(score, null, "What an answer at level " + score + " shows.");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
