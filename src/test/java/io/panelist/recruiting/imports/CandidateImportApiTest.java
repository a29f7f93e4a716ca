package io.panelist.recruiting.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports that succeed: CSV and JSON, new and known candidates, applications, quoting, and importing twice. */
class CandidateImportApiTest extends ImportTest {
    @Test
    void aCsvImportCreatesUpdatesAndAppliesAndSaysHowMany() {
        UUID known = createWithExternalId("Yan Example", "yan@example.org", "crm-2");
        fixtures.application(team.admin(), known, opening.positionId());
        String csv = HEADER
                + "Zoe Example,Zoe@Example.org,+49 30 1234567,crm-1," + opening.positionId() + "\r\n"
                + "Yan Example-Li,yan@example.org,,crm-2," + opening.positionId() + "\r\n"
                + "Xia Example,,,,\r\n";

        Answer answer = importCsv(csv);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(Api.JSON.valueToTree(Map.of("created", 2, "updated", 1,
                "applications", 1)));
        JsonNode zoe = candidate("crm-1");
        assertThat(zoe.get("name").asText()).isEqualTo("Zoe Example");
        assertThat(zoe.get("email").asText()).isEqualTo("zoe@example.org");
        assertThat(zoe.get("phone").asText()).isEqualTo("+49 30 1234567");
        assertThat(candidate("crm-2").get("name").asText()).isEqualTo("Yan Example-Li");
        assertThat(candidate("crm-2").get("version").asLong()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM candidates WHERE name = 'Xia Example' AND external_id IS NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id"
                + " WHERE c.external_id = 'crm-1' AND a.position_id = '" + opening.positionId() + "'"
                + " AND a.plan_id = '" + opening.planId() + "' AND a.status = 'ACTIVE'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM applications")).as("Yan had applied already").isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'candidate.created'"
                + " AND actor_id = '" + team.recruiter() + "' AND details ->> 'imported' = 'true'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'candidate.updated'"
                + " AND entity_id = '" + known + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'application.created'"
                + " AND details ->> 'imported' = 'true'")).isEqualTo(1);
    }

    @Test
    void aJsonArrayImportsTheSameWay() {
        Map<String, Object> zoe = new LinkedHashMap<>();
        zoe.put("name", "Zoe Example");
        zoe.put("email", "zoe@example.org");
        zoe.put("phone", null);
        zoe.put("externalId", "crm-1");
        zoe.put("positionId", opening.positionId().toString());

        Answer answer = api.post(IMPORT, recruiter, List.of(zoe, Map.of("name", "Yan Example")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(Api.JSON.valueToTree(Map.of("created", 2, "updated", 0,
                "applications", 1)));
        assertThat(candidate("crm-1").get("email").asText()).isEqualTo("zoe@example.org");
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(2);
    }

    @Test
    void importingTheSameFileAgainCreatesNothingAndChangesNothing() {
        String csv = HEADER + "Zoe Example,zoe@example.org,,crm-1," + opening.positionId() + "\r\n"
                + "Yan Example,yan@example.org,,crm-2,\r\n";
        importCsv(csv);
        long events = count("SELECT count(*) FROM audit_events");

        Answer again = importCsv(csv);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(Api.JSON.valueToTree(Map.of("created", 0, "updated", 2,
                "applications", 0)));
        assertThat(candidate("crm-1").get("version").asLong()).as("an unchanged row leaves the version").isZero();
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM applications")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events")).isEqualTo(events);
    }

    @Test
    void quotedCellsHoldCommasQuotesAndLineBreaks() {
        String csv = "\uFEFFexternalId,name,email,phone,positionId\n"
                + "crm-1,\"Example, Zoe\",zoe@example.org,,\n"
                + "\"crm-2\",\"Yan \"\"the Younger\"\" Example\",\"yan@example.org\",\"+49 30 1234567\",\"\"\r\n"
                + "crm-3,\"Xia\r\nExample\",,,\n"
                + "\n";

        Answer answer = importCsv(csv);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("created").asInt()).isEqualTo(3);
        assertThat(candidate("crm-1").get("name").asText()).isEqualTo("Example, Zoe");
        assertThat(candidate("crm-2").get("name").asText()).isEqualTo("Yan \"the Younger\" Example");
        assertThat(candidate("crm-2").get("phone").asText()).isEqualTo("+49 30 1234567");
        assertThat(candidate("crm-3").get("name").asText()).isEqualTo("Xia\r\nExample");
    }

    @Test
    void aKnownEmailMayStayWithItsOwnCandidateAndAnApplicationIsNotMadeTwice() {
        UUID zoe = createWithExternalId("Zoe Example", "zoe@example.org", "crm-1");
        UUID application = fixtures.application(team.admin(), zoe, opening.positionId());
        api.call("PATCH", "/api/v1/applications/" + application).token(recruiter).header("If-Match", "\"0\"")
                .json(Map.of("status", "WITHDRAWN", "reason", "Took another offer.")).send();

        Answer answer = importCsv(HEADER + "Zoe Example,ZOE@example.org,,crm-1," + opening.positionId() + "\r\n");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("applications").asInt()).as("she has one there, withdrawn").isZero();
        assertThat(count("SELECT count(*) FROM applications")).isEqualTo(1);
    }

    private UUID createWithExternalId(String name, String email, String externalId) {
        Answer created = api.post("/api/v1/candidates", recruiter, Map.of("name", name, "email", email,
                "externalId", externalId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    private Answer importCsv(String csv) {
        return api.call("POST", IMPORT).token(recruiter).raw(csv, "text/csv").send();
    }

    /** The candidate with this external id, read through the API. */
    private JsonNode candidate(String externalId) {
        Answer answer = api.get("/api/v1/candidates/" + idOf(externalId), recruiter);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static UUID idOf(String externalId) {
        try (var connection = connect();
             var statement = connection.prepareStatement("SELECT id FROM candidates WHERE external_id = ?")) {
            statement.setString(1, externalId);
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a candidate with the external id " + externalId).isTrue();
                return rows.getObject(1, UUID.class);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
