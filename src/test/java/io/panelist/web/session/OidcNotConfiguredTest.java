package io.panelist.web.session;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the provider's settings there is no button, and its pages say that this sign-in is not set up. */
class OidcNotConfiguredTest extends WebTest {

    @Test
    void thereIsNoProviderToSignInWith() {
        BrowserSession browser = new BrowserSession(server.getURI());

        assertThat(browser.page("/signin").text()).contains("Sign in to Panelist").doesNotContain("Sign in with");
        Answer start = browser.page("/signin/oidc?next=%2F");
        assertThat(start.status()).isEqualTo(404);
        assertThat(start.text()).contains("not set up to sign in through an identity provider");
        assertThat(browser.page("/signin/oidc/callback?state=abc&code=def").status()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM oidc_sign_ins")).isZero();
        assertThat(api.loginAnswer("ana@example.com", DEMO_PASSWORD).status()).isEqualTo(200);
    }
}
