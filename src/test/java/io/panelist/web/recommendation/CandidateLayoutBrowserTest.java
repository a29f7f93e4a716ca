package io.panelist.web.recommendation;

import io.panelist.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate page built around the decision, measured in headless Chromium: on a 1280x900 screen the recommendation
 * and the decision form sit side by side, the form's first control within the first 1,200 px and usable without a
 * click, the per-stage scorecard tables folded; on a 390x844 phone they stack and nothing overflows sideways.
 */
class CandidateLayoutBrowserTest extends ManagerWebTest {
    /** How far down the page the decision form's first control may start, at 1280 px wide. */
    private static final int FOLD = 1200;
    /** Where an element is on the page (not the viewport), and whether a closed details element hides it. */
    private static final String BOX = """
            var r = arguments[0].getBoundingClientRect();
            return {top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left, right: r.right,
                    folded: !!arguments[0].closest('details:not([open])')};
            """;

    @BeforeEach
    void needsChromium() {
        Browser.assumeAvailable();
    }

    @Test
    void theDecisionSitsBesideTheRecommendationOnAWideScreenAndBelowItOnAPhone() {
        String priya = application("Priya Sharma").id().toString();
        try (Browser browser = Browser.start(server.getURI(), 1280, 900)) {
            browser.open("/signin");
            browser.signIn("manager@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Hello"));
            browser.open("/applications/" + priya);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Priya Sharma"));

            WebElement firstControl = browser.findAll("#decision-form input:not([type=hidden]), #decision-form textarea").get(0);
            Map<String, Object> control = box(browser, firstControl);
            assertThat(number(control, "top")).isLessThan(FOLD);
            assertThat(control.get("folded")).isEqualTo(false);
            assertThat(firstControl.isDisplayed()).isTrue();
            assertThat(firstControl.isEnabled()).isTrue();
            Map<String, Object> recommendation = box(browser, browser.find(".recommendation"));
            Map<String, Object> decision = box(browser, browser.find("#decision"));
            assertThat(number(recommendation, "right")).isLessThanOrEqualTo(number(decision, "left"));
            assertThat(Math.abs(number(recommendation, "top") - number(decision, "top"))).isLessThan(2);
            assertThat(browser.find(".recommendation").getText()).contains("No hire", "Low confidence", "Why",
                    "Security");

            List<WebElement> stages = browser.findAll("details.stage-cards");
            assertThat(stages).isNotEmpty().allSatisfy(stage -> {
                assertThat(stage.getAttribute("open")).isNull();
                assertThat(stage.findElement(By.cssSelector("summary")).getText()).containsPattern("· \\d+ scorecards?");
                assertThat(stage.findElement(By.cssSelector("table.side-by-side")).isDisplayed()).isFalse();
            });
            WebElement firstSummary = stages.get(0).findElement(By.cssSelector("summary"));
            assertThat(firstSummary.getText()).startsWith(firstSummary.findElement(By.cssSelector("h3")).getText())
                    .contains("· 2 scorecards");
            assertThat(firstSummary.findElement(By.cssSelector("h3")).getText()).isNotBlank();
            browser.screenshot("candidate-page-wide");

            stages.get(0).findElement(By.cssSelector("summary")).click();
            WebElement opened = stages.get(0).findElement(By.cssSelector("table.side-by-side"));
            browser.await(ExpectedConditions.visibilityOf(opened));
            assertThat(opened.getText()).contains("Ana Interviewer", "Ben Interviewer");

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("/applications/" + priya);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Priya Sharma"));
            Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth");
            Number viewport = (Number) browser.script("return window.innerWidth");
            assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(viewport.intValue());
            Map<String, Object> stackedRecommendation = box(browser, browser.find(".recommendation"));
            Map<String, Object> stackedDecision = box(browser, browser.find("#decision"));
            assertThat(number(stackedDecision, "top")).isGreaterThanOrEqualTo(number(stackedRecommendation, "bottom"));
            assertThat(number(stackedDecision, "right")).isLessThanOrEqualTo(viewport.doubleValue());
            browser.screenshot("candidate-page-phone");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> box(Browser browser, WebElement element) {
        return (Map<String, Object>) browser.script(BOX, element);
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}
