package io.panelist.web.recommendation;

import io.panelist.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: Mateo's screen is in progress, so the decision form lists the pending scorecards; recording
 * without ticking the box is refused beside it, with the focus on it, and ticking it records the decision.
 */
class PendingScorecardsBrowserTest extends ManagerWebTest {
    private static final String RATIONALE = "The screen went well enough to decide now.";

    @BeforeEach
    void needsChromium() {
        Browser.assumeAvailable();
    }

    @Test
    void theManagerDecidesWithoutThePendingScorecardsOnlyAfterTickingTheBox() {
        String mateo = application("Mateo García").id().toString();
        try (Browser browser = Browser.start(server.getURI(), 1366, 1300)) {
            browser.open("/signin");
            browser.signIn("manager@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Hello"));
            browser.open("/applications/" + mateo);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Mateo"));

            browser.script("arguments[0].scrollIntoView()", browser.find("#decision"));
            assertThat(browser.find("#pending-note").getText()).contains("still pending for this candidate");
            browser.find("input[name=outcome][value=NO_HIRE]").click();
            browser.find("#rationale").sendKeys(RATIONALE);
            browser.find("#decision-form button[type=submit]").click();
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("pending-error")));
            assertThat(browser.find("#pending-error").getText()).contains("still pending",
                    "Tick \"Decide without the pending scorecards\"");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("acknowledge-pending");
            assertThat(browser.find("#rationale").getAttribute("value")).isEqualTo(RATIONALE);
            assertThat(decisions()).isZero();
            browser.screenshot("decision-pending-refused");

            browser.find("#acknowledge-pending").click();
            browser.find("#decision-form button[type=submit]").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#decision .history"),
                    "still pending, acknowledged."));
            assertThat(browser.findAll("#decision-form")).isEmpty();
            assertThat(decisions()).isOne();
            browser.screenshot("decision-pending-acknowledged");
        }
    }
}
