package io.panelist.security;

import io.panelist.notifications.webhooks.WebhookTestData;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack this closes: a hiring manager demoted by an administrator recorded a decision with the access token
 * they still held. Their token still says HIRING_MANAGER, and the position still names them; neither counts once
 * the role is gone.
 */
class DemotedHiringManagerTest extends IntegrationTest {
    @Inject
    TestUsers users;
    @Inject
    WebhookTestData webhooks;

    @Test
    void aDemotedHiringManagerCannotRecordADecisionWithTheTokenTheyStillHold() {
        World world = new World(api, users, webhooks).build();
        String mo = world.token(Caller.MO);
        assertThat(decide(world.freshApplication(), mo).status()).as("the control, before").isEqualTo(201);
        UUID application = world.freshApplication();

        demote(world, world.id(Caller.MO));

        Answer refused = decide(application, mo);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(count("SELECT count(*) FROM decisions WHERE application_id = '" + application + "'")).isZero();
        assertThat(count("SELECT count(*) FROM applications WHERE id = '" + application + "' AND status = 'ACTIVE'"))
                .isEqualTo(1);

        Answer recommendation = api.get("/api/v1/applications/" + world.applicationA + "/recommendation", mo);
        assertThat(recommendation.status()).as("the hiring manager's reading goes with the role too: the position"
                + " no longer shows them its applications").isEqualTo(404);

        assertThat(api.get("/api/v1/applications/" + world.applicationA, mo).status())
                .as("the position's applications go with the role too").isEqualTo(404);
        assertThat(api.get("/api/v1/applications?size=100", mo).json().get("items")).as("nor are they listed")
                .noneMatch(item -> item.get("id").asText().equals(world.applicationA.toString()));

        String fresh = api.login(World.MO, TestUsers.PASSWORD);
        assertThat(decide(application, fresh).status()).as("a new token: the position still names Mo")
                .isEqualTo(403);
    }

    private Answer decide(UUID application, String token) {
        return api.post("/api/v1/applications/" + application + "/decision", token,
                Map.of("outcome", "NO_HIRE", "rationale", World.RATIONALE, "acknowledgePending", true));
    }

    private void demote(World world, UUID user) {
        String admin = world.token(Caller.ADMIN);
        Answer read = api.get("/api/v1/users/" + user, admin);
        Answer changed = api.call("PUT", "/api/v1/users/" + user).token(admin).header("If-Match", read.header("ETag"))
                .json(Map.of("email", World.MO, "displayName", "Mo", "roles", List.of("INTERVIEWER"))).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }
}
