package io.panelist.web.selfscheduling;

import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.links.LinkFixtures;
import io.panelist.scheduling.links.LinkFixtures.Link;
import io.panelist.scheduling.links.LinkFixtures.Setting;
import io.panelist.support.Browser;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Map;
import java.util.UUID;

import static io.panelist.scheduling.links.LinkFixtures.FIRST_SLOT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate's page in a real headless Chromium the size of a phone (390 px), in New York: the times are in the
 * browser's zone, one tap books, the confirmation takes the focus, and the round can be cancelled from the same
 * page. The recruiter makes a link from the application's page and copies its URL. Screenshots land in
 * {@code target/screenshots/}.
 */
class SelfSchedulingBrowserTest extends IntegrationTest {
    @Inject
    LinkFixtures links;
    Setting setting;
    UUID application;

    @BeforeEach
    void aLink() {
        Browser.assumeAvailable();
        setting = links.setting(api);
        application = links.applicant(setting, "Nora Candidate");
    }

    @Test
    void aCandidateOnAPhoneSeesTheTimesInTheirZoneBooksWithOneTapAndCancels() {
        Link link = links.link(api, setting, application, 2);
        try (Browser browser = Browser.start(server.getURI(), 390, 844)) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride",
                    Map.of("timezoneId", "America/New_York"));
            browser.open("/schedule/" + link.token());
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.className("zone-name"),
                    "America/New York"));

            WebElement first = browser.find("#slot-days button.slot");
            assertThat(first.getText()).as("08:00 UTC is 04:00 in New York").startsWith("04:00");
            assertThat(browser.find("#slot-days h3").getText()).contains("March", "10", "2031");
            assertThat(browser.find("#time-zone").getAttribute("value")).isEqualTo("America/New_York");
            assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone").isLessThanOrEqualTo(390L);
            assertThat(first.getSize().getHeight()).as("a tap target").isGreaterThanOrEqualTo(40);
            assertThat(browser.driver().getPageSource()).doesNotContain("@example.com");
            browser.screenshot("self-scheduling-phone");

            first.click();
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
            assertThat(browser.find("#confirmation").getText()).contains("Your interview is booked.");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("confirmation");
            assertThat(browser.find("#booking").getText()).contains("04:00", "2031");
            assertThat(count("SELECT count(*) FROM interviews WHERE starts_at = '" + FIRST_SLOT
                    + "' AND time_zone = 'America/New_York'")).isEqualTo(1);
            browser.screenshot("self-scheduling-booked");

            browser.find("#cancel-form button").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"),
                    "Your interview is cancelled."));
            assertThat(count("SELECT count(*) FROM interviews WHERE status = 'CANCELLED'")).isEqualTo(1);
            assertThat(browser.findAll("#slot-days button.slot")).isNotEmpty();
        }
    }

    @Test
    void theRecruiterMakesALinkFromTheApplicationsPageAndCopiesItsUrl() {
        try (Browser browser = Browser.start(server.getURI(), 1366, 1000)) {
            browser.open("/signin");
            browser.signIn(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Hello"));
            browser.open("/applications/" + application + "/interviews");
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("link-form")));
            assertThat(browser.find("label[for=link-stage]").getText()).isEqualTo("Stage");

            browser.find("#link-form button[type=submit]").click();
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("created-url")));
            String url = browser.find("#created-url").getAttribute("value");
            assertThat(url).matches("https?://.+/schedule/[A-Za-z0-9_-]{43}");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("created-link");
            browser.find("button.copy-button").click();
            browser.await(ExpectedConditions.textMatches(By.className("copy-state"),
                    java.util.regex.Pattern.compile("Copied|Selected")));
            assertThat(browser.find("#link-list").getText()).contains("Screen", "Waiting for the candidate",
                    "the end of");
            browser.screenshot("self-scheduling-link-made");

            browser.find("#link-list form button").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("link-list"), "Revoked"));
            assertThat(api.get(java.net.URI.create(url).getRawPath().replace("/schedule/",
                    "/api/v1/public/scheduling/"), null).status()).isEqualTo(404);
        }
    }
}
