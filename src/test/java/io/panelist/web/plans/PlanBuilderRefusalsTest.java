package io.panelist.web.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the builder refuses, each with a plain message and nothing written. */
class PlanBuilderRefusalsTest extends PlanWebTest {

    @Test
    void anUnknownPlanIsANotFoundPage() {
        BrowserSession admin = signIn("admin@example.com");

        Answer page = admin.page("/plans/" + UUID.randomUUID());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("Nothing here", "was not found");
        assertThat(admin.page("/plans/not-a-plan").status()).isEqualTo(400);
    }

    @Test
    void badInputIsRefusedInPlainWordsAndWritesNothing() {
        UUID draft = draftFromDemo();
        JsonNode plan = plan(draft);
        Map<String, Object> body = body(plan);
        stage(body, 0).put("minutes", 0);
        stage(body, 1).put("name", " ");
        @SuppressWarnings("unchecked")
        Map<String, Object> topic = ((List<Map<String, Object>>) stage(body, 1).get("topics")).get(0);
        topic.put("weight", 0);
        BrowserSession admin = signIn("admin@example.com");
        Map<String, Long> before = planRows();

        Answer saved = save(admin, draft, body, plan.get("editVersion").asLong());

        assertThat(saved.status()).isEqualTo(400);
        assertThat(saved.contentType()).startsWith("text/html");
        assertThat(saved.text()).contains("Not saved. Fix this and the plan saves again:",
                "Stage 1 · Phone screen, minutes: must be greater than or equal to 5",
                "Stage 2 · topic security, weight: must be greater than 0")
                .doesNotContain("Exception", "stages[", "SQL");
        assertThat(planRows()).isEqualTo(before);
    }

    @Test
    void thresholdsOutOfOrderAndUnknownTopicsAreRefusedAndWriteNothing() {
        UUID draft = draftFromDemo();
        JsonNode plan = plan(draft);
        Map<String, Object> disordered = body(plan);
        disordered.put("policy", Map.of("hireThreshold", 3.8, "strongHireThreshold", 3.2));
        Map<String, Object> unknown = body(plan);
        stage(unknown, 0).put("topics", List.of(Map.of("topicKey", "astrology", "weight", 1, "mustHave", false,
                "minScore", 2)));
        BrowserSession admin = signIn("admin@example.com");
        Map<String, Long> before = planRows();

        Answer policy = save(admin, draft, disordered, plan.get("editVersion").asLong());
        Answer topic = save(admin, draft, unknown, plan.get("editVersion").asLong());

        assertThat(policy.status()).isEqualTo(400);
        assertThat(policy.text()).contains("Decision policy: hireThreshold must not exceed strongHireThreshold");
        assertThat(topic.status()).isEqualTo(422);
        assertThat(topic.text()).contains("Stage 1 · Phone screen · topic astrology, topic: names no topic of the bank");
        assertThat(planRows()).isEqualTo(before);
    }

    @Test
    void aSaveCarryingAStaleVersionIsRefusedAndSaysSomeoneElseChangedThePlan() {
        UUID draft = draftFromDemo();
        JsonNode plan = plan(draft);
        long read = plan.get("editVersion").asLong();
        Map<String, Object> theirs = body(plan);
        theirs.put("name", "Changed in another tab");
        BrowserSession admin = signIn("admin@example.com");
        assertThat(save(admin, draft, theirs, read).status()).isEqualTo(200);
        Map<String, Long> before = planRows();
        Map<String, Object> mine = body(plan);
        mine.put("name", "Lost update");

        Answer stale = save(admin, draft, mine, read);
        Answer stalePublish = publish(admin, draft, read);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.text()).contains("Someone else saved this plan after you opened it",
                "Reload the page to see their version");
        assertThat(stalePublish.status()).isEqualTo(412);
        assertThat(plan(draft).get("name").asText()).isEqualTo("Changed in another tab");
        assertThat(planRows()).isEqualTo(before);
    }

    @Test
    void aSaveThatNamesNoVersionIsRefusedWithAMessageAndWritesNothing() {
        UUID draft = draftFromDemo();
        JsonNode plan = plan(draft);
        BrowserSession admin = signIn("admin@example.com");
        Map<String, String> withoutVersion = new HashMap<>(headers(admin, 0));
        withoutVersion.remove("If-Match");
        Map<String, Long> before = planRows();

        Answer put = admin.script("PUT", "/plans/" + draft, body(plan), withoutVersion);

        assertThat(put.status()).as(put.text()).isEqualTo(428);
        assertThat(put.text()).contains("did not say which version of the plan it changes", "Reload the page");
        assertThat(planRows()).isEqualTo(before);
    }

    @Test
    void aPublishedPlanOpensReadOnlyAndASaveToItIsRefusedClearly() {
        JsonNode published = demoPlan();
        UUID planId = UUID.fromString(published.get("id").asText());
        BrowserSession admin = signIn("admin@example.com");
        Map<String, Long> before = planRows();

        Answer page = admin.page("/plans/" + planId);
        Answer saved = save(admin, planId, body(published), published.get("editVersion").asLong());
        Answer again = publish(admin, planId, published.get("editVersion").asLong());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Published · version 1", "A published plan never changes",
                "New version from this plan", "Interview kit").doesNotContain("id=\"plan-form\"");
        assertThat(saved.status()).isEqualTo(409);
        assertThat(saved.text()).contains("This plan is published now and never changes",
                "start a new version to change it");
        assertThat(again.status()).isEqualTo(409);
        assertThat(planRows()).isEqualTo(before);
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused() {
        UUID draft = draftFromDemo();
        JsonNode plan = plan(draft);
        BrowserSession admin = signIn("admin@example.com");
        Map<String, String> withoutToken = Map.of("Accept", "text/html", "HX-Request", "true",
                "If-Match", "\"" + plan.get("editVersion").asLong() + "\"");
        Map<String, Long> before = planRows();

        Answer put = admin.script("PUT", "/plans/" + draft, body(plan), withoutToken);
        Answer publish = admin.script("POST", "/plans/" + draft + "/publish", null, withoutToken);
        Answer copy = admin.postForm("/plans/" + draft + "/versions", Map.of());
        Answer forged = admin.postForm("/plans/" + draft + "/versions", Map.of("csrfToken", "forged"));
        Answer start = admin.postForm("/positions/" + demoPositionId() + "/plan", Map.of());

        for (Answer answer : List.of(put, publish, copy, forged, start)) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(403);
            assertThat(answer.text()).contains("did not come from a Panelist page");
        }
        assertThat(planRows()).isEqualTo(before);
    }
}
