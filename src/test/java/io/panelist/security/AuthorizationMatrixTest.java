package io.panelist.security;

import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.notifications.webhooks.WebhookTestData;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every operation of the OpenAPI document, called by every kind of caller, answers what {@link AccessMatrix} says:
 * no token, an expired and a tampered token, each role, the owner of the object and someone of the same role who
 * does not own it. A new endpoint without a row fails {@link #everyOperationOfTheDocumentHasExactlyOneRow}.
 */
class AuthorizationMatrixTest extends IntegrationTest {
    @Inject
    TestUsers users;
    @Inject
    WebhookTestData webhooks;

    @Test
    void everyOperationOfTheDocumentHasExactlyOneRow() {
        Set<String> document = OpenApiOperations.all();
        List<String> rows = AccessMatrix.rows().stream().map(Row::operation).toList();

        Set<String> missing = new LinkedHashSet<>(document);
        rows.forEach(missing::remove);
        assertThat(missing).as("operations of the document without a row in the access matrix").isEmpty();
        assertThat(rows).as("rows of operations the document does not have").allMatch(document::contains);
        assertThat(rows).as("operations with two rows").doesNotHaveDuplicates();
        assertThat(AccessMatrix.rows()).as("rows that leave a caller out")
                .allMatch(row -> row.expected.keySet().containsAll(Arrays.asList(Caller.values())));
    }

    /**
     * Where the matrix answers 403 to someone who cannot see the object (Carl, Olga), the role alone refuses: an id
     * that does not exist gets the same 403, so the refusal tells nothing about existence.
     */
    @Test
    void roleRefusalsComeBeforeAnyLookup() {
        users.create(World.OLGA, Role.HIRING_MANAGER);
        String olga = api.login(World.OLGA, TestUsers.PASSWORD);
        String nowhere = "/" + UUID.randomUUID();
        List<Answer> answers = List.of(
                api.putCurrent("/api/v1/positions" + nowhere, olga, Map.of("title", "T", "level", "MID",
                        "hiringManagerId", UUID.randomUUID(), "status", "OPEN")),
                api.putCurrent("/api/v1/candidates" + nowhere, olga, Map.of("name", "Renamed")),
                api.delete("/api/v1/candidates" + nowhere, olga),
                api.call("PATCH", "/api/v1/applications" + nowhere).ifMatchCurrent().token(olga)
                        .json(Map.of("status", "WITHDRAWN", "reason", "Left.")).send());
        assertThat(answers).extracting(Answer::status).containsOnly(403);
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
        World world = new World(api, users, webhooks).build();
        return AccessMatrix.rows().stream().map(row -> dynamicTest(row.operation(), () -> check(world, row)));
    }

    private void check(World world, Row row) {
        List<String> wrong = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            MatrixCall call = MatrixCall.prepare(world, row, caller);
            long before = auditEvents();
            Answer answer = call.send();
            long written = auditEvents() - before;
            int expected = call.expected();
            if (answer.status() != expected) {
                wrong.add(call + ": expected " + expected + " but got " + answer);
            } else if (expected >= 400 && !answer.isProblem()) {
                wrong.add(call + ": a refusal that is not application/problem+json: " + answer);
            }
            long expectedEvents = row.auditEventsFor(answer.status());
            if (written != expectedEvents) {
                wrong.add(call + " answered " + answer.status() + " and left " + written + " audit events, not "
                        + expectedEvents);
            }
        }
        assertThat(wrong).as(row.operation()).isEmpty();
    }

    private final AuditEventCounter audit = new AuditEventCounter(IntegrationTest::connect);

    private long auditEvents() {
        return audit.count();
    }

    @AfterAll
    void closeBookkeeping() throws SQLException {
        audit.close();
    }
}
