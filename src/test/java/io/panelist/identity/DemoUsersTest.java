package io.panelist.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false, environments = {"test", "demo"})
class DemoUsersTest extends IntegrationTest {
    @Inject
    DemoUsers demoUsers;
    @Inject
    TestUsers users;

    @Test
    void allFiveDemoUsersSignInAndSeeTheirRoles() {
        demoUsers.seed();

        Map<String, String> expected = Map.of("admin@example.com", "ADMIN", "recruiter@example.com", "RECRUITER",
                "manager@example.com", "HIRING_MANAGER", "ana@example.com", "INTERVIEWER",
                "ben@example.com", "INTERVIEWER");
        expected.forEach((email, role) -> {
            JsonNode me = api.get("/api/v1/me", api.login(email, DemoUsers.PASSWORD)).json();
            assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly(role);
        });
    }

    @Test
    void seedingIsIdempotentAndRestoresOnlyWhatIsMissing() throws SQLException {
        users.create("someone@example.com", Role.RECRUITER);
        demoUsers.seed();
        String anaId = api.get("/api/v1/me", api.login("ana@example.com", DemoUsers.PASSWORD)).json().get("id").asText();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM users WHERE email = 'ben@example.com'");
        }

        demoUsers.seed();
        demoUsers.seed();

        assertThat(count("SELECT count(*) FROM users")).isEqualTo(6);
        assertThat(api.get("/api/v1/me", api.login("ana@example.com", DemoUsers.PASSWORD)).json().get("id").asText())
                .isEqualTo(anaId);
        assertThat(api.loginAnswer("ben@example.com", DemoUsers.PASSWORD).status()).isEqualTo(200);
    }
}
