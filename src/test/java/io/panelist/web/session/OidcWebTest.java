package io.panelist.web.session;

import io.panelist.support.Answer;
import io.panelist.support.OpenIdProvider;
import io.panelist.web.BrowserSession;
import io.panelist.web.Pages;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests of sign-in through the provider: Panelist with the demo content, configured for a real OpenID
 * provider started for the class. Browsers go through the flow as a browser does: Panelist's redirect to the
 * provider, the provider's redirect back, the callback.
 */
abstract class OidcWebTest extends WebTest {
    protected OpenIdProvider provider;
    private int port;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        if (provider == null) {
            provider = OpenIdProvider.start();
            port = OpenIdProvider.freePort();
        }
        properties.putAll(provider.properties(port));
        return properties;
    }

    @BeforeEach
    void nobodySignsInUntilTheTestSaysWho() {
        provider.forget();
    }

    @AfterAll
    void stopTheProvider() {
        provider.close();
    }

    /** A person the provider signs in next, with a verified email. */
    protected void providerSignsIn(String subject, String email, String name, String... groups) {
        provider.willSignIn(subject, email, name, List.of(groups));
    }

    /** Starts a sign-in on Panelist and lets the provider sign in; the provider's answer, a redirect to the callback. */
    protected Answer throughTheProvider(BrowserSession browser, String next) {
        Answer start = browser.page("/signin/oidc?next=" + Pages.encode(next));
        assertThat(start.status()).as(start.toString()).isEqualTo(303);
        assertThat(start.header("Location")).startsWith(provider.issuer() + "/authorize?");
        Answer atProvider = browser.send("GET", start.header("Location"), null, null, Map.of("Accept", "text/html"));
        assertThat(atProvider.status()).as(atProvider.toString()).isEqualTo(302);
        return atProvider;
    }

    /** The whole flow: start, the provider, the callback; the callback's answer. */
    protected Answer signInThroughTheProvider(BrowserSession browser, String next) {
        return callback(browser, throughTheProvider(browser, next).header("Location"));
    }

    protected Answer callback(BrowserSession browser, String callbackUrl) {
        assertThat(callbackUrl).startsWith(server.getURI() + "/signin/oidc/callback?");
        return browser.page(URI.create(callbackUrl).getRawPath() + "?" + URI.create(callbackUrl).getRawQuery());
    }

    protected BrowserSession newBrowser() {
        return new BrowserSession(server.getURI());
    }

    /** A value of the query of a URL, as sent (still encoded). */
    protected static String query(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new IllegalStateException(name + " is not in " + url);
    }
}
