package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.TestUsers;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A hiring team, and everything after it made over real HTTP as its people would: topics, questions, a position
 * with a published two-stage plan, candidates, applications, interviews, scorecards saved with If-Match and
 * submitted. The plan: "Technical" assesses security (weight 2.0, must-have, min 3) and testing (weight 1.0,
 * ordinary, min 2); "Design" assesses security again (weight 2.0, must-have, min 3). Thresholds 3.0 and 3.5.
 */
@Singleton
class RecommendationFixtures {
    static final String ADMIN = "admin@example.com";
    static final String RECRUITER = "rita@example.com";
    static final String ANA = "ana@example.com";
    static final String BEN = "ben@example.com";
    static final String CLEO = "cleo@example.com";
    static final String DAN = "dan@example.com";
    static final String MANAGER = "mo@example.com";
    static final String OTHER_MANAGER = "olga@example.com";
    private final TestUsers users;

    RecommendationFixtures(TestUsers users) {
        this.users = users;
    }

    /** Admin, recruiter Rita, interviewers Ana, Ben, Cleo and Dan, hiring managers Mo and Olga; all signed in. */
    Hiring hiring(Api api) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        ids.put(ADMIN, users.create(ADMIN, Role.ADMIN));
        ids.put(RECRUITER, users.create(RECRUITER, Role.RECRUITER));
        for (String interviewer : List.of(ANA, BEN, CLEO, DAN)) {
            ids.put(interviewer, users.create(interviewer, Role.INTERVIEWER));
        }
        ids.put(MANAGER, users.create(MANAGER, Role.HIRING_MANAGER));
        ids.put(OTHER_MANAGER, users.create(OTHER_MANAGER, Role.HIRING_MANAGER));
        Map<UUID, String> tokens = new LinkedHashMap<>();
        ids.forEach((email, id) -> tokens.put(id, api.login(email, TestUsers.PASSWORD)));
        return new Hiring(api, ids, tokens);
    }

    /** A position with its published plan: the stage ids an interview is booked for. */
    record Opening(UUID positionId, UUID planId, UUID technicalStageId, UUID designStageId) {
    }

    /** One scorecard's content: a vote and, per topic in stage order, a score 1..4 or null for "not assessed". */
    record Card(String vote, Map<String, Integer> scores) {
        static Card of(String vote, Object... topicAndScore) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (int i = 0; i < topicAndScore.length; i += 2) {
                scores.put((String) topicAndScore[i], (Integer) topicAndScore[i + 1]);
            }
            return new Card(vote, scores);
        }

        Map<String, Object> body() {
            List<Map<String, Object>> topicScores = new ArrayList<>();
            scores.forEach((topic, score) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("topicKey", topic);
                entry.put("score", score);
                entry.put("notAssessedReason", score == null ? "ran out of time" : null);
                entry.put("notes", "Notes on " + topic);
                topicScores.add(entry);
            });
            return Map.of("topicScores", topicScores, "questionNotes", List.of(), "vote", vote,
                    "summary", "Summary: " + vote);
        }
    }

    static final class Hiring {
        /** Scored rounds have started: a scorecard is submitted only once its interview has begun. */
        static final Instant FIRST_SLOT = Instant.parse("2026-03-02T08:00:00Z");
        final Api api;
        final UUID admin;
        final UUID recruiter;
        final UUID ana;
        final UUID ben;
        final UUID cleo;
        final UUID dan;
        final UUID manager;
        final UUID otherManager;
        private final Map<UUID, String> tokens;
        private int slots;
        private boolean bank;

        Hiring(Api api, Map<String, UUID> ids, Map<UUID, String> tokens) {
            this.api = api;
            this.admin = ids.get(ADMIN);
            this.recruiter = ids.get(RECRUITER);
            this.ana = ids.get(ANA);
            this.ben = ids.get(BEN);
            this.cleo = ids.get(CLEO);
            this.dan = ids.get(DAN);
            this.manager = ids.get(MANAGER);
            this.otherManager = ids.get(OTHER_MANAGER);
            this.tokens = tokens;
        }

        String token(UUID userId) {
            return tokens.get(userId);
        }

        /** A position managed by {@code managerId}, with the two-stage plan described above, published. */
        Opening opening(String title, UUID managerId) {
            List<UUID> questions = questionBank();
            UUID position = id(expect(201, api.post("/api/v1/positions", token(admin), Map.of("title", title,
                    "level", "MID", "hiringManagerId", managerId, "status", "OPEN"))));
            Map<String, Object> plan = Map.of("positionId", position, "name", title + " plan",
                    "policy", Map.of("hireThreshold", 3.0, "strongHireThreshold", 3.5),
                    "stages", List.of(
                            stage("Technical", "TECHNICAL", 60, List.of(assess("security", 2.0, true, 3),
                                    assess("testing", 1.0, false, 2)), List.of(questions.get(0), questions.get(2))),
                            stage("Design", "DESIGN", 45, List.of(assess("security", 2.0, true, 3)),
                                    List.of(questions.get(1)))));
            UUID planId = id(expect(201, api.post("/api/v1/plans", token(admin), plan)));
            JsonNode published = expect(200, api.call("POST", "/api/v1/plans/" + planId + "/publish")
                    .token(token(admin)).send()).json();
            return new Opening(position, planId, UUID.fromString(published.at("/stages/0/id").asText()),
                    UUID.fromString(published.at("/stages/1/id").asText()));
        }

        /** A new candidate applying to the opening; answers the application id. */
        UUID applicant(Opening opening, String name) {
            UUID candidate = id(expect(201, api.post("/api/v1/candidates", token(recruiter), Map.of("name", name))));
            return id(expect(201, api.post("/api/v1/applications", token(recruiter),
                    Map.of("candidateId", candidate, "positionId", opening.positionId()))));
        }

        /** Books a one-hour round that has happened, in the next free slot (so no panel is ever double-booked). */
        UUID interview(UUID applicationId, UUID stageId, UUID... panelists) {
            Instant start = FIRST_SLOT.plus(Duration.ofHours(2L * slots++));
            return id(expect(201, api.post("/api/v1/interviews", token(recruiter), Map.of("applicationId",
                    applicationId, "stageId", stageId, "startsAt", start.toString(),
                    "endsAt", start.plusSeconds(3600).toString(), "timeZone", "Europe/Berlin",
                    "location", "https://meet.example.com/panel", "panelistIds", List.of(panelists),
                    "allowPast", true))));
        }

        /** The panelist reads their scorecard, saves the card with the ETag it got, and submits. */
        void submit(UUID interviewId, UUID panelist, Card card) {
            save(interviewId, panelist, card);
            expect(200, api.call("POST", "/api/v1/interviews/" + interviewId + "/scorecard/submit")
                    .token(token(panelist)).send());
        }

        /** Saves a draft without submitting it. */
        void save(UUID interviewId, UUID panelist, Card card) {
            String path = "/api/v1/interviews/" + interviewId + "/scorecard";
            Answer read = expect(200, api.get(path, token(panelist)));
            expect(200, api.call("PUT", path).token(token(panelist)).header("If-Match", read.header("ETag"))
                    .json(card.body()).send());
        }

        /** Changes a submitted scorecard through an amendment, with a reason. */
        void amend(UUID interviewId, UUID panelist, Card card) {
            String path = "/api/v1/interviews/" + interviewId + "/scorecard";
            Answer read = expect(200, api.get(path, token(panelist)));
            Map<String, Object> body = new LinkedHashMap<>(card.body());
            body.put("reason", "Re-read my notes after the debrief.");
            expect(200, api.call("POST", path + "/amendments").token(token(panelist))
                    .header("If-Match", read.header("ETag")).json(body).send());
        }

        /** The person's whole list of qualifications, as an administrator saves it: topic key, level, ... */
        void qualifications(UUID person, String... topicAndLevel) {
            List<Map<String, Object>> topics = new ArrayList<>();
            for (int i = 0; i < topicAndLevel.length; i += 2) {
                topics.add(Map.of("topicKey", topicAndLevel[i], "level", topicAndLevel[i + 1]));
            }
            expect(200, api.putCurrent("/api/v1/interviewers/" + person + "/qualifications", token(admin),
                    Map.of("topics", topics)));
        }

        Answer recommendation(UUID applicationId, UUID viewer) {
            return api.get("/api/v1/applications/" + applicationId + "/recommendation", token(viewer));
        }

        Answer decide(UUID applicationId, UUID viewer, String outcome, String rationale) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("outcome", outcome);
            body.put("rationale", rationale);
            return api.post("/api/v1/applications/" + applicationId + "/decision", token(viewer), body);
        }

        /** A decision with {@code acknowledgePending} set to the value given (any JSON value, to test refusals). */
        Answer decide(UUID applicationId, UUID viewer, String outcome, String rationale, Object acknowledgePending) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("outcome", outcome);
            body.put("rationale", rationale);
            body.put("acknowledgePending", acknowledgePending);
            return api.post("/api/v1/applications/" + applicationId + "/decision", token(viewer), body);
        }

        Answer decision(UUID applicationId, UUID viewer) {
            return api.get("/api/v1/applications/" + applicationId + "/decision", token(viewer));
        }

        Answer reopen(UUID applicationId, UUID viewer, String reason) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reason", reason);
            return api.post("/api/v1/applications/" + applicationId + "/reopen", token(viewer), body);
        }

        /** Security and testing topics with rubrics, and three questions: jwt, csrf (security), fixtures (testing). */
        private List<UUID> questionBank() {
            if (!bank) {
                for (String key : List.of("security", "testing")) {
                    expect(201, api.post("/api/v1/topics", token(admin), Map.of("key", key, "name", key,
                            "description", "What " + key + " covers.", "anchors", IntStream.rangeClosed(1, 4)
                                    .mapToObj(s -> Map.of("score", s, "descriptor", key + " at level " + s)).toList())));
                }
                bank = true;
            }
            return List.of(question("security", "How does a JWT prove who sent it?", 10),
                    question("security", "What does a CSRF token protect against?", 20),
                    question("testing", "How do you give each test a clean database?", 15));
        }

        private UUID question(String topic, String prompt, int minutes) {
            return id(expect(201, api.post("/api/v1/questions", token(admin), Map.of("topicKey", topic,
                    "level", "MID", "kind", "CONCEPT", "prompt", prompt, "guidance", "A strong answer to: " + prompt,
                    "followUps", List.of(), "tags", List.of(), "minutes", minutes))));
        }

        private static Map<String, Object> stage(String name, String kind, int minutes,
                                                 List<Map<String, Object>> topics, List<UUID> questions) {
            return Map.of("name", name, "kind", kind, "minutes", minutes, "topics", topics,
                    "questions", questions.stream().map(q -> Map.of("questionId", q, "minutes", 10)).toList());
        }

        private static Map<String, Object> assess(String topic, double weight, boolean mustHave, int minScore) {
            return Map.of("topicKey", topic, "weight", weight, "mustHave", mustHave, "minScore", minScore);
        }
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
