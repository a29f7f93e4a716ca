package io.panelist.web.scheduling;

import io.panelist.support.Browser;
import io.panelist.web.recruiting.RecruiterWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Find a time" in a real headless Chromium: choosing the days and a panel of one swaps in new suggestions without
 * leaving the page, and one click on "Book" books the first of them with the location typed in the form below.
 */
class FindTimesBrowserTest extends RecruiterWebTest {
    private String schedule;

    @BeforeEach
    void aQualifiedPanel() throws SQLException {
        Browser.assumeAvailable();
        var mateo = applicationOf("Mateo García");
        schedule = "/applications/" + mateo.get("id").asText() + "/schedule";
        try (Connection connection = connect(); PreparedStatement qualify = connection.prepareStatement("""
                INSERT INTO interviewer_qualifications (user_id, topic_id, level, updated_at)
                SELECT DISTINCT u.id, st.topic_id, 'QUALIFIED', now()
                  FROM users u, stage_topics st JOIN plan_stages ps ON ps.id = st.stage_id
                 WHERE ps.plan_id = ? AND u.email = 'ana@example.com'
                """)) {
            // the demo qualifies Ana and Ben: here only Ana covers the stage's topics
            connection.createStatement().executeUpdate("DELETE FROM interviewer_qualifications");
            qualify.setObject(1, UUID.fromString(mateo.get("planId").asText()));
            qualify.executeUpdate();
        }
    }

    @Test
    void theRecruiterChoosesDaysAndAPanelOfOneAndBooksASuggestionWithOneClick() {
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        try (Browser browser = Browser.start(server.getURI(), 1366, 1100)) {
            browser.open("/signin");
            browser.signIn(RECRUITER, DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Hello"));
            browser.open(schedule);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("finder-form")));
            WebElement before = browser.find("#suggestions");

            setValue(browser, "#finder-from", monday.toString());
            browser.await(ExpectedConditions.stalenessOf(before));
            WebElement afterDays = browser.await(ExpectedConditions.presenceOfElementLocated(By.id("suggestions")));
            setValue(browser, "#finder-to", monday.toString());
            browser.await(ExpectedConditions.stalenessOf(afterDays));
            WebElement afterTo = browser.await(ExpectedConditions.presenceOfElementLocated(By.id("suggestions")));
            setValue(browser, "#finder-size", "1");
            browser.await(ExpectedConditions.stalenessOf(afterTo));
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestions"), "09:00"));

            List<WebElement> panels = browser.findAll(".suggestion-panel");
            assertThat(panels).isNotEmpty().allSatisfy(p -> assertThat(p.getText()).isEqualTo("Ana Interviewer"));
            assertThat(browser.find(".suggestion-when").getText()).contains("09:00");
            browser.find("#slot-location").sendKeys("Room 12");
            browser.script("window.scrollTo(0, 0)");
            browser.screenshot("find-times-suggestions");
            browser.find(".suggestion-form button").click();

            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("booked")));
            assertThat(browser.find("#booked").getText()).contains("Booked:", "Mateo García", "Ana Interviewer",
                    "Room 12");
            assertThat(count("SELECT count(*) FROM interviews WHERE location = 'Room 12' AND starts_at = '"
                    + monday + "T09:00:00Z'")).isEqualTo(1);
            browser.screenshot("find-times-booked");
        }
    }

    private static void setValue(Browser browser, String css, String value) {
        browser.script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", browser.find(css), value);
    }
}
