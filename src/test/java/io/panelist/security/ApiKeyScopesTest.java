package io.panelist.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.apikey.ApiKeys;
import io.panelist.notifications.webhooks.WebhookTestData;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each scope of an API key reaches, on the objects of {@link World}: inside its scopes a key acts as a
 * recruiter would; anything else is a 403 naming the scope it lacks, and every other operation of the API is closed
 * to keys whatever their scopes.
 */
class ApiKeyScopesTest extends IntegrationTest {
    static final List<String> ALL_SCOPES = List.of("candidates:write", "applications:write", "interviews:read",
            "scorecards:read", "recommendations:read");
    /** The operations a key can reach, each with its scope (identity.apikey.ApiKeyRoutes says the same). */
    static final Set<String> REACHABLE = Set.of(
            "GET /api/v1/candidates", "POST /api/v1/candidates", "GET /api/v1/candidates/{id}",
            "PUT /api/v1/candidates/{id}", "POST /api/v1/candidates/import",
            "PUT /api/v1/candidates/by-external-id/{externalId}",
            "GET /api/v1/applications", "POST /api/v1/applications", "GET /api/v1/applications/{id}",
            "PATCH /api/v1/applications/{id}",
            "GET /api/v1/interviews", "GET /api/v1/interviews/{id}", "GET /api/v1/interviews/{id}/invite.ics",
            "GET /api/v1/applications/{id}/scorecards", "GET /api/v1/applications/{id}/scorecards.csv",
            "GET /api/v1/applications/{id}/recommendation", "GET /api/v1/positions/{id}/ranking");
    @Inject
    TestUsers users;
    @Inject
    WebhookTestData webhooks;
    World world;
    String admin;

    @BeforeEach
    void theWorld() {
        world = new World(api, users, webhooks).build();
        admin = world.token(Caller.ADMIN);
    }

    @Test
    void candidatesWriteReadsCreatesAndUpdatesCandidatesAndAuditsAsTheKey() {
        ApiKeys.Made made = ApiKeys.make(api, admin, "candidates:write");
        String key = made.key();

        assertThat(api.get("/api/v1/candidates", key).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/candidates/" + world.alice, key).status()).isEqualTo(200);
        Answer created = api.post("/api/v1/candidates", key, Map.of("name", "Kim Keyed"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID candidate = World.id(created);
        var rename = api.call("PUT", "/api/v1/candidates/" + candidate).token(key)
                .json(Map.of("name", "Kim Keyed-Renamed"));
        String etag = api.get("/api/v1/candidates/" + candidate, key).header("ETag");
        if (etag != null) {
            rename.header("If-Match", etag);
        }
        Answer renamed = rename.send();
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

        assertThat(count("SELECT count(*) FROM audit_events WHERE entity_id = '" + candidate
                + "' AND actor_type = 'API_KEY' AND actor_id = '" + made.id() + "'")).isEqualTo(2);
        JsonNode events = api.get("/api/v1/audit?entityId=" + candidate, admin).json().get("items");
        assertThat(events).hasSize(2).allSatisfy(event -> {
            assertThat(event.get("actorType").asText()).isEqualTo("API_KEY");
            assertThat(event.get("actorId").asText()).isEqualTo(made.id().toString());
        });
        assertThat(count("SELECT count(*) FROM audit_events WHERE actor_type = 'API_KEY' AND action = 'user.created'"))
                .as("people's own writes stay theirs").isZero();

        refusedForLackOf("applications:write", api.get("/api/v1/applications", key));
        refusedForLackOf("interviews:read", api.get("/api/v1/interviews/" + world.interviewA, key));
        Answer erase = api.delete("/api/v1/candidates/" + candidate, key);
        assertThat(erase.status()).as("erasure is not an update").isEqualTo(403);
        assertThat(erase.problemType()).isEqualTo("api-key-scope");
    }

    @Test
    void applicationsWriteReadsCreatesAndClosesApplications() {
        String key = ApiKeys.make(api, admin, "applications:write").key();

        assertThat(api.get("/api/v1/applications/" + world.applicationA, key).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/applications", key).status()).isEqualTo(200);
        Answer created = api.post("/api/v1/applications", key, Map.of("candidateId", world.freshCandidate(),
                "positionId", world.positionB));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var close = api.call("PATCH", "/api/v1/applications/" + World.id(created)).token(key)
                .json(Map.of("status", "WITHDRAWN", "reason", "Took another offer."));
        if (created.header("ETag") != null) {
            close.header("If-Match", created.header("ETag"));
        }
        Answer closed = close.send();
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        refusedForLackOf("candidates:write", api.post("/api/v1/candidates", key, Map.of("name", "Nope")));
        refusedForLackOf("scorecards:read", api.get("/api/v1/applications/" + world.applicationA + "/scorecards",
                key));
    }

    @Test
    void theReadScopesReachInterviewsScorecardsAndRecommendations() {
        String interviews = ApiKeys.make(api, admin, "interviews:read").key();
        assertThat(api.get("/api/v1/interviews/" + world.interviewA, interviews).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/interviews/" + world.interviewA + "/invite.ics", interviews).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/interviews?applicationId=" + world.applicationA, interviews).status())
                .isEqualTo(200);
        Answer cancel = api.post("/api/v1/interviews/" + world.interviewA + "/cancel", interviews,
                Map.of("reason", "Not for a key to say."));
        assertThat(cancel.status()).isEqualTo(403);
        assertThat(cancel.problemType()).isEqualTo("api-key-scope");
        refusedForLackOf("recommendations:read",
                api.get("/api/v1/applications/" + world.applicationA + "/recommendation", interviews));

        String scorecards = ApiKeys.make(api, admin, "scorecards:read").key();
        Answer cards = api.get("/api/v1/applications/" + world.applicationA + "/scorecards", scorecards);
        assertThat(cards.status()).as(cards.toString()).isEqualTo(200);
        refusedForLackOf("interviews:read", api.get("/api/v1/interviews/" + world.interviewA, scorecards));

        String recommendations = ApiKeys.make(api, admin, "recommendations:read").key();
        assertThat(api.get("/api/v1/applications/" + world.applicationA + "/recommendation", recommendations)
                .status()).isEqualTo(200);
        assertThat(api.get("/api/v1/positions/" + world.positionA + "/ranking", recommendations).status())
                .isEqualTo(200);
        refusedForLackOf("scorecards:read",
                api.get("/api/v1/applications/" + world.applicationA + "/scorecards", recommendations));
    }

    /** Every operation of the OpenAPI document, called with a key that holds every scope. */
    @Test
    void aKeyReachesNoOtherOperationOfTheApiWhateverItsScopes() {
        String key = ApiKeys.make(api, admin, ALL_SCOPES.toArray(String[]::new)).key();
        List<String> wrong = new ArrayList<>();
        for (String operation : OpenApiOperations.all()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}",
                    UUID.randomUUID().toString());
            var call = api.call(method, path).token(key);
            Answer answer = Row.WRITES.contains(method) ? call.json(Map.of()).send() : call.send();
            boolean closed = answer.status() == 403 && answer.isProblem()
                    && "api-key-scope".equals(answer.problemType());
            if (REACHABLE.contains(operation) == closed || answer.status() == 401) {
                wrong.add(operation + " answered " + answer);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aKeyWorksOnlyAsABearerToken() {
        String key = ApiKeys.make(api, admin, ALL_SCOPES.toArray(String[]::new)).key();

        Answer asCookie = api.call("GET", "/api/v1/candidates").header("Cookie", "panelist_access=" + key).send();
        assertThat(asCookie.status()).isEqualTo(401);
        assertThat(api.get("/api/v1/candidates", key.substring(3)).status()).as("without its prefix").isEqualTo(401);
        assertThat(api.get("/api/v1/candidates", key + "x").status()).isEqualTo(401);
        Answer page = api.call("GET", "/candidates").token(key).send();
        assertThat(page.status()).as("the pages are for people").isEqualTo(403);
    }

    private static void refusedForLackOf(String scope, Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.problemType()).isEqualTo("api-key-scope");
        assertThat(answer.json().get("detail").asText()).contains("lacks the scope " + scope);
    }
}
