package io.panelist.security;

import io.panelist.notifications.webhooks.WebhookTestData;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every PUT and PATCH of something with a version names the version it read: without {@code If-Match} it is refused
 * 428, with a version that is no longer current 412, and neither writes anything. The writes are those the OpenAPI
 * document lists with a required If-Match, called over HTTP as someone allowed to make them, on the objects
 * {@link AccessMatrix} makes for them.
 */
class IfMatchRequiredApiTest extends IntegrationTest {
    /** What an attack run found overwritten silently, and the other versioned writes found since. */
    static final Set<String> VERSIONED_WRITES = Set.of(
            "PUT /api/v1/questions/{id}", "PATCH /api/v1/interviews/{id}", "PUT /api/v1/topics/{id}",
            "PUT /api/v1/plans/{id}", "PUT /api/v1/positions/{id}", "PUT /api/v1/candidates/{id}",
            "PATCH /api/v1/applications/{id}", "PUT /api/v1/users/{id}", "PUT /api/v1/webhooks/{id}",
            "PUT /api/v1/me/notifications", "PUT /api/v1/me/availability",
            "PUT /api/v1/interviewers/{id}/availability", "PUT /api/v1/interviewers/{id}/qualifications",
            "PUT /api/v1/interviews/{interviewId}/scorecard");

    @Inject
    TestUsers users;
    @Inject
    WebhookTestData webhooks;
    private final AuditEventCounter audit = new AuditEventCounter(IntegrationTest::connect);

    @Test
    void theDocumentRequiresIfMatchOnEveryVersionedWrite() {
        assertThat(OpenApiDocument.load().operationsRequiringIfMatch()).containsAll(VERSIONED_WRITES);
    }

    @TestFactory
    Stream<DynamicTest> aVersionedWriteWithoutIfMatchIs428AndWithAStaleOneIs412() {
        World world = new World(api, users, webhooks).build();
        Set<String> required = OpenApiDocument.load().operationsRequiringIfMatch();
        // PUT and PATCH: a POST that needs If-Match (a scorecard amendment) has rules of its own, tested with it
        return AccessMatrix.rows().stream()
                .filter(row -> required.contains(row.operation()) && Set.of("PUT", "PATCH").contains(row.method))
                .map(row -> dynamicTest(row.operation(), () -> check(world, row)));
    }

    @Test
    void onesOwnProfileStillSavesWithoutIfMatch() {
        users.create("pat@example.com", io.panelist.identity.Role.INTERVIEWER);
        String pat = api.login("pat@example.com", TestUsers.PASSWORD);

        Answer saved = api.put("/api/v1/me", pat, Map.of("displayName", "Pat", "timeZone", "Europe/Paris"));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    private void check(World world, Row row) {
        Object parameter = row.parameter.apply(world);
        Caller caller = allowedCaller(row);
        String token = world.token(caller);
        String path = path(row, world, parameter);
        assertThat(row.etagFrom).as(row.operation() + " needs .ifMatch(...) in AccessMatrix: where to read its ETag")
                .isNotNull();
        String readPath = row.etagFrom.apply(parameter);
        String read = api.get(readPath, token).header("ETag");
        assertThat(read).as("the ETag of " + readPath).isNotNull();
        long events = audit.count();

        Answer without = send(world, row, caller, path, token, null);

        assertThat(without.status()).as(without.toString()).isEqualTo(428);
        assertThat(without.problemType()).isEqualTo("if-match-required");
        assertThat(audit.count()).as("no audit event for a refusal").isEqualTo(events);
        assertThat(api.get(readPath, token).header("ETag")).as("nothing written").isEqualTo(read);

        Answer first = send(world, row, caller, path, token, read);
        assertThat(first.status()).as(first.toString()).isBetween(200, 299);
        String current = api.get(readPath, token).header("ETag");
        // the version before the current one: the one just written over (a save that changed nothing keeps it)
        String older = "\"" + (Long.parseLong(current.replace("\"", "")) - 1) + "\"";
        long afterFirst = audit.count();

        Answer stale = send(world, row, caller, path, token, older);

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.problemType()).isEqualTo("stale-version");
        assertThat(stale.json().at("/context/currentVersion").isNumber()).as(stale.toString()).isTrue();
        assertThat(audit.count()).as("no audit event for a refusal").isEqualTo(afterFirst);
        assertThat(api.get(readPath, token).header("ETag")).as("nothing written").isEqualTo(current);
    }

    private Answer send(World world, Row row, Caller caller, String path, String token, String ifMatch) {
        Api.Call call = api.call(row.method, path).token(token);
        if (ifMatch != null) {
            call.header("If-Match", ifMatch);
        }
        row.headers.apply(world, caller).forEach(call::header);
        if (row.body != null) {
            call.json(row.body.apply(world, caller));
        }
        return call.send();
    }

    /** The first person the matrix lets make the write. */
    private static Caller allowedCaller(Row row) {
        return Caller.people().stream().filter(c -> row.expected.get(c) < 300).findFirst()
                .orElseThrow(() -> new IllegalStateException("no one may call " + row.operation()));
    }

    private static String path(Row row, World world, Object parameter) {
        String path = row.template;
        for (Object value : parameter instanceof List<?> values ? values : Collections.singletonList(parameter)) {
            path = value == null ? path : path.replaceFirst("\\{[^}]+}", value.toString());
        }
        String query = row.query.apply(world);
        return query == null ? path : path + "?" + query;
    }

    @AfterAll
    void closeBookkeeping() throws SQLException {
        audit.close();
    }
}
