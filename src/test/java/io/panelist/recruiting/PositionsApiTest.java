package io.panelist.recruiting;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PositionsApiTest extends IntegrationTest {
    @Inject
    TestUsers users;
    UUID adminId;
    UUID managerId;
    UUID otherManagerId;
    String admin;
    String recruiter;
    String manager;

    @BeforeEach
    void signIn() {
        adminId = users.create("admin@example.com", Role.ADMIN);
        users.create("rita@example.com", Role.RECRUITER);
        managerId = users.create("mo@example.com", Role.HIRING_MANAGER);
        otherManagerId = users.create("olga@example.com", Role.HIRING_MANAGER);
        admin = api.login("admin@example.com", TestUsers.PASSWORD);
        recruiter = api.login("rita@example.com", TestUsers.PASSWORD);
        manager = api.login("mo@example.com", TestUsers.PASSWORD);
    }

    /** {@code POST /api/v1/positions} as DESIGN.md shows it. */
    static Map<String, Object> newPosition(String title, UUID hiringManagerId) {
        return new HashMap<>(Map.of("title", title, "level", "MID", "hiringManagerId", hiringManagerId.toString(),
                "status", "OPEN"));
    }

    @Test
    void anAdministratorCreatesAPosition() {
        Answer created = api.post("/api/v1/positions", admin, newPosition("Backend Engineer (Flask)", managerId));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode position = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/v1/positions/" + position.get("id").asText());
        assertThat(created.header("ETag")).isEqualTo("\"" + position.get("version").asLong() + "\"");
        assertThat(position.get("title").asText()).isEqualTo("Backend Engineer (Flask)");
        assertThat(position.get("level").asText()).isEqualTo("MID");
        assertThat(position.get("hiringManagerId").asText()).isEqualTo(managerId.toString());
        assertThat(position.get("hiringManagerName").asText()).isEqualTo("Mo");
        assertThat(position.get("status").asText()).isEqualTo("OPEN");
        assertThat(position.get("createdAt").asText()).isNotBlank();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'position.created' AND actor_id = '"
                + adminId + "' AND entity_id = '" + position.get("id").asText() + "'")).isEqualTo(1);
    }

    @Test
    void aRecruiterCreatesAPositionWhoseStatusDefaultsToOpen() {
        Map<String, Object> body = newPosition("  Data Engineer  ", managerId);
        body.remove("status");

        Answer created = api.post("/api/v1/positions", recruiter, body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(created.json().get("title").asText()).isEqualTo("Data Engineer");
    }

    @Test
    void aPositionReadsBackWithItsETag() {
        String id = api.post("/api/v1/positions", admin, newPosition("Backend Engineer", managerId)).json().get("id").asText();

        Answer read = api.get("/api/v1/positions/" + id, recruiter);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("id").asText()).isEqualTo(id);
        assertThat(read.json().get("hiringManagerName").asText()).isEqualTo("Mo");
        assertThat(read.header("ETag")).isEqualTo("\"" + read.json().get("version").asLong() + "\"");
        assertThat(api.get("/api/v1/positions/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    @Test
    void anUpdateReplacesThePositionAndIsAudited() {
        Answer created = api.post("/api/v1/positions", admin, newPosition("Backend Engineer", managerId));
        String id = created.json().get("id").asText();
        Map<String, Object> change = newPosition("Senior Backend Engineer", otherManagerId);
        change.put("level", "SENIOR");
        change.put("status", "CLOSED");

        Answer updated = api.call("PUT", "/api/v1/positions/" + id).token(recruiter)
                .header("If-Match", created.header("ETag")).json(change).send();

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("title").asText()).isEqualTo("Senior Backend Engineer");
        assertThat(updated.json().get("level").asText()).isEqualTo("SENIOR");
        assertThat(updated.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(updated.json().get("hiringManagerId").asText()).isEqualTo(otherManagerId.toString());
        assertThat(updated.json().get("version").asLong()).isEqualTo(created.json().get("version").asLong() + 1);
        assertThat(updated.header("ETag")).isNotEqualTo(created.header("ETag"));
        assertThat(api.get("/api/v1/positions/" + id, admin).json().get("title").asText())
                .isEqualTo("Senior Backend Engineer");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'position.updated' AND entity_id = '"
                + id + "'")).isEqualTo(1);
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        Answer created = api.post("/api/v1/positions", admin, newPosition("Backend Engineer", managerId));
        String id = created.json().get("id").asText();
        api.call("PUT", "/api/v1/positions/" + id).token(admin).header("If-Match", created.header("ETag"))
                .json(newPosition("First edit", managerId)).send();

        Answer stale = api.call("PUT", "/api/v1/positions/" + id).token(admin).header("If-Match", created.header("ETag"))
                .json(newPosition("Lost edit", managerId)).send();

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.problemType()).isEqualTo("stale-version");
        assertThat(api.get("/api/v1/positions/" + id, admin).json().get("title").asText()).isEqualTo("First edit");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'position.updated'")).isEqualTo(1);
    }

    @Test
    void theListPagesAndFiltersByStatusAndTitle() {
        api.post("/api/v1/positions", admin, newPosition("Backend Engineer", managerId));
        api.post("/api/v1/positions", admin, newPosition("Frontend Engineer", otherManagerId));
        Map<String, Object> closed = newPosition("Data Engineer", managerId);
        closed.put("status", "CLOSED");
        api.post("/api/v1/positions", admin, closed);

        Answer all = api.get("/api/v1/positions", recruiter);
        Answer open = api.get("/api/v1/positions?status=OPEN", recruiter);
        Answer found = api.get("/api/v1/positions?q=front", recruiter);
        Answer page = api.get("/api/v1/positions?page=1&size=2", recruiter);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("total").asLong()).isEqualTo(3);
        assertThat(all.json().get("items")).extracting(p -> p.get("title").asText())
                .containsExactly("Backend Engineer", "Frontend Engineer", "Data Engineer");
        assertThat(open.json().get("items")).extracting(p -> p.get("title").asText())
                .containsExactly("Backend Engineer", "Frontend Engineer");
        assertThat(found.json().get("items")).extracting(p -> p.get("title").asText()).containsExactly("Frontend Engineer");
        assertThat(page.json().get("items")).hasSize(1);
        assertThat(page.json().get("page").asInt()).isEqualTo(1);
        assertThat(page.json().get("size").asInt()).isEqualTo(2);
        assertThat(page.json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void aHiringManagerSeesOnlyTheirOwnPositions() {
        String own = api.post("/api/v1/positions", admin, newPosition("Backend Engineer", managerId)).json().get("id").asText();
        String foreign = api.post("/api/v1/positions", admin, newPosition("Frontend Engineer", otherManagerId))
                .json().get("id").asText();

        Answer list = api.get("/api/v1/positions", manager);

        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        assertThat(list.json().get("items")).extracting(p -> p.get("id").asText()).containsExactly(own);
        assertThat(api.get("/api/v1/positions/" + own, manager).status()).isEqualTo(200);
        Answer hidden = api.get("/api/v1/positions/" + foreign, manager);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.isProblem()).isTrue();
        assertThat(hidden.text()).doesNotContain("Frontend");
    }

    @Test
    void theHiringManagerMustBeAnActiveUserWithThatRole() {
        UUID interviewer = users.create("ana@example.com", Role.INTERVIEWER);
        UUID leaver = users.create("lee@example.com", Role.HIRING_MANAGER);
        Answer deactivated = api.putCurrent("/api/v1/users/" + leaver, admin, Map.of("email", "lee@example.com",
                "displayName", "Lee", "roles", List.of("HIRING_MANAGER"), "active", false));
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        String existing = api.post("/api/v1/positions", admin, newPosition("Backend Engineer", managerId))
                .json().get("id").asText();

        for (UUID notAManager : List.of(interviewer, leaver, UUID.randomUUID())) {
            Answer create = api.post("/api/v1/positions", admin, newPosition("Another", notAManager));
            Answer update = api.putCurrent("/api/v1/positions/" + existing, admin, newPosition("Backend Engineer",
                    notAManager));

            for (Answer answer : List.of(create, update)) {
                assertThat(answer.status()).as(notAManager + ": " + answer).isEqualTo(422);
                assertThat(answer.isProblem()).isTrue();
                assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText())
                        .containsExactly("hiringManagerId");
            }
        }
        assertThat(count("SELECT count(*) FROM positions")).isEqualTo(1);
        assertThat(api.get("/api/v1/positions/" + existing, admin).json().get("hiringManagerId").asText())
                .isEqualTo(managerId.toString());
    }

    @Test
    void invalidPositionsAreRefusedWithEveryFieldNamed() {
        Answer empty = api.call("POST", "/api/v1/positions").token(admin).raw("{}", "application/json").send();
        Map<String, Object> bad = newPosition(" ", managerId);
        bad.put("level", "PRINCIPAL");
        Answer badLevel = api.post("/api/v1/positions", admin, bad);
        Answer longTitle = api.post("/api/v1/positions", admin, newPosition("t".repeat(201), managerId));
        Answer malformed = api.call("POST", "/api/v1/positions").token(admin).raw("{\"title\": ", "application/json").send();
        Answer huge = api.post("/api/v1/positions", admin, newPosition("t".repeat(1_100_000), managerId));
        Answer badId = api.get("/api/v1/positions/not-a-uuid", admin);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.problemType()).isEqualTo("validation-failed");
        assertThat(empty.json().get("errors")).extracting(e -> e.get("field").asText())
                .contains("title", "level", "hiringManagerId");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(longTitle.status()).isEqualTo(400);
        assertThat(longTitle.json().get("errors")).extracting(e -> e.get("field").asText()).contains("title");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(huge.status()).isIn(400, 413);
        assertThat(badId.status()).isIn(400, 404);
        for (Answer answer : List.of(empty, badLevel, longTitle, malformed, huge, badId)) {
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        }
        assertThat(api.get("/api/v1/positions?status=HALF_OPEN", admin).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/positions?size=101", admin).status()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM positions")).isZero();
    }
}
