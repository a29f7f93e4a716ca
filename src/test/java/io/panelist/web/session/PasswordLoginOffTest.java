package io.panelist.web.session;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PANELIST_PASSWORD_LOGIN=false}: passwords sign in nobody but administrators, and not even them once an
 * active administrator signs in through the provider; on the page and on {@code POST /login} alike.
 */
class PasswordLoginOffTest extends OidcWebTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("panelist.password-login", "false");
        return properties;
    }

    @Test
    void aRightPasswordNoLongerSignsInSomeoneWhoIsNotAnAdministrator() {
        BrowserSession browser = newBrowser();
        Answer refused = browser.signIn("ana@example.com", DEMO_PASSWORD);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Password sign-in is turned off. Sign in with Staff login.",
                "Sign in with Staff login");
        assertThat(browser.cookie(SessionCookies.ACCESS)).isNull();
        Answer login = api.loginAnswer("ana@example.com", DEMO_PASSWORD);
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.problemType()).isEqualTo("password-sign-in-off");
        assertThat(api.loginAnswer("ana@example.com", "a-wrong-password").status())
                .as("a wrong password says only that").isEqualTo(401);
        assertThat(count("SELECT count(*) FROM refresh_tokens")).isZero();
    }

    @Test
    void administratorsKeepTheirPasswordsUntilAnAdministratorSignsInThroughTheProvider() throws Exception {
        assertThat(api.loginAnswer("admin@example.com", DEMO_PASSWORD).status()).isEqualTo(200);
        assertThat(signIn("admin@example.com").page("/").text()).contains("Hello, Avery");

        providerSignsIn("sub-hana", "hana@example.com", "Hana Admin", "hr-admins");
        assertThat(signInThroughTheProvider(newBrowser(), "/").status()).isEqualTo(200);

        Answer refused = api.loginAnswer("admin@example.com", DEMO_PASSWORD);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("password-sign-in-off");
        assertThat(newBrowser().signIn("admin@example.com", DEMO_PASSWORD).text())
                .contains("Password sign-in is turned off");

        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("UPDATE users SET active = false WHERE email = 'hana@example.com'");
        }
        assertThat(api.loginAnswer("admin@example.com", DEMO_PASSWORD).status())
                .as("with no active administrator signing in through the provider, passwords let admins in again")
                .isEqualTo(200);
    }

    @Test
    void theProviderStillSignsEveryoneIn() {
        providerSignsIn("sub-ana", "ana@example.com", "Ana", "panel");
        BrowserSession browser = newBrowser();

        assertThat(signInThroughTheProvider(browser, "/").status()).isEqualTo(200);
        assertThat(browser.page("/").text()).contains("Hello, Ana");
    }
}
