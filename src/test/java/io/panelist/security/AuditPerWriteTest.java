package io.panelist.security;

import io.panelist.support.Answer;
import io.panelist.notifications.webhooks.WebhookTestData;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every write operation of the OpenAPI document (POST, PUT, PATCH, DELETE), called successfully once, leaves exactly
 * one new audit event; the rows of {@link AccessMatrix} name the deliberate exceptions and why.
 */
class AuditPerWriteTest extends IntegrationTest {
    @Inject
    TestUsers users;
    @Inject
    WebhookTestData webhooks;

    @TestFactory
    Stream<DynamicTest> everySuccessfulWriteLeavesExactlyOneAuditEvent() {
        World world = new World(api, users, webhooks).build();
        Map<String, Row> rows = AccessMatrix.rows().stream()
                .collect(Collectors.toMap(Row::operation, Function.identity()));
        return OpenApiOperations.writes().stream().map(operation -> {
            Row row = rows.get(operation);
            String name = row == null || row.auditException == null ? operation
                    : operation + " (" + row.auditEvents + " events: " + row.auditException + ")";
            return dynamicTest(name, () -> check(world, operation, row));
        });
    }

    private void check(World world, String operation, Row row) {
        assertThat(row).as(operation + " has no row in the access matrix").isNotNull();
        Caller allowed = Caller.people().stream().filter(c -> row.expected.get(c) < 300).findFirst()
                .orElseThrow(() -> new AssertionError(operation + ": nobody may call it, so nothing proves its audit"));
        MatrixCall call = MatrixCall.prepare(world, row, allowed);
        long before = auditEvents();
        Answer answer = call.send();
        long written = auditEvents() - before;

        assertThat(answer.status()).as(call + ": " + answer).isEqualTo(call.expected());
        assertThat(written).as(call + ": new audit events").isEqualTo(row.auditEvents);
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
