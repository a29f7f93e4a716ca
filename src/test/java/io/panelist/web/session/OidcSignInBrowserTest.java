package io.panelist.web.session;

import io.panelist.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole flow in a real headless Chromium, with the provider on another site (127.0.0.1 against localhost): the
 * browser keeps the sign-in's cookie across the provider's cross-site redirect, and arrives signed in.
 */
class OidcSignInBrowserTest extends OidcWebTest {

    @BeforeEach
    void needsChromium() {
        Browser.assumeAvailable();
    }

    @Test
    void aRecruiterSignsInThroughTheProviderAndLandsWhereTheyWereGoing() {
        providerSignsIn("sub-zoe", "zoe@example.com", "Zoe Park", "recruiting");
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/candidates");
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("oidc-signin")));
            assertThat(browser.find("#oidc-signin a").getText()).isEqualTo("Sign in with Staff login");
            browser.screenshot("oidc-sign-in-page");

            browser.find("#oidc-signin a").click();

            browser.await(ExpectedConditions.urlContains("/candidates"));
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".who-name")));
            assertThat(browser.path()).isEqualTo("/candidates");
            assertThat(browser.find(".who-name").getText()).isEqualTo("Zoe Park");
            assertThat(count("SELECT count(*) FROM users WHERE email = 'zoe@example.com' AND 'RECRUITER' = ANY (roles)"))
                    .isEqualTo(1);
            browser.screenshot("oidc-signed-in");
        }
    }

    @Test
    void someoneInNoMappedGroupSeesWhyTheyAreNotSignedIn() {
        providerSignsIn("sub-finn", "finn@example.com", "Finn", "finance");
        try (Browser browser = Browser.start(server.getURI())) {
            browser.open("/signin");
            browser.find("#oidc-signin a").click();

            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("oidc-refusal")));
            assertThat(browser.find("#oidc-refusal").getText()).contains("none of the groups");
            assertThat(browser.path()).startsWith("/signin/oidc/callback");
            browser.screenshot("oidc-no-mapped-group");
        }
    }
}
