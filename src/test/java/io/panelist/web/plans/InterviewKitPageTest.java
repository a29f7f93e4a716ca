package io.panelist.web.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable interview kit of a stage, and the print stylesheet it relies on. */
class InterviewKitPageTest extends PlanWebTest {

    @Test
    void theKitShowsTheQuestionsInOrderWithGuidanceFollowUpsMinutesAndEveryTopicsFourAnchors() {
        JsonNode plan = demoPlan();
        JsonNode stage = plan.at("/stages/1");

        Answer kit = signIn("ana@example.com").page("/plans/" + plan.get("id").asText() + "/stages/"
                + stage.get("id").asText() + "/kit");

        assertThat(kit.status()).isEqualTo(200);
        String html = kit.text();
        assertThat(html).contains("Interview kit", "Stage 2 of 4", "Technical deep dive", "1 h", "Questions, in order",
                "data-action=\"print\"", "Topics and what each score means", "from 0:00");
        int last = -1;
        for (JsonNode question : stage.get("questions")) {
            int at = html.indexOf(escape(question.get("prompt").asText()));
            assertThat(at).as(question.get("prompt").asText()).isGreaterThan(last);
            last = at;
            assertThat(html).contains(escape(question.get("guidance").asText()), question.get("minutes").asInt() + " min");
            question.get("followUps").forEach(f -> assertThat(html).contains(escape(f.asText())));
        }
        for (JsonNode topic : stage.get("topics")) {
            assertThat(html).contains(escape(topic.get("name").asText()));
            assertThat(topic.get("anchors")).hasSize(4);
            topic.get("anchors").forEach(a -> assertThat(html).contains(escape(a.get("descriptor").asText())));
        }
        assertThat(html).contains("Must-have · at least 3 · Yes", "Strong no", "Strong yes");
    }

    @Test
    void theBuilderLinksEachStagesKitAndThePrintStylesheetHidesTheChrome() {
        UUID draft = draftFromDemo();
        JsonNode plan = plan(draft);
        BrowserSession admin = signIn("admin@example.com");

        Answer builder = admin.page("/plans/" + draft);
        Answer css = admin.send("GET", "/assets/css/plans.css", null, null, java.util.Map.of());

        assertThat(builder.text()).contains("href=\"/plans/" + draft + "/stages/" + plan.at("/stages/0/id").asText() + "/kit\"");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.text()).contains("@media print", ".topbar", ".kit-tools", "break-inside: avoid", "display: none !important");
    }

    @Test
    void anUnknownStageOrAForeignPlanIsNotFound() {
        JsonNode plan = demoPlan();
        BrowserSession ana = signIn("ana@example.com");

        Answer unknownStage = ana.page("/plans/" + plan.get("id").asText() + "/stages/" + UUID.randomUUID() + "/kit");
        Answer unknownPlan = ana.page("/plans/" + UUID.randomUUID() + "/stages/" + plan.at("/stages/0/id").asText() + "/kit");

        assertThat(unknownStage.status()).isEqualTo(404);
        assertThat(unknownStage.text()).contains("Nothing here");
        assertThat(unknownPlan.status()).isEqualTo(404);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
