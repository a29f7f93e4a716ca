package io.panelist.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.notifications.webhooks.WebhookTestData;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.TestUsers;
import io.panelist.support.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * One hiring world, built once over real HTTP as its people would build it, that every row of the access matrix
 * reads its path parameters from.
 * <ul>
 *   <li>Position A ("Backend"), hiring manager Mo, published two-stage plan; position B ("Data"), hiring manager Olga.
 *   <li>Alice applies to A; her technical round has Ana and Ben on the panel. Ana has submitted her scorecard, Ben
 *       has only saved a draft (so he may not yet read Ana's).
 *   <li>Bea applies to B; her round has Carl alone on the panel (Carl is a panelist of another application).
 *   <li>Writes run on objects made for the purpose (the {@code fresh*} methods), each shaped like the ones above, so
 *       the callers relate to them in the same way and later rows still find Alice's application untouched.
 * </ul>
 */
final class World {
    static final String ADMIN = "admin@example.com";
    static final String RECRUITER = "rita@example.com";
    static final String ANA = "ana@example.com";
    static final String BEN = "ben@example.com";
    static final String CARL = "carl@example.com";
    static final String MO = "mo@example.com";
    static final String OLGA = "olga@example.com";
    static final String RATIONALE = "The panel's evidence, read in full at the debrief, supports this call.";
    private static final Instant FIRST_SLOT = Instant.parse("2031-03-03T08:00:00Z");
    /** Rounds that are scored have started: a scorecard is submitted only once its interview has begun. */
    private static final Instant FIRST_HELD_SLOT = Instant.parse("2026-03-02T08:00:00Z");
    private int heldSlots;

    final Api api;
    final Map<Caller, UUID> ids = new EnumMap<>(Caller.class);
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final TestUsers users;
    private final WebhookTestData webhooks;
    private int slots;
    private int pastSlots;
    String lastTopicKey;
    UUID lastPosition;
    private int serial;

    UUID topicId;
    UUID questionId;
    UUID positionA;
    UUID planA;
    UUID technicalA;
    UUID positionB;
    UUID technicalB;
    UUID alice;
    UUID applicationA;
    UUID interviewA;
    UUID applicationB;
    UUID interviewB;
    /** An application to A that only the fresh interviews are booked on, so Alice's panel state never changes. */
    UUID scratchApplication;
    /** A webhook to a public address (nothing is sent to it: the tests run no dispatcher). */
    UUID webhook;
    private List<UUID> questionsA;
    /** Calendar feeds, self-scheduling links and their bookings for the rows that call on them. */
    final SelfSchedulingCalls selfScheduling = new SelfSchedulingCalls(this);

    World(Api api, TestUsers users, WebhookTestData webhooks) {
        this.api = api;
        this.users = users;
        this.webhooks = webhooks;
    }

    World build() {
        ids.put(Caller.ADMIN, users.create(ADMIN, Role.ADMIN));
        ids.put(Caller.RECRUITER, users.create(RECRUITER, Role.RECRUITER));
        ids.put(Caller.ANA, users.create(ANA, Role.INTERVIEWER));
        ids.put(Caller.BEN, users.create(BEN, Role.INTERVIEWER));
        ids.put(Caller.CARL, users.create(CARL, Role.INTERVIEWER));
        ids.put(Caller.MO, users.create(MO, Role.HIRING_MANAGER));
        ids.put(Caller.OLGA, users.create(OLGA, Role.HIRING_MANAGER));
        for (Caller caller : Caller.people()) {
            tokens.put(caller, api.login(caller.email(), TestUsers.PASSWORD));
        }
        tokens.put(Caller.EXPIRED, Tokens.expired(ids.get(Caller.ADMIN), "ADMIN"));
        tokens.put(Caller.TAMPERED, Tokens.tampered(tokens.get(Caller.CARL)));

        topicId = id(expect(201, post("/api/v1/topics", topic("security"))));
        expect(201, post("/api/v1/topics", topic("testing")));
        questionsA = List.of(question("security", "How does a JWT prove who sent it?"),
                question("security", "What does a CSRF token protect against?"),
                question("testing", "How do you give each test a clean database?"));
        questionId = questionsA.get(0);

        positionA = position("Backend Engineer", Caller.MO);
        planA = id(expect(201, post("/api/v1/plans", plan(positionA))));
        technicalA = publish(planA);
        positionB = position("Data Engineer", Caller.OLGA);
        technicalB = publish(id(expect(201, post("/api/v1/plans", plan(positionB)))));

        alice = candidate("Alice Archer");
        applicationA = application(alice, positionA);
        interviewA = interview(applicationA, technicalA, Caller.ANA, Caller.BEN);
        submit(interviewA, Caller.ANA, "YES", 3, 3);
        save(interviewA, Caller.BEN, "YES", 3, 2);

        applicationB = application(candidate("Bea Baker"), positionB);
        interviewB = interview(applicationB, technicalB, Caller.CARL);
        submit(interviewB, Caller.CARL, "NO", 2, 2);

        scratchApplication = application(candidate("Sam Scratch"), positionA);
        webhook = freshWebhook();
        return this;
    }

    String token(Caller caller) {
        return tokens.get(caller);
    }

    UUID id(Caller caller) {
        return ids.get(caller);
    }

    /** A new token for a person, from a new sign-in (for the rows that end sessions or change a password). */
    String freshToken(Caller caller) {
        return api.login(caller.email(), TestUsers.PASSWORD);
    }

    /** A new refresh token of Rita's, from a new sign-in. */
    String refreshToken() {
        return expect(200, api.loginAnswer(RECRUITER, TestUsers.PASSWORD)).json().get("refresh_token").asText();
    }

    int next() {
        return ++serial;
    }

    // ---- fresh objects for the writes

    /**
     * An application to A like Alice's: Ana and Ben on the panel of a round, nothing scored. The round has begun, so
     * the application has no future round: closing, deciding or erasing it cancels nothing (a future round would be
     * cancelled with an {@code interview.cancelled} event of its own).
     */
    /** An application to A with no round at all, for the self-scheduling links' rows. */
    UUID roundlessApplication() {
        return application(candidate("Lin Link " + next()), positionA);
    }

    UUID freshApplication() {
        UUID application = application(candidate("Fresh Applicant " + next()), positionA);
        id(expect(201, post("/api/v1/interviews", pastBooking(application))));
        return application;
    }

    /** The candidate of a fresh application (so Ana and Ben may read the person). */
    UUID freshCandidate() {
        UUID application = freshApplication();
        return UUID.fromString(expect(200, get("/api/v1/applications/" + application)).json()
                .get("candidateId").asText());
    }

    /** A fresh application to A with a standing HIRE decision by Mo, taken without its panel's pending scorecards. */
    UUID freshDecidedApplication() {
        UUID application = freshApplication();
        expect(201, api.post("/api/v1/applications/" + application + "/decision", token(Caller.MO),
                Map.of("outcome", "HIRE", "rationale", RATIONALE, "acknowledgePending", true)));
        return application;
    }

    /** A new round on the scratch application with Ana and Ben on the panel. */
    UUID freshInterview() {
        return interview(scratchApplication, technicalA, Caller.ANA, Caller.BEN);
    }

    /** A fresh round where Ana and Ben have saved complete drafts, not submitted. */
    UUID freshFilledInterview() {
        UUID interview = freshInterview();
        save(interview, Caller.ANA, "YES", 3, 3);
        save(interview, Caller.BEN, "YES", 3, 3);
        return interview;
    }

    /** A fresh round where Ana and Ben have both submitted. */
    UUID freshSubmittedInterview() {
        UUID interview = freshFilledInterview();
        for (Caller panelist : List.of(Caller.ANA, Caller.BEN)) {
            expect(200, api.call("POST", "/api/v1/interviews/" + interview + "/scorecard/submit")
                    .token(token(panelist)).send());
        }
        return interview;
    }

    /** A new round on the scratch application that began an hour ago (a no-show is recorded once it has begun). */
    UUID freshBegunInterview() {
        return id(expect(201, post("/api/v1/interviews", pastBooking(scratchApplication))));
    }

    /** A one-hour round with Ana and Ben that began an hour or more ago, in a slot of its own. */
    private Map<String, Object> pastBooking(UUID application) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS)
                .minus(Duration.ofHours(1L + 2L * pastSlots++));
        Map<String, Object> body = new LinkedHashMap<>(booking(application));
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusSeconds(3600).toString());
        body.put("allowPast", true);
        return body;
    }

    UUID freshPosition() {
        lastPosition = position("Position " + next(), Caller.MO);
        return lastPosition;
    }

    /** A valid draft, the first plan of a fresh position of Mo's (so publishing it replaces no plan). */
    UUID freshDraftPlan() {
        return id(expect(201, post("/api/v1/plans", plan(freshPosition()))));
    }

    UUID freshTopic() {
        lastTopicKey = "topic-" + next();
        return id(expect(201, post("/api/v1/topics", topic(lastTopicKey))));
    }

    UUID freshQuestion() {
        return question("security", "Fresh question " + next() + ": what does a session cookie need?");
    }

    UUID freshRetiredQuestion() {
        UUID question = freshQuestion();
        expect(200, api.call("POST", "/api/v1/questions/" + question + "/retire").token(token(Caller.ADMIN)).send());
        return question;
    }

    UUID freshWebhook() {
        return id(expect(201, post("/api/v1/webhooks", webhookBody("candidate.erased"))));
    }

    /** A fresh webhook and one logged attempt of it: the path parameters of a redelivery. */
    List<UUID> freshDelivery() {
        UUID hook = freshWebhook();
        return List.of(hook, webhooks.failedDelivery(hook));
    }

    /** A webhook at a public address written as an IP literal, so building the world needs no DNS. */
    static Map<String, Object> webhookBody(String event) {
        return Map.of("url", "https://203.0.113.10/hooks", "events", List.of(event));
    }

    /** A mail that failed every attempt, as the dispatcher leaves it (no feature enqueues mail yet). */
    UUID freshDeadMessage() {
        UUID id = UUID.randomUUID();
        var db = io.panelist.support.TestDatabase.properties();
        try (var connection = java.sql.DriverManager.getConnection(db.get("datasources.default.url"),
                db.get("datasources.default.username"), db.get("datasources.default.password"));
             var insert = connection.prepareStatement("""
                     INSERT INTO outbox (id, kind, status, recipient, subject, payload, attempts, next_attempt_at,
                                         last_error, created_at)
                     VALUES (?, 'INVITATION', 'DEAD', 'ana@example.com', 'Interview', '{}', 8, now(), 'refused', now())
                     """)) {
            insert.setObject(1, id);
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    UUID freshUser() {
        return users.create("user" + next() + "@example.com", Role.INTERVIEWER);
    }

    // ---- request bodies

    Map<String, Object> topic(String key) {
        return Map.of("key", key, "name", key, "description", "What " + key + " covers.",
                "anchors", IntStream.rangeClosed(1, 4).mapToObj(s -> Map.of("score", s,
                        "descriptor", key + " at level " + s)).toList());
    }

    Map<String, Object> questionBody(String topic, String prompt) {
        return Map.of("topicKey", topic, "level", "MID", "kind", "CONCEPT", "prompt", prompt,
                "guidance", "A strong answer to: " + prompt, "followUps", List.of(), "tags", List.of(), "minutes", 10);
    }

    Map<String, Object> plan(UUID position) {
        return Map.of("positionId", position, "name", "Plan " + next(),
                "policy", Map.of("hireThreshold", 3.0, "strongHireThreshold", 3.5),
                "stages", List.of(
                        stage("Technical", "TECHNICAL", List.of(assess("security"), assess("testing")),
                                List.of(questionsA.get(0), questionsA.get(2))),
                        stage("Design", "DESIGN", List.of(assess("security")), List.of(questionsA.get(1)))));
    }

    Map<String, Object> positionBody(String title) {
        return Map.of("title", title, "level", "MID", "hiringManagerId", id(Caller.MO), "status", "OPEN");
    }

    Map<String, Object> booking(UUID application) {
        Instant start = FIRST_SLOT.plus(Duration.ofHours(2L * slots++));
        return Map.of("applicationId", application, "stageId", technicalA, "startsAt", start.toString(),
                "endsAt", start.plusSeconds(3600).toString(), "timeZone", "Europe/Berlin",
                "location", "https://meet.example.com/panel", "panelistIds", List.of(id(Caller.ANA), id(Caller.BEN)));
    }

    /** A find-times query for Alice's technical stage, a week after the booked slots begin. */
    Map<String, Object> findTimes() {
        return Map.of("stageId", technicalA, "from", FIRST_SLOT.toString(),
                "to", FIRST_SLOT.plus(Duration.ofDays(7)).toString(), "panelSize", 2);
    }

    /** Ana and Ben at the first slot: the question a recruiter asks while picking them. */
    Map<String, Object> bookingPreview() {
        return Map.of("startsAt", FIRST_SLOT.toString(), "endsAt", FIRST_SLOT.plusSeconds(3600).toString(),
                "panelistIds", List.of(id(Caller.ANA), id(Caller.BEN)));
    }

    Map<String, Object> reschedule() {
        Instant start = FIRST_SLOT.plus(Duration.ofHours(2L * slots++));
        return Map.of("startsAt", start.toString(), "endsAt", start.plusSeconds(3600).toString());
    }

    static Map<String, Object> card(String vote, int security, int testing) {
        List<Map<String, Object>> scores = new ArrayList<>();
        scores.add(Map.of("topicKey", "security", "score", security, "notes", "Notes on security"));
        scores.add(Map.of("topicKey", "testing", "score", testing, "notes", "Notes on testing"));
        return Map.of("topicScores", scores, "questionNotes", List.of(), "vote", vote, "summary", "Summary: " + vote);
    }

    // ---- steps

    private UUID position(String title, Caller manager) {
        return id(expect(201, post("/api/v1/positions", Map.of("title", title, "level", "MID",
                "hiringManagerId", id(manager), "status", "OPEN"))));
    }

    private UUID publish(UUID plan) {
        JsonNode published = expect(200, api.call("POST", "/api/v1/plans/" + plan + "/publish")
                .token(token(Caller.ADMIN)).send()).json();
        return UUID.fromString(published.at("/stages/0/id").asText());
    }

    private UUID candidate(String name) {
        return id(expect(201, post("/api/v1/candidates", Map.of("name", name,
                "email", name.toLowerCase().replace(' ', '.') + "@mail.example.com"))));
    }

    private UUID application(UUID candidate, UUID position) {
        return id(expect(201, post("/api/v1/applications", Map.of("candidateId", candidate, "positionId", position))));
    }

    private UUID interview(UUID application, UUID stage, Caller... panel) {
        Instant start = FIRST_HELD_SLOT.plus(Duration.ofHours(2L * heldSlots++));
        List<UUID> panelists = new ArrayList<>();
        for (Caller caller : panel) {
            panelists.add(id(caller));
        }
        Map<String, Object> body = new LinkedHashMap<>(Map.of("applicationId", application, "stageId", stage,
                "startsAt", start.toString(), "endsAt", start.plusSeconds(3600).toString(),
                "timeZone", "Europe/Berlin", "location", "https://meet.example.com/panel", "panelistIds", panelists));
        body.put("allowPast", true);
        return id(expect(201, post("/api/v1/interviews", body)));
    }

    private void save(UUID interview, Caller panelist, String vote, int security, int testing) {
        String path = "/api/v1/interviews/" + interview + "/scorecard";
        Answer read = expect(200, api.get(path, token(panelist)));
        expect(200, api.call("PUT", path).token(token(panelist)).header("If-Match", read.header("ETag"))
                .json(card(vote, security, testing)).send());
    }

    private void submit(UUID interview, Caller panelist, String vote, int security, int testing) {
        save(interview, panelist, vote, security, testing);
        expect(200, api.call("POST", "/api/v1/interviews/" + interview + "/scorecard/submit")
                .token(token(panelist)).send());
    }

    private UUID question(String topic, String prompt) {
        return id(expect(201, post("/api/v1/questions", questionBody(topic, prompt))));
    }

    private static Map<String, Object> stage(String name, String kind, List<Map<String, Object>> topics,
                                             List<UUID> questions) {
        return Map.of("name", name, "kind", kind, "minutes", 60, "topics", topics,
                "questions", questions.stream().map(q -> Map.of("questionId", q, "minutes", 10)).toList());
    }

    private static Map<String, Object> assess(String topic) {
        return Map.of("topicKey", topic, "weight", 1.0, "mustHave", topic.equals("security"), "minScore", 2);
    }

    private Answer post(String path, Object body) {
        return api.post(path, token(Caller.ADMIN), body);
    }

    private Answer get(String path) {
        return api.get(path, token(Caller.ADMIN));
    }

    static UUID id(Answer answer) {
        return UUID.fromString(answer.json().get("id").asText());
    }

    static Answer expect(int status, Answer answer) {
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + answer);
        }
        return answer;
    }
}
