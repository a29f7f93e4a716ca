package io.panelist.web.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Browser;
import io.panelist.web.recruiting.TimeWording;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: the recruiter picks Ana and the time of Chloe's screen, which Ana sits on, and sees before
 * booking that she is already booked then (in which interview); picks a free time instead, sees her free, books,
 * and the round appears in "Rounds so far" beside the form, with the forms ready for the next round.
 */
class PanelCheckBrowserTest extends LoadLimitWebTest {
    private String schedule;
    private String ana;

    @BeforeEach
    void mateo() {
        Browser.assumeAvailable();
        schedule = "/applications/" + applicationOf("Mateo García").get("id").asText() + "/schedule";
        ana = userId("ana@example.com");
    }

    @Test
    void theRecruiterSeesAClashWhilePickingAndTheRoundListedAfterBooking() {
        JsonNode chloesScreen = screenOf("Chloe Martin");
        Instant clash = instant(chloesScreen, "startsAt");
        try (Browser browser = Browser.start(server.getURI(), 1280, 1000)) {
            browser.open("/signin");
            browser.signIn(RECRUITER, DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Hello"));
            browser.open(schedule);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("panel-check"),
                    PanelChecks.PICK_PANEL));
            int roundsBefore = browser.findAll("#rounds li").size();

            setValue(browser, "#slot-date", clash.atZone(ZoneOffset.UTC).toLocalDate().toString());
            setValue(browser, "#slot-time", TimeWording.time(clash, ZoneOffset.UTC));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find("#panelist-" + ana));
            browser.find("#panelist-" + ana).click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("panel-check"), "already booked"));
            assertThat(browser.find("#panel-check").getText()).contains("Not free", "Ana Interviewer",
                    "with Chloe Martin");
            assertThat(browser.find("#panel-check a").getAttribute("href"))
                    .endsWith("/interviews/" + chloesScreen.get("id").asText());
            browser.screenshot("panel-check-clash");

            setValue(browser, "#slot-date", monday.toString());
            setValue(browser, "#slot-time", "10:00");
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("panel-check"), "Free"));
            assertThat(browser.find("#panel-check").getText()).doesNotContain("already booked");
            browser.find("#slot-form button.primary").click();

            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("booked")));
            browser.await((org.openqa.selenium.support.ui.ExpectedCondition<Boolean>) d -> browser.findAll("#rounds li").size() == roundsBefore + 1);
            assertThat(browser.find("#rounds").getText()).doesNotContain("None yet");
            assertThat(browser.findAll("#finder")).hasSize(1);
            assertThat(browser.findAll("#slot-form")).hasSize(1);
            assertThat(count("SELECT count(*) FROM interviews WHERE starts_at = '" + at(LocalTime.of(10, 0))
                    + "'")).isEqualTo(1);
            browser.screenshot("panel-check-booked");
        }
    }

    private static void setValue(Browser browser, String css, String value) {
        browser.script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", browser.find(css), value);
    }
}
