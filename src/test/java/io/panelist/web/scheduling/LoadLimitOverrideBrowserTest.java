package io.panelist.web.scheduling;

import io.panelist.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Book anyway" in a real headless Chromium, with htmx: the recruiter meets Ana's weekly limit from the form they fill
 * in themselves and from a suggestion that someone else's booking has just filled, reads who is at which limit, is
 * told to give a reason when they leave it blank, and books with one.
 */
class LoadLimitOverrideBrowserTest extends LoadLimitWebTest {
    private static final String REASON = "Ana agreed to cover for Ben this week";
    private String mateo;
    private String schedule;
    private String ana;

    @BeforeEach
    void anaAloneCoversTheStageAndMayTakeOneInterviewAWeek() throws SQLException {
        Browser.assumeAvailable();
        var application = applicationOf("Mateo García");
        mateo = application.get("id").asText();
        schedule = "/applications/" + mateo + "/schedule";
        ana = userId("ana@example.com");
        try (Connection connection = connect(); PreparedStatement qualify = connection.prepareStatement("""
                INSERT INTO interviewer_qualifications (user_id, topic_id, level, updated_at)
                SELECT DISTINCT u.id, st.topic_id, 'QUALIFIED', now()
                  FROM users u, stage_topics st JOIN plan_stages ps ON ps.id = st.stage_id
                 WHERE ps.plan_id = ? AND u.email = 'ana@example.com'
                """)) {
            connection.createStatement().executeUpdate("DELETE FROM interviewer_qualifications");
            qualify.setObject(1, UUID.fromString(application.get("planId").asText()));
            qualify.executeUpdate();
        }
        limitAnaPerWeek(ana, 1);
    }

    @Test
    void theRecruiterMeetsTheLimitOnTheFormIsToldToGiveAReasonAndBooksAnyway() {
        fillAnasWeek(ana, LocalTime.of(9, 0));
        try (Browser browser = signedIn()) {
            browser.open(schedule);
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("slot-form")));
            setValue(browser, "#slot-date", monday.toString());
            setValue(browser, "#slot-time", "11:00");
            setValue(browser, "#slot-zone", "UTC");
            browser.find("#panelist-" + ana).click();
            WebElement form = browser.find("#slot-form");
            browser.find("#slot-form button.primary").click();

            browser.await(ExpectedConditions.stalenessOf(form));
            WebElement problem = browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("slot-problem")));
            assertThat(problem.getText()).contains("At a load limit", anaAtHerLimit(""));
            assertThat(browser.find("#override-submit").getText()).isEqualTo("Book anyway");
            browser.screenshot("load-limit-refused");
            form = browser.find("#slot-form");
            browser.find("#override-submit").click();

            browser.await(ExpectedConditions.stalenessOf(form));
            assertThat(browser.await(ExpectedConditions.visibilityOfElementLocated(
                    By.id("slot-override-reason-problem"))).getText()).contains("Say why it is booked past the limit");
            assertThat(count(bookedAt(LocalTime.of(11, 0)))).isZero();
            browser.screenshot("load-limit-blank-reason");
            browser.find("#slot-override-reason").sendKeys(REASON);
            browser.find("#override-submit").click();

            WebElement booked = browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("booked")));
            assertThat(booked.getText()).contains("Booked:", "Mateo García", "Booked past the load limit", REASON);
            browser.screenshot("load-limit-booked-anyway");
        }
        assertThat(count(bookedAt(LocalTime.of(11, 0)))).isEqualTo(1);
        assertThat(count(AUDITED + " AND details->>'reason' = '" + REASON + "'")).isEqualTo(1);
    }

    @Test
    void aSuggestionThatSomeoneElsesBookingFilledIsRefusedWithTheLimitAndBookedAnywayWithAReason() {
        try (Browser browser = signedIn()) {
            browser.open(schedule + "?from=" + monday + "&to=" + monday + "&panelSize=1");
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestions"), "09:00"));
            // between showing the times and the click, another recruiter gives Ana her one interview of the week
            fillAnasWeek(ana, LocalTime.of(16, 0));
            WebElement form = browser.find("#slot-form");
            browser.find(".suggestion-form button").click();

            browser.await(ExpectedConditions.stalenessOf(form));
            assertThat(browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("slot-problem"))).getText())
                    .contains(anaAtHerLimit(""));
            browser.find("#slot-override-reason").sendKeys(REASON);
            browser.find("#override-submit").click();

            assertThat(browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("booked"))).getText())
                    .contains("Booked past the load limit", REASON);
        }
        assertThat(count(bookedAt(LocalTime.of(9, 0)))).isEqualTo(1);
        assertThat(count(AUDITED + " AND details->>'reason' = '" + REASON + "'")).isEqualTo(1);
    }

    private Browser signedIn() {
        Browser browser = Browser.start(server.getURI(), 1366, 1100);
        browser.open("/signin");
        browser.signIn(RECRUITER, DEMO_PASSWORD);
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Hello"));
        return browser;
    }

    private String bookedAt(LocalTime time) {
        return "SELECT count(*) FROM interviews WHERE application_id = '" + mateo + "' AND starts_at = '" + at(time) + "'";
    }

    /** A date, time or select value as a person picks it (typing into one depends on the browser's locale). */
    private static void setValue(Browser browser, String css, String value) {
        browser.script("arguments[0].value = arguments[1];", browser.find(css), value);
    }
}
