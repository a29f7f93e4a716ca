package io.panelist.web.identity;

import io.panelist.support.Browser;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator deactivates a user in a real headless Chromium; that user then cannot sign in. */
class AdminBrowserTest extends WebTest {

    @BeforeEach
    void needsChromium() {
        Browser.assumeAvailable();
    }

    @Test
    void theAdministratorDeactivatesBenWhoThenCannotSignIn() {
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/signin?next=/admin/users");
            browser.signIn("admin@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-count"), "5 users"));

            browser.driver().findElement(By.linkText("Ben Interviewer")).click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("deactivate-link")));
            browser.find("#deactivate-link").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"),
                    "Deactivate Ben Interviewer?"));
            browser.find("#confirm-deactivate").click();

            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Deactivated."));
            assertThat(browser.find("h1 .badge").getText()).isEqualTo("Deactivated");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("notice");
            assertThat(count("SELECT count(*) FROM users WHERE email = 'ben@example.com' AND NOT active")).isEqualTo(1);
            browser.screenshot("admin-deactivated-user");

            browser.find(".who button[type=submit]").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("signin-form")));
            browser.signIn("ben@example.com", DEMO_PASSWORD);
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("signin-problem")));
            assertThat(browser.find("#signin-problem").getText())
                    .isEqualTo("That email and password do not match an active account.");
            assertThat(browser.path()).startsWith("/signin");
            browser.screenshot("deactivated-user-sign-in-refused");
        }
    }
}
