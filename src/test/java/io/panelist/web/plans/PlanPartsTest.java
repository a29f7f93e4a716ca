package io.panelist.web.plans;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The fragments the builder adds in place: the bank search of a stage, a question, a topic, a blank stage. */
class PlanPartsTest extends PlanWebTest {
    private static final Map<String, String> HTMX = Map.of("HX-Request", "true", "Accept", "text/html");
    private static final String STAGE = "r0123456789abcdef";

    @Test
    void theBankSearchFindsQuestionsWithAButtonAddingEachToTheStage() {
        BrowserSession ana = signIn("ana@example.com");

        Answer found = ana.send("GET", "/plans/builder/bank?q=csrf&stage=" + STAGE, null, null, HTMX);
        Answer byTopic = ana.send("GET", "/plans/builder/bank?q=&topic=collaboration&stage=" + STAGE, null, null, HTMX);
        Answer nothing = ana.send("GET", "/plans/builder/bank?q=&topic=&stage=" + STAGE, null, null, HTMX);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.text()).contains("class=\"bank-item\"", "Security", "hx-target=\"#questions-" + STAGE + "\"",
                "hx-get=\"/plans/builder/question?id=", ">Add<");
        assertThat(byTopic.text()).contains("Collaboration").doesNotContain("· Security ·");
        assertThat(nothing.text()).contains("Type a few words or pick a topic").doesNotContain("bank-item");
    }

    @Test
    void aQuestionATopicAndABlankStageComeAsRowsOfTheForm() {
        String questionId = api.get("/api/v1/questions?q=csrf", admin()).json().at("/items/0/id").asText();
        BrowserSession ana = signIn("ana@example.com");

        Answer question = ana.send("GET", "/plans/builder/question?id=" + questionId, null, null, HTMX);
        Answer topic = ana.send("GET", "/plans/builder/topic?key=security", null, null, HTMX);
        Answer stage = ana.send("GET", "/plans/builder/stage", null, null, HTMX);

        assertThat(question.text()).contains("class=\"question-row\"", "data-question-id=\"" + questionId + "\"",
                "class=\"question-minutes\"", "data-action=\"question-up\"");
        assertThat(topic.text()).contains("class=\"topic-row\"", "data-topic-key=\"security\"", "Security",
                "class=\"topic-weight\"", "value=\"1\"", "Must-have", "3 · Yes");
        assertThat(stage.text()).contains("class=\"stage card\"", "data-stage-id=\"new\"", "New stage",
                "Search the question bank", "Add topic", "<option value=\"TAKE_HOME\">Take-home</option>");
    }

    @Test
    void unknownPiecesAndAStrangeStageKeyAreRefused() {
        BrowserSession ana = signIn("ana@example.com");

        Answer question = ana.send("GET", "/plans/builder/question?id=" + UUID.randomUUID(), null, null, HTMX);
        Answer topic = ana.send("GET", "/plans/builder/topic?key=astrology", null, null, HTMX);
        Answer stage = ana.send("GET", "/plans/builder/bank?q=csrf&stage=%22%3E%3Cscript%3E", null, null, HTMX);

        assertThat(question.status()).isEqualTo(404);
        assertThat(topic.status()).isEqualTo(404);
        assertThat(topic.text()).contains("There is no topic astrology in the bank.");
        assertThat(stage.status()).isEqualTo(400);
        assertThat(stage.text()).doesNotContain("<script>");
    }
}
