package io.panelist.scheduling.links;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.links.LinkFixtures.Link;
import io.panelist.scheduling.links.LinkFixtures.Setting;
import io.panelist.shared.SecretTokens;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.panelist.scheduling.links.LinkFixtures.MONDAY;
import static io.panelist.scheduling.links.LinkFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

/** The recruiter's side of self-scheduling links: making one, every refusal, the list, revoking, and the token. */
class SchedulingLinkApiTest extends IntegrationTest {
    @Inject
    LinkFixtures links;
    Setting setting;
    UUID application;

    @BeforeEach
    void anApplication() {
        setting = links.setting(api);
        application = links.applicant(setting, "Nora Candidate");
    }

    @Test
    void aRecruiterMakesALinkWhoseUrlCarriesAnUnguessableToken() {
        Answer created = create(valid());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode json = created.json();
        String token = json.get("token").asText();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).as("256 random bits").hasSize(32);
        assertThat(json.get("url").asText()).startsWith("http").endsWith("/schedule/" + token);
        assertThat(created.header("Location")).isEqualTo("/api/v1/scheduling-links/" + json.get("id").asText());
        assertThat(create(valid()).json().get("token").asText()).as("every token is new").isNotEqualTo(token);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'scheduling.link-created'"
                + " AND actor_id IS NOT NULL")).isEqualTo(2);
    }

    @Test
    void theTableKeepsOnlyTheTokensHash() throws Exception {
        Link link = links.link(api, setting, application, 2);

        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT token_hash, l::text FROM scheduling_links l")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(SecretTokens.hash(link.token()));
            assertThat(rows.getString(2)).doesNotContain(link.token());
        }
        assertThat(count("SELECT count(*) FROM audit_events WHERE details::text LIKE '%" + link.token() + "%'"))
                .as("nor does the audit trail").isZero();
    }

    @Test
    void everyBadLinkIsRefusedNamingItsField() {
        Instant now = Instant.now();
        assertRefused(with("stageId", UUID.randomUUID()), 422, "stageId");
        assertRefused(with("to", MONDAY.toString()), 422, "to");
        assertRefused(with("to", MONDAY.plus(61, ChronoUnit.DAYS).toString()), 422, "to");
        assertRefused(with("to", MONDAY.plus(30, ChronoUnit.MINUTES).toString()), 422, "to");
        Map<String, Object> past = body(setting.opening().technicalStageId(), now.minus(3, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.DAYS), 2, now.plus(1, ChronoUnit.DAYS));
        assertRefused(past, 422, "to");
        assertRefused(with("expiresAt", now.minus(1, ChronoUnit.MINUTES).toString()), 422, "expiresAt");
        assertRefused(with("expiresAt", now.plus(61, ChronoUnit.DAYS).toString()), 422, "expiresAt");
        assertRefused(with("panelSize", 0), 400, "panelSize");
        assertRefused(with("panelSize", 9), 400, "panelSize");
        Answer local = create(with("from", "2031-03-10T09:00:00"));
        assertThat(local.status()).as("a time without an offset").isEqualTo(400);
        assertThat(local.json().get("detail").asText()).contains("from");
        assertRefused(with("stageId", null), 400, "stageId");
        assertThat(count("SELECT count(*) FROM scheduling_links")).isZero();
    }

    @Test
    void aStageOfAnotherPositionsPlanIsRefusedNamingStageId() {
        assertRefused(with("stageId", links.otherOpening(setting).technicalStageId()), 422, "stageId");
    }

    @Test
    void onlyRecruitersAndAdministratorsMakeListAndRevokeLinksOfApplicationsThatExist() {
        String ana = api.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);
        String manager = api.login(SchedulingFixtures.MANAGER, TestUsers.PASSWORD);
        Link link = links.link(api, setting, application, 2);
        String path = "/api/v1/applications/" + application + "/scheduling-links";

        assertThat(api.post(path, ana, valid()).status()).isEqualTo(403);
        assertThat(api.post(path, manager, valid()).status()).isEqualTo(403);
        assertThat(api.post(path, null, valid()).status()).isEqualTo(401);
        assertThat(api.get(path, ana).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/scheduling-links/" + link.id(), ana).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/applications/" + UUID.randomUUID() + "/scheduling-links", setting.recruiter(),
                valid()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/applications/" + UUID.randomUUID() + "/scheduling-links", setting.recruiter())
                .status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/scheduling-links/" + UUID.randomUUID(), setting.recruiter()).status())
                .isEqualTo(404);
    }

    @Test
    void aClosedApplicationGetsNoLinkAndItsLinksStopWorking() {
        Link link = links.link(api, setting, application, 2);
        Answer withdrawn = api.call("PATCH", "/api/v1/applications/" + application).ifMatchCurrent()
                .token(setting.recruiter())
                .json(Map.of("status", "WITHDRAWN", "reason", "Took another offer.")).send();
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        Answer refused = create(valid());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).endsWith("application-closed");
        assertThat(api.get(link.page(), null).status()).isEqualTo(404);
    }

    @Test
    void theListShowsEachLinksStatusAndNoToken() {
        Link revoked = links.link(api, setting, application, 2);
        Link active = links.link(api, setting, application, 2);
        assertThat(api.delete("/api/v1/scheduling-links/" + revoked.id(), setting.recruiter()).status())
                .isEqualTo(204);

        Answer list = api.get("/api/v1/applications/" + application + "/scheduling-links", setting.recruiter());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).extracting(l -> l.get("id").asText() + " " + l.get("status").asText())
                .containsExactly(active.id() + " ACTIVE", revoked.id() + " REVOKED");
        assertThat(list.json().get(0).get("stageName").asText()).isEqualTo("Technical");
        assertThat(list.text()).doesNotContain(active.token()).doesNotContain(revoked.token())
                .doesNotContain("token");
    }

    @Test
    void aRevokedLinkIsNotFoundAndRevokingIsAuditedOnce() {
        Link link = links.link(api, setting, application, 2);
        assertThat(api.get(link.page(), null).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/scheduling-links/" + link.id(), setting.recruiter()).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/scheduling-links/" + link.id(), setting.recruiter()).status()).isEqualTo(204);

        assertThat(api.get(link.page(), null).status()).isEqualTo(404);
        assertThat(api.post(link.booking(), null, LinkFixtures.choice(LinkFixtures.FIRST_SLOT)).status())
                .isEqualTo(404);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'scheduling.link-revoked' AND entity_id = '"
                + link.id() + "'")).isEqualTo(1);
    }

    private Answer create(Map<String, Object> body) {
        return api.post("/api/v1/applications/" + application + "/scheduling-links", setting.recruiter(), body);
    }

    private Map<String, Object> valid() {
        return body(setting.opening().technicalStageId(), MONDAY, MONDAY.plus(5, ChronoUnit.DAYS), 2,
                Instant.now().plus(30, ChronoUnit.DAYS));
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(valid());
        body.put(field, value);
        return body;
    }

    private void assertRefused(Map<String, Object> body, int status, String field) {
        Answer answer = create(body);
        assertThat(answer.status()).as(body + " -> " + answer).isEqualTo(status);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().get("errors")).as(answer.toString())
                .anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
    }
}
