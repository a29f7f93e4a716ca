package io.panelist.web.recommendation;

import io.panelist.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hiring manager's flow in headless Chromium: the ranking, Priya's debrief page, and a decision against the
 * recommendation that first needs a longer rationale. Screenshots land in {@code target/screenshots/}.
 */
class ManagerBrowserTest extends ManagerWebTest {
    private static final String SHORT = "Strong on security.";
    private static final String MORE = " The panel split there; Ana's depth outweighs Ben's worry about sessions.";

    @BeforeEach
    void needsChromium() {
        Browser.assumeAvailable();
    }

    @Test
    void theManagerRanksOpensPriyaAndDecidesAgainstTheRecommendationWithALongerRationale() {
        try (Browser browser = Browser.start(server.getURI(), 1366, 1300)) {
            browser.open("/signin");
            browser.signIn("manager@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Hello"));
            browser.find("nav.main-nav a[href='/positions']").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.positions")));
            browser.find("table.positions a").click();

            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.ranking")));
            List<WebElement> rows = browser.findAll("table.ranking tbody tr");
            assertThat(rows.get(0).getText()).contains("Jordan Lee", "Strong hire", "High confidence");
            assertThat(rows.get(1).getText()).contains("Priya Sharma", "No hire", "Low confidence");
            assertThat(browser.findAll("#reliability-heading ~ .chart svg rect.bar")).isNotEmpty();
            browser.screenshot("ranking");

            browser.driver().findElement(By.linkText("Priya Sharma")).click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Priya Sharma"));
            assertThat(browser.find(".verdict").getText()).contains("No hire", "Low confidence");
            assertThat(browser.find("ul.reasons").getText()).contains("Security");
            assertThat(browser.find("ol.debrief").getText()).contains("Discuss: Security, spread 3");
            assertThat(browser.findAll("svg.chart-svg polygon.mean")).isNotEmpty();
            assertThat(browser.find("svg.chart-svg title").getAttribute("textContent"))
                    .isEqualTo("Scores by topic for Priya Sharma");
            browser.screenshot("candidate-page");

            browser.script("arguments[0].scrollIntoView()", browser.find("#decision"));
            browser.find("input[name=outcome][value=HIRE]").click();
            browser.find("#rationale").sendKeys(SHORT);
            assertThat(browser.find("#rationale-count").getText()).contains("19 of at least 30 characters");
            browser.find("#decision-form button[type=submit]").click();
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("rationale-error")));
            assertThat(browser.find("#rationale-error").getText())
                    .contains("Going against the recommendation (no hire) needs a rationale of at least 30 characters");
            assertThat(browser.find("#rationale").getAttribute("value")).isEqualTo(SHORT);
            assertThat(browser.find("input[name=outcome][value=HIRE]").isSelected()).isTrue();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("rationale");
            assertThat(decisions()).isZero();
            browser.screenshot("decision-refused");

            browser.find("#rationale").sendKeys(MORE);
            browser.find("#decision-form button[type=submit]").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#decision .history"),
                    SHORT + MORE));
            assertThat(browser.find("#decision .standing").getText())
                    .contains("Hire", "Morgan Manager", "Against the recommendation (No hire).");
            assertThat(browser.findAll("#decision-form")).isEmpty();
            assertThat(decisions()).isOne();
            browser.screenshot("decision-recorded");
        }
    }

    @Test
    void onATabletTheCandidatePageFitsItsWidth() {
        String priya = application("Priya Sharma").id().toString();
        try (Browser browser = Browser.start(server.getURI(), 820, 1180)) {
            browser.open("/signin");
            browser.signIn("manager@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Hello"));
            browser.open("/applications/" + priya);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Priya Sharma"));

            Number width = (Number) browser.script("return document.documentElement.scrollWidth");
            assertThat(width.intValue()).isLessThanOrEqualTo(820);
            browser.screenshot("candidate-page-tablet");
        }
    }
}
