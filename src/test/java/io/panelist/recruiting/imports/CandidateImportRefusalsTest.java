package io.panelist.recruiting.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports that are refused, each with nothing written: every bad row named by row and column, a wrong header, too
 * many or no rows, and bodies that are not what the endpoint takes.
 */
class CandidateImportRefusalsTest extends ImportTest {
    @Test
    void everyBadRowIsNamedWithItsColumnAndNothingIsWritten() {
        UUID closed = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Closed Role").positionId();
        fixtures.closePosition(team.admin(), closed);
        UUID withoutPlan = fixtures.positionWithoutPlan(team.admin(), team.manager(), "Unplanned");
        fixtures.candidate(team.admin(), "Wu Example", "wu@example.org", null);
        UUID erased = UUID.fromString(api.put("/api/v1/candidates/by-external-id/crm-gone", recruiter,
                Map.of("name", "Gone Example")).json().get("id").asText());
        api.delete("/api/v1/candidates/" + erased, recruiter);
        long candidates = count("SELECT count(*) FROM candidates");
        long events = count("SELECT count(*) FROM audit_events");
        String csv = HEADER
                + "Zoe Example,zoe@example.org,,crm-1," + opening.positionId() + "\r\n"      // 1: fine
                + ",not-an-email,call me,crm-2,\r\n"                                              // 2: name, email, phone
                + "Yan Example,yan@example.org,,crm-1,\r\n"                                       // 3: externalId again
                + "Xia Example,ZOE@example.org,,,\r\n"                                            // 4: email again
                + "Vic Example,,,," + UUID.randomUUID() + "\r\n"                                  // 5: no such position
                + "Uma Example,,,," + closed + "\r\n"                                             // 6: closed position
                + "Tom Example,,,," + withoutPlan + "\r\n"                                        // 7: no plan
                + "Sam Example,,,,not-a-uuid\r\n"                                                 // 8: not an id
                + "Rae Example,wu@example.org,,,\r\n"                                             // 9: Wu's email
                + "Gone Example,,,crm-gone,\r\n"                                                  // 10: erased
                + "Pat Example,,,\"" + "x".repeat(201) + "\",\r\n"                               // 11: too long
                + "Ola Example,,\r\n"                                                             // 12: short row
                + "Nia \"Example\",,,,\r\n";                                                      // 13: stray quote

        Answer answer = api.call("POST", IMPORT).token(recruiter).raw(csv, "text/csv").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.problemType()).isEqualTo("import-refused");
        assertThat(fields(answer)).containsExactly("rows/2/name", "rows/2/email", "rows/2/phone",
                "rows/3/externalId", "rows/4/email", "rows/5/positionId", "rows/6/positionId", "rows/7/positionId",
                "rows/8/positionId", "rows/9/email", "rows/10/externalId", "rows/11/externalId", "rows/12",
                "rows/13");
        assertThat(answer.json().get("detail").asText()).contains("12 rows");
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(candidates);
        assertThat(count("SELECT count(*) FROM applications")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events")).isEqualTo(events);
    }

    @Test
    void aWrongHeaderIsRefusedNamingWhatIsWrongWithIt() {
        Answer unknown = importCsv("name,mail,phone,externalId,positionId\r\nZoe Example,,,,\r\n");
        Answer missing = importCsv("name,email\r\nZoe Example,zoe@example.org\r\n");
        Answer twice = importCsv("name,email,phone,externalId,positionId,email\r\nZoe Example,,,,,\r\n");
        Answer empty = importCsv("\r\n");

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(fields(unknown)).containsOnly("header");
        assertThat(messages(unknown)).anySatisfy(m -> assertThat(m).contains("\"mail\""))
                .anySatisfy(m -> assertThat(m).contains("\"email\""));
        assertThat(messages(missing)).anySatisfy(m -> assertThat(m).contains("lacks the column \"phone\""));
        assertThat(messages(twice)).anySatisfy(m -> assertThat(m).contains("\"email\" twice"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(fields(empty)).containsOnly("header");
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
    }

    @Test
    void moreThanTenThousandRowsOrNoneAreRefused() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int row = 1; row <= 10_001; row++) {
            csv.append("Person ").append(row).append(",,,,\r\n");
        }
        List<Map<String, Object>> json = new ArrayList<>();
        for (int row = 1; row <= 10_001; row++) {
            json.add(Map.of("name", "Person " + row));
        }

        List<Answer> answers = List.of(importCsv(csv.toString()), api.post(IMPORT, recruiter, json),
                importCsv(HEADER), api.post(IMPORT, recruiter, List.of()));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
            assertThat(fields(answer)).containsOnly("rows");
        });
        assertThat(messages(answers.get(0))).anySatisfy(m -> assertThat(m).contains("at most 10000 rows"));
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
    }

    @Test
    void jsonRowsMustBeObjectsOfStringsWithTheImportsFields() {
        Answer notAnArray = api.post(IMPORT, recruiter, Map.of("name", "Zoe Example"));
        Answer badRows = api.call("POST", IMPORT).token(recruiter).raw("""
                [{"name": "Zoe Example", "mail": "zoe@example.org"},
                 {"name": "Yan Example", "phone": 4930123},
                 "Xia Example",
                 {"name": ["Wu Example"]}]""", "application/json").send();
        Answer twoKeys = api.call("POST", IMPORT).token(recruiter)
                .raw("[{\"name\": \"Zoe\", \"name\": \"Yan\"}]", "application/json").send();
        Answer trailing = api.call("POST", IMPORT).token(recruiter)
                .raw("[{\"name\": \"Zoe\"}] [{\"name\": \"Yan\"}]", "application/json").send();

        assertThat(notAnArray.status()).isEqualTo(400);
        assertThat(fields(notAnArray)).containsOnly("body");
        assertThat(badRows.status()).as(badRows.toString()).isEqualTo(422);
        assertThat(fields(badRows)).containsExactly("rows/1/mail", "rows/2/phone", "rows/3", "rows/4/name");
        assertThat(twoKeys.status()).isEqualTo(400);
        assertThat(trailing.status()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
    }

    @Test
    void onlyCsvAndJsonAreTakenAndAnEmptyBodyIsNoImport() {
        Answer xml = api.call("POST", IMPORT).token(recruiter).raw("<rows/>", "application/xml").send();
        Answer empty = api.call("POST", IMPORT).token(recruiter).raw("", "text/csv").send();

        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.isProblem()).isTrue();
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.isProblem()).isTrue();
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
    }

    private Answer importCsv(String csv) {
        return api.call("POST", IMPORT).token(recruiter).raw(csv, "text/csv").send();
    }

    static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    static List<String> messages(Answer answer) {
        List<String> messages = new ArrayList<>();
        JsonNode errors = answer.json().path("errors");
        errors.forEach(e -> messages.add(e.get("message").asText()));
        return messages;
    }
}
