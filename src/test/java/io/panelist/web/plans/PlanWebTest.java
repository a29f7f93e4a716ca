package io.panelist.web.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the plan page tests share: the demo's plan and position, drafts made through the API, saves as the page sends them. */
abstract class PlanWebTest extends WebTest {

    protected String admin() {
        return api.login("admin@example.com", DEMO_PASSWORD);
    }

    protected JsonNode demoPlan() {
        JsonNode items = api.get("/api/v1/plans?status=PUBLISHED", admin()).json().get("items");
        return api.get("/api/v1/plans/" + items.get(0).get("id").asText(), admin()).json();
    }

    protected UUID demoPlanId() {
        return UUID.fromString(demoPlan().get("id").asText());
    }

    protected UUID demoPositionId() {
        return UUID.fromString(demoPlan().get("positionId").asText());
    }

    /** A draft copied from the demo's published plan, through the API. */
    protected UUID draftFromDemo() {
        Answer copy = api.call("POST", "/api/v1/plans/" + demoPlanId() + "/versions").token(admin()).send();
        if (copy.status() != 201) {
            throw new IllegalStateException("no draft: " + copy);
        }
        return UUID.fromString(copy.json().get("id").asText());
    }

    protected JsonNode plan(UUID planId) {
        return api.get("/api/v1/plans/" + planId, admin()).json();
    }

    /** The plan as the builder's script sends it: every stage with its id, topics and questions. */
    protected static Map<String, Object> body(JsonNode plan) {
        List<Map<String, Object>> stages = new ArrayList<>();
        for (JsonNode stage : plan.get("stages")) {
            List<Map<String, Object>> topics = new ArrayList<>();
            stage.get("topics").forEach(t -> topics.add(new LinkedHashMap<>(Map.of("topicKey", t.get("topicKey").asText(),
                    "weight", t.get("weight").asDouble(), "mustHave", t.get("mustHave").asBoolean(),
                    "minScore", t.get("minScore").asInt()))));
            List<Map<String, Object>> questions = new ArrayList<>();
            stage.get("questions").forEach(q -> questions.add(new LinkedHashMap<>(Map.of(
                    "questionId", q.get("questionId").asText(), "minutes", q.get("minutes").asInt()))));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", stage.get("id").asText());
            s.put("name", stage.get("name").asText());
            s.put("kind", stage.get("kind").asText());
            s.put("minutes", stage.get("minutes").asInt());
            s.put("topics", topics);
            s.put("questions", questions);
            stages.add(s);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("positionId", plan.get("positionId").asText());
        body.put("name", plan.get("name").asText());
        body.put("policy", Map.of("hireThreshold", plan.at("/policy/hireThreshold").asDouble(),
                "strongHireThreshold", plan.at("/policy/strongHireThreshold").asDouble()));
        body.put("stages", stages);
        return body;
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> stage(Map<String, Object> body, int index) {
        return ((List<Map<String, Object>>) body.get("stages")).get(index);
    }

    /** A save as the builder's script makes it: JSON, the CSRF header, the version read, asking for HTML. */
    protected static Answer save(BrowserSession browser, UUID planId, Map<String, Object> body, long version) {
        return browser.script("PUT", "/plans/" + planId, body, headers(browser, version));
    }

    protected static Answer publish(BrowserSession browser, UUID planId, long version) {
        return browser.script("POST", "/plans/" + planId + "/publish", null, headers(browser, version));
    }

    protected static Map<String, String> headers(BrowserSession browser, long version) {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-CSRF-TOKEN", browser.csrfToken());
        headers.put("Accept", "text/html");
        headers.put("HX-Request", "true");
        headers.put("If-Match", "\"" + version + "\"");
        return headers;
    }

    /** Everything a plan write changes: rows of every plan table, edit versions, plan audit events. */
    protected Map<String, Long> planRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("plans", "plan_stages", "stage_topics", "stage_questions")) {
            rows.put(table, count("SELECT count(*) FROM " + table));
        }
        rows.put("edits", count("SELECT coalesce(sum(version), 0) FROM plans"));
        rows.put("published", count("SELECT count(*) FROM plans WHERE status = 'PUBLISHED'"));
        rows.put("audit", count("SELECT count(*) FROM audit_events WHERE action LIKE 'plan.%'"));
        return rows;
    }
}
