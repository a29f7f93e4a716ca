package io.panelist.web.questionbank;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** One question's page: its revisions, the edit form for those who curate the bank, and every refusal. */
class QuestionPageTest extends WebTest {
    private String ana;
    private JsonNode question;
    private String path;

    @BeforeEach
    void pickAQuestion() {
        ana = api.login("ana@example.com", DEMO_PASSWORD);
        question = api.get("/api/v1/questions?q=blueprints", ana).json().get("items").get(0);
        path = "/questions/" + question.get("id").asText();
    }

    @Test
    void theQuestionShowsItsCurrentRevisionItsRevisionsAndTheEditForm() {
        Answer page = signIn("ana@example.com").page(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(QuestionBankForms.escaped(question.get("prompt").asText()),
                QuestionBankForms.escaped(question.get("guidance").asText()), "Revision 1", "First version.",
                "id=\"edit-form\"", "hx-put=\"" + path + "\"", "name=\"version\" value=\"" + question.get("version").asText() + "\"",
                "href=\"/topics/" + question.get("topicKey").asText() + "\"", "/assets/js/bank.js");
        question.get("followUps").forEach(f -> assertThat(page.text()).contains(QuestionBankForms.escaped(f.asText())));
    }

    @Test
    void anEditMakesARevisionAndThePageSaysWhatChanged() {
        BrowserSession browser = signIn("ana@example.com");
        int minutes = question.get("minutes").asInt() + 1;
        String prompt = "How do blueprints help you split a growing Flask application, and where do they stop helping?";

        Answer saved = QuestionBankForms.htmx(browser, "PUT", path, QuestionBankForms.editForm(question,
                Map.of("prompt", prompt, "minutes", String.valueOf(minutes), "tags", "blueprints, structure")), browser.csrfToken());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("HX-Retarget")).isEqualTo("#question-page");
        assertThat(saved.text()).contains("Saved as revision 2.", "Revision 2", "Revision 1").doesNotContain("<html");
        JsonNode current = api.get("/api/v1/questions/" + question.get("id").asText(), ana).json();
        assertThat(current.get("prompt").asText()).isEqualTo(prompt);
        assertThat(current.get("minutes").asInt()).isEqualTo(minutes);
        assertThat(current.get("currentRevision").asInt()).isEqualTo(2);
        assertThat(browser.page(path).text()).contains("Changed the prompt,", "minutes " + (minutes - 1) + " → " + minutes, "+structure", "Read revision 1");
    }

    @Test
    void aStaleEditIsRefusedAndKeepsWhatWasTyped() {
        BrowserSession browser = signIn("ana@example.com");
        String token = browser.csrfToken();
        BrowserSession ben = signIn("ben@example.com");
        assertThat(QuestionBankForms.htmx(ben, "PUT", path, QuestionBankForms.editForm(question,
                Map.of("prompt", "Ben's newer prompt about blueprints.")), ben.csrfToken()).status()).isEqualTo(200);
        long revisions = revisions();

        Answer stale = QuestionBankForms.htmx(browser, "PUT", path, QuestionBankForms.editForm(question,
                Map.of("prompt", "Ana's prompt, typed over the old version.")), token);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text()).contains("Someone else saved revision", "Ana&#39;s prompt, typed over the old version.",
                "Revision 2 now says:", "Save mine as the next revision");
        assertThat(revisions()).isEqualTo(revisions);
        assertThat(api.get("/api/v1/questions/" + question.get("id").asText(), ana).json().get("prompt").asText())
                .isEqualTo("Ben's newer prompt about blueprints.");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        BrowserSession browser = signIn("ana@example.com");
        long revisions = revisions();

        Answer refused = QuestionBankForms.htmx(browser, "PUT", path, QuestionBankForms.editForm(question,
                Map.of("prompt", "   ", "minutes", "500", "tags", "fine, not/a tag", "level", "EXPERT")),
                browser.csrfToken());
        Answer noNumber = QuestionBankForms.htmx(browser, "PUT", path, QuestionBankForms.editForm(question, Map.of("minutes", "ten")),
                browser.csrfToken());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Nothing was saved.", "Prompt: must not be empty",
                "Minutes: must be from 1 to 90", "“not/a” must be a short word such as jwt",
                "Level: choose Junior, Mid-level or Senior", "aria-invalid=\"true\"", "value=\"fine, not/a tag\"");
        assertThat(noNumber.status()).isEqualTo(422);
        assertThat(noNumber.text()).contains("Minutes: must be a whole number of minutes from 1 to 90");
        assertThat(revisions()).isEqualTo(revisions);
    }

    @Test
    void aRecruiterReadsTheQuestionButGetsNoFormAndCannotWrite() {
        BrowserSession recruiter = signIn("recruiter@example.com");
        long revisions = revisions();

        Answer page = recruiter.page(path);
        Answer put = QuestionBankForms.htmx(recruiter, "PUT", path, QuestionBankForms.editForm(question, Map.of("prompt", "Mine now.")),
                recruiter.csrfToken());
        Answer post = recruiter.postForm(path, QuestionBankForms.editForm(question, Map.of("prompt", "Mine now.",
                "csrfToken", BrowserSession.formToken(page.text()))));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(QuestionBankForms.escaped(question.get("prompt").asText()))
                .doesNotContain("id=\"edit-form\"", "hx-put");
        assertThat(put.status()).isEqualTo(403);
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.text()).contains("Not yours to see", "you can read it");
        assertThat(revisions()).isEqualTo(revisions);
    }

    @Test
    void withoutTheCsrfTokenAnEditIsRefused() {
        BrowserSession browser = signIn("ana@example.com");
        long revisions = revisions();

        Answer htmx = QuestionBankForms.htmx(browser, "PUT", path, QuestionBankForms.editForm(question, Map.of("prompt", "Forged.")), null);
        Answer form = browser.postForm(path, QuestionBankForms.editForm(question, Map.of("prompt", "Forged.")));
        Answer wrong = browser.postForm(path, QuestionBankForms.editForm(question, Map.of("prompt", "Forged.",
                "csrfToken", "not-the-token")));

        assertThat(htmx.status()).isEqualTo(403);
        assertThat(form.status()).isEqualTo(403);
        assertThat(form.text()).contains("did not come from a Panelist page");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(revisions()).isEqualTo(revisions);
    }

    @Test
    void withoutScriptsThePlainFormSavesAndComesBackToTheQuestion() {
        BrowserSession browser = signIn("manager@example.com");
        String token = BrowserSession.formToken(browser.page(path).text());

        Answer saved = browser.postForm(path, QuestionBankForms.editForm(question, Map.of("guidance", "Sharper guidance.",
                "csrfToken", token)));
        Answer refused = browser.postForm(path, QuestionBankForms.editForm(question, Map.of("guidance", "",
                "csrfToken", token)));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo(path + "?saved=2");
        assertThat(browser.page(path + "?saved=2").text()).contains("Saved as revision 2.", "Sharper guidance.",
                "Changed the guidance.");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("<html", "Guidance: must not be empty");
        assertThat(revisions()).isEqualTo(2);
    }

    @Test
    void anUnknownQuestionIsANotFoundPage() {
        BrowserSession browser = signIn("ana@example.com");

        Answer unknown = browser.page("/questions/" + UUID.randomUUID());
        Answer notAnId = browser.page("/questions/not-an-id");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("text/html");
        assertThat(unknown.text()).contains("Nothing here", "was not found");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(QuestionBankForms.htmx(browser, "PUT", "/questions/" + UUID.randomUUID(), QuestionBankForms.editForm(question,
                Map.of()), browser.csrfToken()).status()).isEqualTo(404);
    }

    private long revisions() {
        return count("SELECT count(*) FROM question_revisions WHERE question_id = '" + question.get("id").asText() + "'");
    }
}
