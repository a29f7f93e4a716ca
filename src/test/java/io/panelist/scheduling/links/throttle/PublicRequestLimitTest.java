package io.panelist.scheduling.links.throttle;

import io.panelist.security.ManualClock;
import io.panelist.shared.SecretTokens;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public scheduling endpoints and page take 60 requests a minute from one address (with the production
 * setting), whatever they ask for; the 61st gets 429 with Retry-After until the minute is over. Behind a trusted
 * proxy the address is the one it appends to X-Forwarded-For, so each client has its own count.
 */
class PublicRequestLimitTest extends IntegrationTest {
    @Inject
    ManualClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(ManualClock.PROPERTY, "true");
        properties.put("panelist.self-scheduling.requests-per-minute", "60");
        properties.put("panelist.security.trusted-proxy", "true");
        return properties;
    }

    @BeforeEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void theSixtyFirstRequestOfAMinuteFromOneAddressIsRefusedUntilTheMinuteIsOver() {
        for (int i = 1; i <= 60; i++) {
            Answer answer = from("198.51.100.7", i % 2 == 0 ? "/api/v1/public/scheduling/" + SecretTokens.newToken()
                    : "/schedule/" + SecretTokens.newToken());
            assertThat(answer.status()).as("request " + i).isEqualTo(404);
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        }

        Answer refused = from("198.51.100.7", "/api/v1/public/scheduling/" + SecretTokens.newToken());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.problemType()).endsWith("too-many-requests");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(from("203.0.113.9", "/api/v1/public/scheduling/" + SecretTokens.newToken()).status())
                .as("another address").isEqualTo(404);
        clock.advance(Duration.ofSeconds(61));
        assertThat(from("198.51.100.7", "/api/v1/public/scheduling/" + SecretTokens.newToken()).status())
                .as("a new minute").isEqualTo(404);
    }

    @Test
    void signedInEndpointsAndTheCalendarFeedAreNotCounted() {
        for (int i = 0; i < 70; i++) {
            assertThat(from("198.51.100.8", "/calendar/" + SecretTokens.newToken() + ".ics").status()).isEqualTo(404);
        }
        assertThat(from("198.51.100.8", "/api/v1/public/scheduling/" + SecretTokens.newToken()).status())
                .isEqualTo(404);
        assertThat(count("SELECT requests FROM public_request_counts WHERE address = '198.51.100.8'")).isEqualTo(1);
    }

    private Answer from(String address, String path) {
        return api.call("GET", path).header("X-Forwarded-For", address).send();
    }
}
