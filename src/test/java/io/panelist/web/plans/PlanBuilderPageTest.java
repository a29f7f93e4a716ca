package io.panelist.web.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The builder over HTTP: the form of a draft, saves answering the report and summary, publishing. */
class PlanBuilderPageTest extends PlanWebTest {

    @Test
    void theBuilderShowsTheDraftWholeAsOneFormWithItsReportAndCoverage() {
        UUID draft = draftFromDemo();
        JsonNode plan = plan(draft);

        Answer page = signIn("manager@example.com").page("/plans/" + draft);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("id=\"plan-form\"", "data-edit-version=\"" + plan.get("editVersion").asLong() + "\"",
                "id=\"save-state\"", ">Saved<", "id=\"publish\"", "Add a stage", "Ready to publish", "Coverage",
                "/assets/js/plans.js", "hx-get=\"/plans/builder/stage\"", "New version from this plan");
        for (JsonNode stage : plan.get("stages")) {
            assertThat(page.text()).contains("data-stage-id=\"" + stage.get("id").asText() + "\"",
                    "/plans/" + draft + "/stages/" + stage.get("id").asText() + "/kit");
            stage.get("questions").forEach(q -> assertThat(page.text())
                    .contains("data-question-id=\"" + q.get("questionId").asText() + "\""));
            stage.get("topics").forEach(t -> assertThat(page.text())
                    .contains("data-topic-key=\"" + t.get("topicKey").asText() + "\""));
        }
        assertThat(page.text()).contains("Must-have", "Move up", "Move down", "Remove stage", "Search the question bank");
    }

    @Test
    void aSaveStoresTheDraftWholeAndAnswersTheReportWithTheProblemsInWords() {
        UUID draft = draftFromDemo();
        JsonNode plan = plan(draft);
        Map<String, Object> body = body(plan);
        stage(body, 1).put("topics", List.of());
        stage(body, 0).put("name", "Quick screen");
        BrowserSession manager = signIn("manager@example.com");

        Answer saved = save(manager, draft, body, plan.get("editVersion").asLong());

        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        JsonNode now = plan(draft);
        assertThat(now.at("/stages/0/name").asText()).isEqualTo("Quick screen");
        assertThat(now.at("/stages/1/topics")).isEmpty();
        assertThat(now.get("valid").asBoolean()).isFalse();
        assertThat(saved.header("ETag")).isEqualTo("\"" + now.get("editVersion").asLong() + "\"");
        assertThat(saved.text()).contains("id=\"plan-report\"", "data-edit-version=\"" + now.get("editVersion").asLong() + "\"",
                "problem to fix before publishing", "Stage 2 · Technical deep dive", "a stage needs at least one topic",
                "data-pointer=\"/stages/1/topics\"", "Coverage")
                .contains(now.at("/stages/0/id").asText() + "," + now.at("/stages/1/id").asText());
        assertThat(now.at("/stages/0/id").asText()).isEqualTo(plan.at("/stages/0/id").asText());
    }

    @Test
    void publishingAnInvalidDraftIsRefusedWithTheProblemsListedAndAValidOneTurnsReadOnly() {
        UUID draft = draftFromDemo();
        JsonNode plan = plan(draft);
        Map<String, Object> body = body(plan);
        stage(body, 3).put("questions", List.of());
        BrowserSession manager = signIn("manager@example.com");
        Answer saved = save(manager, draft, body, plan.get("editVersion").asLong());
        long version = plan(draft).get("editVersion").asLong();

        Answer refused = publish(manager, draft, version);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Not published: fix these first.", "Stage 4 · Code quality and collaboration",
                "no question of this stage asks about collaboration");
        assertThat(plan(draft).get("status").asText()).isEqualTo("DRAFT");

        Answer fixed = save(manager, draft, body(plan), version);
        Answer published = publish(manager, draft, plan(draft).get("editVersion").asLong());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(fixed.status()).as(fixed.text()).isEqualTo(200);
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        assertThat(plan(draft).get("status").asText()).isEqualTo("PUBLISHED");
        Answer page = manager.page("/plans/" + draft);
        assertThat(page.text()).contains("Published ", "A published plan never changes", "New version from this plan")
                .doesNotContain("id=\"plan-form\"", "id=\"publish\"");
    }

    @Test
    void anInterviewerBuildsDraftsButPublishingIsRefusedWithTheApisReason() {
        UUID draft = draftFromDemo();
        BrowserSession ana = signIn("ana@example.com");
        Map<String, Long> before = planRows();

        Answer page = ana.page("/plans/" + draft);
        Answer publish = publish(ana, draft, plan(draft).get("editVersion").asLong());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("id=\"plan-form\"", "An administrator or the position")
                .doesNotContain("id=\"publish\"");
        assertThat(publish.status()).isEqualTo(403);
        assertThat(publish.contentType()).startsWith("text/html");
        assertThat(publish.text()).contains("Only an administrator or the position&#39;s hiring manager publishes its plans.");
        assertThat(planRows()).isEqualTo(before);
    }

    @Test
    void aRecruiterReadsTheDraftButCannotSaveIt() {
        UUID draft = draftFromDemo();
        JsonNode plan = plan(draft);
        BrowserSession recruiter = signIn("recruiter@example.com");
        Map<String, Long> before = planRows();

        Answer page = recruiter.page("/plans/" + draft);
        Answer saved = save(recruiter, draft, body(plan), plan.get("editVersion").asLong());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("A draft, shown read-only", "Technical deep dive")
                .doesNotContain("id=\"plan-form\"", "id=\"publish\"", "New version from this plan");
        assertThat(saved.status()).isEqualTo(403);
        assertThat(saved.text()).contains("Only administrators, interviewers and the position&#39;s hiring manager edit its plans.");
        assertThat(planRows()).isEqualTo(before);
    }
}
