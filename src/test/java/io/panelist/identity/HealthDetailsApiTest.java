package io.panelist.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.web.BrowserSession;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /health} answers UP or DOWN to anyone, a load balancer's probe included; what its checks found (the JDBC
 * URL, the disk's free space) only an administrator sees, not an interviewer, recruiter or hiring manager, with a
 * token or with the page cookie.
 */
class HealthDetailsApiTest extends IntegrationTest {
    @Inject
    TestUsers users;

    @BeforeEach
    void people() {
        users.create("admin@example.com", Role.ADMIN);
        users.create("ivy@example.com", Role.INTERVIEWER);
        users.create("rex@example.com", Role.RECRUITER, Role.HIRING_MANAGER);
    }

    @Test
    void everyoneButAnAdministratorSeesTheStatusAlone() {
        BrowserSession interviewerPages = new BrowserSession(server.getURI());
        interviewerPages.signIn("ivy@example.com", TestUsers.PASSWORD);
        List<Answer> statusOnly = List.of(api.get("/health", null),
                api.get("/health", api.login("ivy@example.com", TestUsers.PASSWORD)),
                api.get("/health", api.login("rex@example.com", TestUsers.PASSWORD)),
                interviewerPages.send("GET", "/health", null, null, Map.of("Accept", "application/json")),
                api.get("/health/readiness", null), api.get("/health/liveness", null));

        for (Answer health : statusOnly) {
            assertThat(health.status()).as(health.toString()).isEqualTo(200);
            assertThat(health.json().get("status").asText()).isEqualTo("UP");
            assertThat(health.json().path("details").isMissingNode() || health.json().path("details").isNull())
                    .as(health.text()).isTrue();
            assertThat(health.text()).doesNotContain("jdbc", "diskSpace", "postgres", "free", "threshold");
        }
    }

    @Test
    void anAdministratorSeesWhatTheChecksFound() {
        Answer health = api.get("/health", api.login("admin@example.com", TestUsers.PASSWORD));

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        JsonNode details = health.json().get("details");
        assertThat(details.has("diskSpace")).as(health.text()).isTrue();
        assertThat(health.text()).contains("jdbc:postgresql:");
    }
}
