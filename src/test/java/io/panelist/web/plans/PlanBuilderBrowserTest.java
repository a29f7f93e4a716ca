package io.panelist.web.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hiring manager builds a plan in a real headless Chromium: starts a draft for the demo position, sees what the
 * validator reports, fixes it from the question bank without leaving the page, orders the stages with the keyboard,
 * publishes, and prints a stage's kit. Screenshots land in {@code target/screenshots/}.
 */
class PlanBuilderBrowserTest extends PlanWebTest {

    @BeforeEach
    void needsChromium() {
        Browser.assumeAvailable();
    }

    @Test
    void theHiringManagerBuildsAPlanFixesWhatTheValidatorReportsAndPublishesIt() {
        UUID positionId = demoPositionId();
        UUID previous = demoPlanId();
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/signin");
            browser.signIn("manager@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
            browser.open("/positions/" + positionId + "/plan");
            browser.find("#start-draft").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
            UUID planId = UUID.fromString(browser.path().substring("/plans/".length()));
            assertThat(browser.find("#plan-report").getText()).contains("a stage needs at least one topic");

            // the first stage: a technical round assessing security as a must-have, no question yet
            WebElement first = browser.find("fieldset.stage");
            String one = first.getAttribute("data-key");
            replace(browser.find("#name-" + one), "Security deep dive");
            new Select(browser.find("#kind-" + one)).selectByValue("TECHNICAL");
            replace(browser.find("#minutes-" + one), "45");
            new Select(browser.find("#pick-" + one)).selectByValue("security");
            browser.find("#stage-" + one + " .add-topic").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#topics-" + one + " .topic-row")));
            browser.find("#topics-" + one + " .topic-must").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-report"),
                    "no question of this stage asks about security"));
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("save-state"), "Saved"));
            assertThat(browser.find("#topics-" + one + " .topic-row").getAttribute("class")).contains("has-problem");
            assertThat(plan(planId).at("/stages/0/topics/0/mustHave").asBoolean()).isTrue();
            browser.screenshot("plan-builder-problem");

            // fixed from the bank, in place
            browser.find("#bank-q-" + one).sendKeys("csrf");
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bank-" + one + " .bank-add")));
            browser.find("#bank-" + one + " .bank-add").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-report"), "Ready to publish"));
            assertThat(browser.find("#bank-" + one + " .bank-add").getText()).isEqualTo("In the plan");

            // a second stage, then moved in front of the first with the keyboard alone
            browser.find("#add-stage").click();
            browser.await(d -> browser.findAll("fieldset.stage").size() == 2);
            WebElement second = browser.findAll("fieldset.stage").get(1);
            String two = second.getAttribute("data-key");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("name-" + two);
            browser.driver().switchTo().activeElement().sendKeys("Team fit");
            new Select(browser.find("#kind-" + two)).selectByValue("BEHAVIORAL");
            new Select(browser.find("#pick-" + two)).selectByValue("collaboration");
            browser.find("#stage-" + two + " .add-topic").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#topics-" + two + " .topic-row")));
            new Select(browser.find("#bank-topic-" + two)).selectByValue("collaboration");
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bank-" + two + " .bank-add")));
            browser.find("#bank-" + two + " .bank-add").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#questions-" + two + " .question-row")));
            WebElement up = browser.find("#stage-" + two + " [data-action=stage-up]");
            browser.script("arguments[0].focus()", up);
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.await(d -> browser.findAll("fieldset.stage").get(0).getAttribute("data-key").equals(two));
            assertThat(browser.find("#stage-" + two + " .stage-number").getText()).isEqualTo("Stage 1");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("data-action")).isEqualTo("stage-up");
            browser.await(d -> plan(planId).at("/stages/0/name").asText().equals("Team fit")
                    && plan(planId).get("valid").asBoolean());
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("save-state"), "Saved"));

            browser.find("#publish").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("new-version")));
            assertThat(browser.find("main").getText()).contains("Published · version 2", "A published plan never changes",
                    "Team fit", "Security deep dive");
            browser.screenshot("plan-builder-published");

            JsonNode published = api.get("/api/v1/plans/" + planId, api.login("manager@example.com", DEMO_PASSWORD)).json();
            assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
            assertThat(published.get("stages")).extracting(s -> s.get("name").asText())
                    .containsExactly("Team fit", "Security deep dive");
            assertThat(published.at("/stages/1/topics/0/topicKey").asText()).isEqualTo("security");
            assertThat(published.at("/stages/1/topics/0/mustHave").asBoolean()).isTrue();
            assertThat(published.at("/stages/1/questions/0/topicKey").asText()).isEqualTo("security");
            assertThat(plan(previous).get("status").asText()).isEqualTo("ARCHIVED");
        }
    }

    @Test
    void theInterviewKitPrintsTheStageWithoutTheChrome() {
        JsonNode plan = demoPlan();
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/signin");
            browser.signIn("ana@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
            browser.open("/plans/" + plan.get("id").asText());
            browser.findAll(".kit-link").get(1).click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kit-question")));
            assertThat(browser.find("h1").getText()).contains("Stage 2 of 4", "Technical deep dive");
            assertThat(browser.findAll(".kit-question")).hasSize(plan.at("/stages/1/questions").size());
            assertThat(browser.findAll(".kit-topic .kit-anchors tbody tr")).hasSize(4 * plan.at("/stages/1/topics").size());
            browser.screenshot("interview-kit");

            // as it prints: no navigation, no buttons, the notes space under each question
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.find("header.topbar").isDisplayed()).isFalse();
            assertThat(browser.find(".kit-tools").isDisplayed()).isFalse();
            assertThat(browser.find(".kit-notes").isDisplayed()).isTrue();
            assertThat(browser.script("return getComputedStyle(document.querySelector('.kit-question')).breakInside"))
                    .isEqualTo("avoid");
            browser.screenshot("interview-kit-print");
        }
    }

    @Test
    void aChangeMadeElsewhereStopsTheAutosaveWithAClearMessageAndLosesNothingStored() {
        UUID draft = draftFromDemo();
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/signin");
            browser.signIn("admin@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
            browser.open("/plans/" + draft);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
            Map<String, Object> theirs = body(plan(draft));
            theirs.put("name", "Renamed in another tab");
            assertThat(api.putCurrent("/api/v1/plans/" + draft, admin(), theirs).status()).isEqualTo(200);

            browser.find("#plan-name").sendKeys(" (mine)");

            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("save-state"),
                    "Not saved: changed by someone else"));
            assertThat(browser.find("#save-problem").getText()).contains("Someone else saved this plan after you opened it",
                    "Reload the plan");
            assertThat(plan(draft).get("name").asText()).isEqualTo("Renamed in another tab");
        }
    }

    @Test
    void theBuilderAndThePlansPageFitATabletWithoutSidewaysScrolling() {
        UUID draft = draftFromDemo();
        try (Browser browser = Browser.start(server.getURI(), 820, 1180)) {
            browser.open("/signin");
            browser.signIn("manager@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
            browser.open("/plans/" + draft);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
            String stage = browser.find("fieldset.stage").getAttribute("data-key");
            browser.find("#bank-q-" + stage).sendKeys("session");
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bank-" + stage + " .bank-item")));
            assertThat(fitsSideways(browser)).isTrue();
            browser.screenshot("plan-builder-tablet");

            browser.open("/positions/" + demoPositionId() + "/plan");
            assertThat(fitsSideways(browser)).isTrue();
            browser.screenshot("position-plans-tablet");
        }
    }

    private static boolean fitsSideways(Browser browser) {
        return (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    private static void replace(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }
}
