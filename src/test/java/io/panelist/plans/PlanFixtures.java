package io.panelist.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.plans.rules.PlanDraft;
import io.panelist.questionbank.Level;
import io.panelist.questionbank.QuestionKind;
import io.panelist.questionbank.QuestionResponse;
import io.panelist.questionbank.QuestionService;
import io.panelist.questionbank.SaveQuestionRequest;
import io.panelist.questionbank.topics.AnchorInput;
import io.panelist.questionbank.topics.SaveTopicRequest;
import io.panelist.questionbank.topics.TopicResponse;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.recruiting.positions.PositionResponse;
import io.panelist.recruiting.positions.PositionService;
import io.panelist.recruiting.positions.PositionStatus;
import io.panelist.recruiting.positions.SavePositionRequest;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.TestUsers;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Test data for plans: people, a small question bank and positions made through the public services (so they pass
 * the same validation as real input), request bodies for the plan API, and pure drafts for the rule unit tests.
 */
@Singleton
public class PlanFixtures {
    static final String TECHNICAL = "Technical deep dive";
    static final String DESIGN = "System design";
    private final TestUsers users;
    private final TopicService topics;
    private final QuestionService questions;
    private final PositionService positions;

    PlanFixtures(TestUsers users, TopicService topics, QuestionService questions, PositionService positions) {
        this.users = users;
        this.topics = topics;
        this.questions = questions;
        this.positions = positions;
    }

    /** One person per role, signed in; {@code manager} manages the positions tests make, {@code otherManager} not. */
    record Team(UUID adminId, UUID managerId, UUID otherManagerId, UUID interviewerId, UUID recruiterId,
                String admin, String manager, String otherManager, String interviewer, String recruiter) {
    }

    /** Two topics and three questions: jwt and csrf ask about security, fixtures about testing. */
    record Bank(TopicResponse security, TopicResponse testing, QuestionResponse jwt, QuestionResponse csrf,
                QuestionResponse fixtures) {
    }

    Team team(Api api) {
        UUID admin = users.create("admin@example.com", Role.ADMIN);
        UUID manager = users.create("mo@example.com", Role.HIRING_MANAGER);
        UUID other = users.create("olga@example.com", Role.HIRING_MANAGER);
        UUID interviewer = users.create("ana@example.com", Role.INTERVIEWER);
        UUID recruiter = users.create("rita@example.com", Role.RECRUITER);
        return new Team(admin, manager, other, interviewer, recruiter,
                api.login("admin@example.com", TestUsers.PASSWORD), api.login("mo@example.com", TestUsers.PASSWORD),
                api.login("olga@example.com", TestUsers.PASSWORD), api.login("ana@example.com", TestUsers.PASSWORD),
                api.login("rita@example.com", TestUsers.PASSWORD));
    }

    Bank bank() {
        TopicResponse security = topic("security");
        TopicResponse testing = topic("testing");
        return new Bank(security, testing, question("security", "How does a JWT prove who sent it?", 10),
                question("security", "What does a CSRF token protect against?", 20),
                question("testing", "How do you give each test a clean database?", 15));
    }

    PositionResponse position(String title, UUID managerId) {
        return positions.createPosition(null, new SavePositionRequest(title, Level.MID, managerId, PositionStatus.OPEN));
    }

    TopicResponse topic(String key) {
        return topics.createTopic(null, new SaveTopicRequest(key, capitalized(key), "What " + key + " covers.",
                IntStream.rangeClosed(1, 4).mapToObj(score -> new AnchorInput(score, null, descriptor(key, "v1", score)))
                        .toList()));
    }

    QuestionResponse question(String topicKey, String prompt, int minutes) {
        return questions.createQuestion(null, new SaveQuestionRequest(null, topicKey, Level.MID, QuestionKind.CONCEPT,
                prompt, "A strong answer to: " + prompt, List.of("Why?", "What breaks first?"), List.of("core"),
                minutes));
    }

    QuestionResponse retire(UUID questionId) {
        return questions.retireQuestion(null, questionId, OptionalLong.empty());
    }

    static String descriptor(String topicKey, String rubric, int score) {
        return topicKey + " " + rubric + ": an answer worth " + score;
    }

    // ---- request bodies, as a client writes them

    /** The reference plan: security in two stages (must-have), testing in one. Valid. */
    static Map<String, Object> validPlan(UUID positionId, Bank bank) {
        return plan(positionId, "Backend Engineer", validStages(bank));
    }

    static List<Map<String, Object>> validStages(Bank bank) {
        return List.of(
                stage(TECHNICAL, "TECHNICAL", 60,
                        List.of(assess("security", 2.0, true, 3), assess("testing", 1.0, false, 2)),
                        List.of(ask(bank.jwt().id(), 10), ask(bank.fixtures().id(), 15))),
                stage(DESIGN, "DESIGN", 45, List.of(assess("security", 1.5, true, 3)),
                        List.of(ask(bank.csrf().id(), 20))));
    }

    static Map<String, Object> plan(UUID positionId, String name, List<Map<String, Object>> stages) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("positionId", positionId);
        plan.put("name", name);
        plan.put("stages", new ArrayList<>(stages));
        return plan;
    }

    static Map<String, Object> plan(UUID positionId, String name, double hire, double strongHire,
                                    List<Map<String, Object>> stages) {
        return with(plan(positionId, name, stages), "policy",
                Map.of("hireThreshold", hire, "strongHireThreshold", strongHire));
    }

    static Map<String, Object> stage(String name, String kind, int minutes, List<Map<String, Object>> topics,
                                     List<Map<String, Object>> questions) {
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("name", name);
        stage.put("kind", kind);
        stage.put("minutes", minutes);
        stage.put("topics", new ArrayList<>(topics));
        stage.put("questions", new ArrayList<>(questions));
        return stage;
    }

    static Map<String, Object> assess(String topicKey, double weight, boolean mustHave, int minScore) {
        return new LinkedHashMap<>(Map.of("topicKey", topicKey, "weight", weight, "mustHave", mustHave,
                "minScore", minScore));
    }

    static Map<String, Object> ask(UUID questionId, int minutes) {
        return new LinkedHashMap<>(Map.of("questionId", questionId, "minutes", minutes));
    }

    static Map<String, Object> ask(UUID questionId, int revision, int minutes) {
        return with(ask(questionId, minutes), "revision", revision);
    }

    /** A copy of a body with one field set (or replaced). */
    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** A copy of a plan body whose first stage's first topic has one field set. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withFirstTopic(Map<String, Object> plan, String field, Object value) {
        List<Map<String, Object>> stages = (List<Map<String, Object>>) plan.get("stages");
        Map<String, Object> stage = stages.get(0);
        List<Map<String, Object>> topics = new ArrayList<>((List<Map<String, Object>>) stage.get("topics"));
        topics.set(0, with(topics.get(0), field, value));
        List<Map<String, Object>> newStages = new ArrayList<>(stages);
        newStages.set(0, with(stage, "topics", topics));
        return with(plan, "stages", newStages);
    }

    /** {@code PUT /api/v1/topics/{id}}: the same topic with anchors of another wording. */
    static Map<String, Object> topicBody(TopicResponse topic, String rubric) {
        return Map.of("key", topic.key(), "name", topic.name(), "description", topic.description(),
                "anchors", IntStream.rangeClosed(1, 4).mapToObj(score -> Map.of("score", score,
                        "descriptor", descriptor(topic.key(), rubric, score))).toList());
    }

    /** {@code PUT /api/v1/questions/{id}}: a revision with another prompt. */
    static Map<String, Object> questionBody(QuestionResponse question, String prompt, int minutes) {
        return Map.of("topicKey", question.topicKey(), "level", "MID", "kind", "CONCEPT", "prompt", prompt,
                "guidance", "A strong answer to: " + prompt, "followUps", List.of("And then?"), "minutes", minutes);
    }

    // ---- pure drafts, for the rule unit tests

    public static PlanDraft draft(PlanDraft.Stage... stages) {
        return new PlanDraft(3.0, 3.5, List.of(stages));
    }

    public static PlanDraft.Stage stageOf(String name, int minutes, List<PlanDraft.Topic> topics,
                                   List<PlanDraft.Question> questions) {
        return new PlanDraft.Stage(name, minutes, topics, questions);
    }

    public static PlanDraft.Topic assessed(String topicKey, double weight, boolean mustHave, int minScore) {
        return new PlanDraft.Topic(topicKey, true, weight, mustHave, minScore);
    }

    public static PlanDraft.Topic unknownTopic(String topicKey) {
        return new PlanDraft.Topic(topicKey, false, 1.0, false, 2);
    }

    public static PlanDraft.Question asked(UUID questionId, String topicKey, int minutes) {
        return new PlanDraft.Question(questionId, topicKey, minutes, false);
    }

    public static PlanDraft.Question retired(UUID questionId, String topicKey, int minutes) {
        return new PlanDraft.Question(questionId, topicKey, minutes, true);
    }

    // ---- calls without a body

    static Answer publish(Api api, String token, UUID planId) {
        return api.call("POST", "/api/v1/plans/" + planId + "/publish").token(token).send();
    }

    static Answer newVersion(Api api, String token, UUID planId) {
        return api.call("POST", "/api/v1/plans/" + planId + "/versions").token(token).send();
    }

    // ---- reading answers

    /** The {@code field} of each {@code {field, message}} in a problems or errors list, in order. */
    static List<String> fields(JsonNode problems) {
        List<String> fields = new ArrayList<>();
        problems.forEach(problem -> fields.add(problem.get("field").asText()));
        return fields;
    }

    static UUID id(Answer answer) {
        return UUID.fromString(answer.json().get("id").asText());
    }

    private static String capitalized(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
