package io.panelist.web.scheduling;

import io.panelist.support.Browser;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** The availability form in a real headless Chromium on a 390 px phone: fits, labelled, Enter saves. */
class AvailabilityBrowserTest extends WebTest {
    private static final String UNLABELLED = """
            return Array.from(document.querySelectorAll('main input:not([type=hidden]), main button'))
              .filter(e => e.getAttribute('aria-hidden') !== 'true')
              .filter(e => e.tagName === 'INPUT' ? e.labels.length === 0 : e.textContent.trim() === '')
              .map(e => e.id || e.name);
            """;

    @BeforeEach
    void needsChromium() {
        Browser.assumeAvailable();
    }

    @Test
    void anInterviewerAddsSaturdayHoursOnAPhoneAndEnterSavesTheForm() {
        try (Browser browser = Browser.start(server.getURI(), 390, 844)) {
            browser.open("/signin?next=/me/availability");
            browser.signIn("ana@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "My availability"));
            assertFits(browser);
            assertThat(browser.script(UNLABELLED)).as("inputs without a label, buttons without a name")
                    .asList().isEmpty();
            wholePage(browser, "availability-phone");

            browser.find("#add-SATURDAY").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("availability-weekly-5-from")));
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .as("the new row takes the focus").isEqualTo("availability-weekly-5-from");
            set(browser, "#availability-weekly-5-from", "10:00");
            set(browser, "#availability-weekly-5-to", "12:30");
            WebElement daily = browser.find("#availability-dailyLimit");
            daily.sendKeys("3");
            daily.sendKeys(Keys.ENTER);

            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Saved."));
            assertThat(browser.path()).isEqualTo("/me/availability?saved");
            assertThat(browser.find("#day-SATURDAY").getText()).doesNotContain("Day off");
            assertThat(browser.find("#availability-dailyLimit").getAttribute("value")).isEqualTo("3");
            assertFits(browser);
            wholePage(browser, "availability-phone-saved");
        }
        assertThat(count("SELECT count(*) FROM availability_weekly WHERE day = 6 AND from_minute = 600"
                + " AND to_minute = 750")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM availability_weekly")).isEqualTo(6);
    }

    private static void assertFits(Browser browser) {
        Object overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("wider than the phone by").isLessThanOrEqualTo(0);
    }

    /** A screenshot of the whole page at the phone's width, then the phone's height again. */
    private static void wholePage(Browser browser, String name) {
        long height = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
        browser.driver().manage().window().setSize(new Dimension(390, (int) Math.min(height + 120, 8000)));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    /** A time input's value as a person picks it (typing into one depends on the browser's locale). */
    private static void set(Browser browser, String css, String value) {
        browser.script("arguments[0].value = arguments[1];", browser.find(css), value);
    }
}
