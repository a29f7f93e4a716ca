package io.panelist.web.questionbank;

import io.panelist.support.Api;
import io.panelist.support.Browser;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank's flows in a real headless Chromium: a pack with one broken question is refused whole, saying where, and
 * imports nothing; the fixed pack then imports; the search updates its results as you type, without a page load.
 */
class QuestionBankBrowserTest extends WebTest {

    @BeforeEach
    void needsChromium() {
        Browser.assumeAvailable();
    }

    @Test
    void aPackWithOneBrokenQuestionShowsWhereAndImportsNothing() throws IOException {
        Path broken = packFile(" ");
        Path fixed = packFile("How do you make a Flask page usable with the keyboard alone?");
        long questions = count("SELECT count(*) FROM questions");
        long topics = count("SELECT count(*) FROM topics");
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/signin?next=/questions/packs");
            browser.signIn("ana@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("pack-file")));

            browser.find("#pack-file").sendKeys(broken.toAbsolutePath().toString());
            browser.find("#pack-submit").click();
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("pack-problems")));

            assertThat(browser.find("#pack-problems-title").getText()).isEqualTo("The pack was refused");
            assertThat(browser.find("#pack-problems-detail").getText())
                    .isEqualTo("The pack has 1 problem; nothing was imported.");
            assertThat(browser.findAll("#pack-problem-list li")).hasSize(1);
            assertThat(browser.find("#pack-problem-list li").getText())
                    .contains("Question 2 (“a11y-keyboard-only”), prompt:", "must contain text", "/questions/1/prompt");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("pack-problems");
            assertThat(browser.find("#pack-result").isDisplayed()).isFalse();
            assertThat(count("SELECT count(*) FROM questions")).isEqualTo(questions);
            assertThat(count("SELECT count(*) FROM topics")).isEqualTo(topics);
            browser.screenshot("pack-import-error");

            browser.find("#pack-file").sendKeys(fixed.toAbsolutePath().toString());
            browser.find("#pack-submit").click();
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("pack-result")));
            assertThat(browser.find("#questions-created").getText()).isEqualTo("3");
            assertThat(browser.find("#topics-created").getText()).isEqualTo("1");
            assertThat(browser.find("#pack-problems").isDisplayed()).isFalse();
            assertThat(count("SELECT count(*) FROM questions")).isEqualTo(questions + 3);
            browser.screenshot("pack-import-done");
        }
    }

    @Test
    void notJsonIsSaidAtTheFieldAndNothingIsSent() throws IOException {
        Path file = Files.createTempFile("not-a-pack", ".json");
        Files.writeString(file, "{\"format\": \"panelist-pack/1\", \"topics\": [");
        long events = count("SELECT count(*) FROM audit_events");
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/signin?next=/questions/packs");
            browser.signIn("manager@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("pack-file")));

            browser.find("#pack-submit").click();
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("pack-file-error")));
            assertThat(browser.find("#pack-file-error").getText()).isEqualTo("Choose a pack file first.");

            browser.find("#pack-file").sendKeys(file.toAbsolutePath().toString());
            browser.find("#pack-submit").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("pack-file-error"), "not valid JSON"));
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("pack-file");
            assertThat(count("SELECT count(*) FROM audit_events")).isEqualTo(events);
        }
    }

    @Test
    void typingAWordUpdatesTheResultsWithoutLoadingThePage() {
        String token = api.login("ben@example.com", DEMO_PASSWORD);
        long blueprints = api.get("/api/v1/questions?q=blueprints", token).json().get("total").asLong();
        String first = api.get("/api/v1/questions?q=blueprints", token).json().get("items").get(0).get("prompt").asText();
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/signin?next=/questions");
            browser.signIn("ben@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-count"),
                    "91 questions"));
            browser.script("window.stillTheSamePage = true;");

            browser.find("#q").sendKeys("blueprints");
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-count"),
                    "match “blueprints”"));

            assertThat(browser.script("return window.stillTheSamePage === true;")).isEqualTo(true);
            assertThat(browser.findAll(".result")).hasSize((int) blueprints);
            assertThat(browser.find(".result-link").getText()).isEqualTo(first);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("q");
            browser.await(d -> browser.path().equals("/questions?q=blueprints&topic=&level=&kind=&tag=&retired="));
            browser.screenshot("question-search");

            new org.openqa.selenium.support.ui.Select(browser.find("#level")).selectByValue("SENIOR");
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-count"), "match"));
            browser.await(d -> browser.path().contains("level=SENIOR"));
            long senior = api.get("/api/v1/questions?q=blueprints&level=SENIOR", token).json().get("total").asLong();
            browser.await(d -> browser.findAll(".result").size() == senior);
            assertThat(browser.script("return window.stillTheSamePage === true;")).isEqualTo(true);

            browser.find("#q").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            browser.await(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".result-count"), "blueprints")));
        }
    }

    /** A pack of a new topic and three questions; the second question's prompt is given. */
    private static Path packFile(String secondPrompt) throws IOException {
        List<Map<String, Object>> anchors = new ArrayList<>();
        String[] labels = {"Strong no", "No", "Yes", "Strong yes"};
        for (int score = 1; score <= 4; score++) {
            anchors.add(Map.of("score", score, "label", labels[score - 1],
                    "descriptor", "What an answer at " + labels[score - 1] + " shows about accessible pages."));
        }
        Map<String, Object> topic = Map.of("key", "accessibility", "name", "Accessibility",
                "description", "Pages everyone can use: keyboard, screen readers, contrast.", "anchors", anchors);
        List<Map<String, Object>> questions = List.of(
                question("a11y-labels", "Why does every form control need a label, and how do you give it one?"),
                question("a11y-keyboard-only", secondPrompt),
                question("a11y-focus", "Where should the focus go after a form is saved or refused?"));
        Path file = Files.createTempFile("pack", ".json");
        Files.writeString(file, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of(
                "format", "panelist-pack/1", "topics", List.of(topic), "questions", questions)));
        return file;
    }

    private static Map<String, Object> question(String key, String prompt) {
        return Map.of("key", key, "topicKey", "accessibility", "level", "MID", "kind", "CONCEPT", "prompt", prompt,
                "guidance", "Names the native element first, then ARIA only where HTML falls short.",
                "followUps", List.of("How would you test it?"), "tags", List.of("a11y"), "minutes", 6);
    }
}
