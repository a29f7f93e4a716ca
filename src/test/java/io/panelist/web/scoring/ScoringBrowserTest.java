package io.panelist.web.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Browser;
import io.panelist.web.WebTest;
import io.panelist.web.session.SessionCookies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interviewer's flows in a real headless Chromium against the running server and the demo content: the agenda,
 * scoring with the keyboard, autosave, submit, the panel's scorecards, two windows on one scorecard, signing in on the
 * way to a page, and a foreign interview. Each flow leaves a screenshot in {@code target/screenshots/}.
 */
class ScoringBrowserTest extends WebTest {
    private String ana;
    private String mateo;

    @BeforeEach
    void needsChromium() {
        Browser.assumeAvailable();
        ana = api.login("ana@example.com", DEMO_PASSWORD);
        mateo = interviewWith(ana, "Mateo García");
    }

    @Test
    void anaOpensTodaysInterviewScoresWithTheKeyboardTypesNotesAndSeesSaved() {
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/");
            browser.signIn("ana@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(org.openqa.selenium.By.cssSelector("h1"),
                    "Hello, Ana"));
            assertThat(browser.find("section.day").getText()).contains("Mateo García", "Phone screen",
                    "Scorecard in draft");
            browser.screenshot("agenda");

            browser.find("a.interview-link").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("save-state"), "Saved"));
            browser.find("#timer-toggle").click();

            // keyboard only: into the first topic, then Tab from topic to topic (each topic's notes sit between)
            List<WebElement> topics = browser.findAll("fieldset.topic");
            browser.script("arguments[0].focus()", topics.get(0).findElement(org.openqa.selenium.By.cssSelector("input[type=radio]")));
            List<Integer> given = new ArrayList<>();
            Actions keys = new Actions(browser.driver());
            for (int i = 0; i < topics.size(); i++) {
                int score = i % 4 + 1;
                given.add(score);
                keys.sendKeys(String.valueOf(score)).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
            }
            WebElement notes = browser.find("textarea.q-notes");
            notes.clear();
            notes.sendKeys("Explained the request lifecycle clearly; asked about blueprints.");

            browser.await(ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("save-state"), "Saved"));
            browser.await(d -> api.get("/api/v1/interviews/" + mateo + "/scorecard", ana).json().get("questions")
                    .get(0).get("notes").asText().contains("blueprints"));
            JsonNode stored = api.get("/api/v1/interviews/" + mateo + "/scorecard", ana).json();
            for (int i = 0; i < topics.size(); i++) {
                assertThat(stored.get("topics").get(i).get("score").asInt()).isEqualTo(given.get(i));
            }
            assertThat(stored.get("questions").get(0).get("notes").asText())
                    .isEqualTo("Explained the request lifecycle clearly; asked about blueprints.");
            browser.screenshot("scoring-page");

            // the stage timer keeps running through a reload
            browser.driver().navigate().refresh();
            browser.await(d -> !browser.find("#timer-total").getText().equals("00:00"));
            assertThat(browser.find("#timer-toggle").getText()).isEqualTo("Pause timer");
            assertThat(browser.find("textarea.q-notes").getAttribute("value")).contains("request lifecycle");
        }
    }

    @Test
    void submitNamesTheMissingTopicAndOnlyThenShowsBensScorecard() {
        String ben = api.login("ben@example.com", DEMO_PASSWORD);
        completeAndSubmit(ben, mateo, 2, "Ben: solid basics, thin on testing.");
        clearDraft(ana, mateo);
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/signin");
            browser.signIn("ana@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.cssSelector("a.interview-link")));
            browser.open("/interviews/" + mateo + "/scorecard");
            browser.await(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("submit-scorecard")));
            assertThat(browser.findAll("#panel")).isEmpty();
            assertThat(browser.driver().getPageSource()).doesNotContain("Ben: solid basics");

            List<WebElement> topics = browser.findAll("fieldset.topic");
            WebElement last = topics.get(topics.size() - 1);
            String lastName = last.findElement(org.openqa.selenium.By.cssSelector("legend span")).getText();
            for (WebElement topic : topics.subList(0, topics.size() - 1)) {
                browser.script("arguments[0].focus()", topic.findElement(org.openqa.selenium.By.cssSelector("input[type=radio]")));
                new Actions(browser.driver()).sendKeys("3").perform();
            }
            browser.script("arguments[0].click()", browser.find("input[name=vote][value=YES]"));
            browser.find("#summary").sendKeys("Good screen; wants more depth on testing.");

            browser.find("#submit-scorecard").click();
            browser.await(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("missing")));
            assertThat(browser.find("#missing-list").getText()).contains(lastName).doesNotContain("vote", "summary");
            assertThat(browser.findAll("#missing-list li")).hasSize(1);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.findElement(org.openqa.selenium.By.xpath("ancestor::fieldset")).getAttribute("id"))
                    .isEqualTo(last.getAttribute("id"));
            assertThat((Boolean) browser.script("""
                    const topic = arguments[0].querySelector('legend').getBoundingClientRect();
                    const head = document.querySelector('.scoring-head').getBoundingClientRect();
                    return topic.top >= Math.max(head.bottom, 0) - 1 && topic.top < window.innerHeight;
                    """, last)).as("the focused topic's name is in view, not under the pinned header or the list").isTrue();
            browser.screenshot("submit-missing-topic");

            new Actions(browser.driver()).sendKeys("4").perform();
            browser.find("#submit-scorecard").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(org.openqa.selenium.By.id("panel"),
                    "Ben Interviewer"));
            assertThat(browser.find("#panel").getText()).contains("Ben: solid basics, thin on testing.");
            assertThat(browser.findAll("#submit-scorecard")).isEmpty();
            assertThat(browser.find("#summary").getAttribute("readonly")).isNotNull();
            assertThat(api.get("/api/v1/interviews/" + mateo + "/scorecard", ana).json().get("status").asText())
                    .isEqualTo("SUBMITTED");
            browser.screenshot("submitted-with-panel");
        }
    }

    @Test
    void theSecondWindowShowsTheConflictAndKeepsItsText() {
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/signin");
            browser.signIn("ana@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.cssSelector("a.interview-link")));
            String page = "/interviews/" + mateo + "/scorecard";
            browser.open(page);
            browser.await(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("summary")));
            String first = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.WINDOW);
            browser.open(page);
            browser.await(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("summary")));
            String second = browser.driver().getWindowHandle();

            browser.driver().switchTo().window(first);
            browser.find("#summary").sendKeys(" Written in the first window.");
            browser.await(ExpectedConditions.textToBePresentInElementLocated(org.openqa.selenium.By.id("save-state"),
                    "Saved"));
            browser.await(d -> api.get("/api/v1/interviews/" + mateo + "/scorecard", ana).json().get("summary")
                    .asText().contains("first window"));

            browser.driver().switchTo().window(second);
            browser.find("#summary").sendKeys(" Typed in the second window, not to be lost.");
            browser.await(ExpectedConditions.textToBePresentInElementLocated(org.openqa.selenium.By.id("save-state"),
                    "Changed elsewhere"));
            assertThat(browser.find("#conflict").isDisplayed()).isTrue();
            assertThat(browser.find("#kept-text").getAttribute("value")).contains("not to be lost");
            assertThat(browser.find("#summary").getAttribute("value")).contains("not to be lost");
            assertThat(api.get("/api/v1/interviews/" + mateo + "/scorecard", ana).json().get("summary").asText())
                    .contains("first window").doesNotContain("second window");
            browser.screenshot("conflict-second-window");

            // after a reload the server's version shows, and the kept text is still there to copy from
            browser.find("#conflict-reload").click();
            browser.await(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("kept-text")));
            assertThat(browser.find("#kept-text").getAttribute("value")).contains("not to be lost");
            assertThat(browser.find("#summary").getAttribute("value")).contains("first window");
        }
    }

    @Test
    void offlineTheTextWaitsAndIsSavedWhenTheNetworkReturns() {
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/interviews/" + mateo + "/scorecard");
            browser.signIn("ana@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("summary")));
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));

            browser.find("#summary").sendKeys(" Written while the network was down.");
            browser.await(ExpectedConditions.textToBePresentInElementLocated(org.openqa.selenium.By.id("save-state"),
                    "Offline, retrying"));
            browser.screenshot("scoring-offline");
            chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));

            browser.await(ExpectedConditions.textToBePresentInElementLocated(org.openqa.selenium.By.id("save-state"),
                    "Saved"));
            assertThat(api.get("/api/v1/interviews/" + mateo + "/scorecard", ana).json().get("summary").asText())
                    .endsWith("Written while the network was down.");
        }
    }

    @Test
    void aSignedOutVisitToAScoringPageSignsInAndComesBack() {
        try (Browser browser = Browser.start(server.getURI())) {
            String page = "/interviews/" + mateo + "/scorecard";
            browser.open(page);
            assertThat(browser.path()).startsWith("/signin?next=");
            browser.screenshot("signin-on-the-way");

            browser.signIn("ana@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("submit-scorecard")));
            assertThat(browser.path()).isEqualTo(page);
            assertThat(browser.find("h1").getText()).contains("Mateo García");
        }
    }

    @Test
    void whenTheSessionEndsWhileTypingSignInBringsThePageBackWithTheText() {
        try (Browser browser = Browser.start(server.getURI())) {
            String page = "/interviews/" + mateo + "/scorecard";
            browser.open(page);
            browser.signIn("ana@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("summary")));

            // signed out everywhere from another device, and the access token has lapsed
            api.call("POST", "/logout?everywhere=true").token(ana).send();
            browser.driver().manage().deleteCookieNamed(SessionCookies.ACCESS);
            browser.find("#summary").sendKeys(" Typed after the session ended.");
            browser.await(d -> browser.path().startsWith("/signin"));
            assertThat(browser.find("main").getText()).contains("expired");

            browser.signIn("ana@example.com", DEMO_PASSWORD);
            browser.await(d -> browser.path().equals(page));
            browser.await(d -> api.get("/api/v1/interviews/" + mateo + "/scorecard", ana).json().get("summary")
                    .asText().endsWith("Typed after the session ended."));
            browser.await(ExpectedConditions.textToBePresentInElementLocated(org.openqa.selenium.By.id("save-state"),
                    "Saved"));
        }
    }

    @Test
    void aForeignInterviewShowsNotFound() {
        String foreign = "/interviews/" + interviewWithoutAna() + "/scorecard";
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open(foreign);
            browser.signIn("ana@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(org.openqa.selenium.By.cssSelector("h1"),
                    "Nothing here"));
            assertThat(browser.driver().getPageSource()).doesNotContain("Chloe Martin");
            assertThat(browser.find("main").getText()).contains("404");
            browser.screenshot("foreign-interview-404");
        }
    }

    @Test
    void theScoringPageFitsATabletWithoutSidewaysScrolling() {
        try (Browser browser = Browser.start(server.getURI(), 820, 1180)) {
            browser.open("/interviews/" + mateo + "/scorecard");
            browser.signIn("ana@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("submit-scorecard")));
            long overflow = (Long) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).isLessThanOrEqualTo(0);
            browser.screenshot("scoring-page-tablet");
        }
    }
}
