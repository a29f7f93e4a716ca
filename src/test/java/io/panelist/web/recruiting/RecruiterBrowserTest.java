package io.panelist.web.recruiting;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recruiter's scheduling flow in a real headless Chromium: a panel booked into a double booking sees who is busy
 * and when with everything typed kept, moves to a free time, books, downloads the invite, and opens the interviewer's
 * week. Screenshots land in {@code target/screenshots/}.
 */
class RecruiterBrowserTest extends RecruiterWebTest {
    private String schedule;
    private JsonNode chloesScreen;
    private String ana;

    @BeforeEach
    void needsChromium() {
        Browser.assumeAvailable();
        schedule = "/applications/" + applicationOf("Mateo García").get("id").asText() + "/schedule";
        chloesScreen = screenOf("Chloe Martin");
        ana = userId("ana@example.com");
    }

    @Test
    void theRecruiterMeetsADoubleBookingPicksAnotherTimeBooksAndDownloadsTheInvite() {
        Instant busy = instant(chloesScreen, "startsAt");
        Instant free = busy.plusSeconds(3 * 3600);
        try (Browser browser = Browser.start(server.getURI(), 1366, 1100)) {
            browser.open("/signin");
            browser.signIn(RECRUITER, DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Hello"));
            browser.open(schedule);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("slot-form")));

            setValue(browser, "#slot-date", busy.atZone(ZoneOffset.UTC).toLocalDate().toString());
            setValue(browser, "#slot-time", TimeWording.time(busy, ZoneOffset.UTC));
            browser.find("#slot-location").sendKeys("https://meet.example.com/mateo-technical");
            WebElement anaBox = browser.find("#panelist-" + ana);
            browser.script("arguments[0].focus()", anaBox);
            anaBox.sendKeys(Keys.SPACE);
            assertThat(anaBox.isSelected()).isTrue();
            browser.find("#slot-form button[type=submit]").click();

            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("slot-problem")));
            String problem = browser.find("#slot-problem").getText();
            assertThat(problem).contains("Someone is busy at that time", "Ana Interviewer",
                    TimeWording.range(busy, instant(chloesScreen, "endsAt"), ZoneOffset.UTC) + " (UTC)");
            assertThat(browser.find("#slot-location").getAttribute("value"))
                    .isEqualTo("https://meet.example.com/mateo-technical");
            assertThat(browser.find("#slot-date").getAttribute("value"))
                    .isEqualTo(busy.atZone(ZoneOffset.UTC).toLocalDate().toString());
            assertThat(browser.find("#panelist-" + ana).isSelected()).isTrue();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("slot-problem");
            assertThat(count("SELECT count(*) FROM interviews WHERE location LIKE '%mateo-technical'")).isZero();
            browser.script("window.scrollTo(0, 0)");
            browser.screenshot("scheduling-form-conflict");

            setValue(browser, "#slot-date", free.atZone(ZoneOffset.UTC).toLocalDate().toString());
            setValue(browser, "#slot-time", TimeWording.time(free, ZoneOffset.UTC));
            browser.find("#slot-form button[type=submit]").click();
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("booked")));
            assertThat(browser.find("#booked").getText()).contains("Booked:", "Mateo García",
                    TimeWording.range(free, free.plusSeconds(3600), ZoneOffset.UTC), "Ana Interviewer");
            String invite = browser.find("#invite-link").getAttribute("href");
            assertThat(invite).matches(".*/api/v1/interviews/[0-9a-f-]{36}/invite\\.ics");
            browser.screenshot("scheduling-booked");

            @SuppressWarnings("unchecked")
            List<String> fetched = (List<String>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                            + "  return r.text().then(function (t) { done([String(r.status),"
                            + "    r.headers.get('content-type'), t]); }); });", invite);
            assertThat(fetched.get(0)).isEqualTo("200");
            assertThat(fetched.get(1)).startsWith("text/calendar");
            assertThat(fetched.get(2).replace("\r\n ", "")).contains("BEGIN:VEVENT", "Mateo García",
                    "mateo-technical");

            browser.find("#booked a[href^='/interviewers/" + ana + "/week']").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".week-grid")));
            assertThat(browser.find(".week-grid").getText()).contains("Chloe Martin", "Mateo García");
            assertThat(browser.findAll(".week-day")).hasSize(7);
            browser.screenshot("week-view");
        }
    }

    @Test
    void theFormAndTheWeekFitATabletWindow() {
        try (Browser browser = Browser.start(server.getURI(), 820, 1180)) {
            browser.open("/signin");
            browser.signIn(RECRUITER, DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Hello"));
            browser.open(schedule);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("slot-form")));
            assertThat(pageScrollsSideways(browser)).isFalse();
            browser.screenshot("scheduling-form-tablet");

            browser.open("/interviewers/" + ana + "/week");
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".week-grid")));
            assertThat(pageScrollsSideways(browser)).isFalse();
            browser.driver().manage().window().setSize(new Dimension(820, 1180));
            browser.screenshot("week-view-tablet");
        }
    }

    @Test
    void theCandidatePagesLeadFromSearchToTheCandidateToTheirRoundsAndToAnInterview() {
        try (Browser browser = Browser.start(server.getURI(), 1366, 1000)) {
            browser.open("/signin");
            browser.signIn(RECRUITER, DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Hello"));
            browser.find("nav a[href='/candidates']").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("candidate-list")));
            browser.find("#q").sendKeys("chloe", Keys.ENTER);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Matching"));
            browser.screenshot("candidates");

            browser.find("#candidate-list a").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("edit-candidate")));
            assertThat(browser.find("#applications").getText()).contains("Backend Engineer (Flask)", "Active");
            browser.screenshot("candidate");

            browser.find(".danger-zone a").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("erase-form")));
            browser.find("#erase-form button[type=submit]").click();
            assertThat(browser.path()).endsWith("/erase");
            assertThat(count("SELECT count(*) FROM candidates WHERE erased_at IS NOT NULL")).isZero();
            browser.screenshot("erase-confirm");

            browser.open("/interviews/" + chloesScreen.get("id").asText());
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("slot-form")));
            assertThat(browser.find("#interview-status").getText()).isEqualTo("Scheduled");
            browser.screenshot("interview-page");
        }
    }

    private static boolean pageScrollsSideways(Browser browser) {
        return (Boolean) browser.script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    private static void setValue(Browser browser, String css, String value) {
        browser.script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", browser.find(css), value);
    }
}
