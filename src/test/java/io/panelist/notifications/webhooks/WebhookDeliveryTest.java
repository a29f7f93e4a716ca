package io.panelist.notifications.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import io.panelist.notifications.dispatch.Dispatcher;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks sent for real: a booking through the API, the outbox's dispatcher run by the test, and an HTTP receiver
 * on a loopback port (hence PANELIST_WEBHOOKS_ALLOW_PRIVATE=true here). The receiver checks the signature itself.
 */
class WebhookDeliveryTest extends IntegrationTest {
    static final String DAY = "2030-03-11T";
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    Dispatcher dispatcher;
    @Inject
    TransactionOperations<?> transactions;
    WebhookReceiver receiver;
    Team team;
    Opening opening;
    UUID application;
    String admin;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("panelist.webhooks.allow-private", "true");
        properties.put("panelist.outbox.first-retry", "PT0S");
        return properties;
    }

    @BeforeEach
    void aHiringTeamAndAReceiver() throws Exception {
        receiver = new WebhookReceiver();
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        application = fixtures.applicant(team.admin(), opening, "Zoe Example");
        admin = api.login(SchedulingFixtures.ADMIN, TestUsers.PASSWORD);
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void aBookingDeliversInterviewScheduledWithIdsOnlyAndAVerifiableSignature() throws Exception {
        String secret = register("interview.scheduled").get("secret").asText();
        long before = Instant.now().getEpochSecond();
        String interview = book("10:00").json().get("id").asText();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(receiver.received()).hasSize(1);
        WebhookReceiver.Received hook = receiver.received().get(0);
        assertThat(hook.method()).isEqualTo("POST");
        assertThat(hook.header("Content-Type")).startsWith("application/json");
        String id = hook.header("webhook-id");
        String timestamp = hook.header("webhook-timestamp");
        assertThat(id).matches("msg_[0-9a-f]{32}");
        assertThat(Long.parseLong(timestamp)).isBetween(before, Instant.now().getEpochSecond());
        assertThat(hook.header("webhook-signature")).isEqualTo("v1," + hmac(secret, id + "." + timestamp + "."
                + hook.body()));
        JsonNode body = Api.JSON.readTree(hook.body());
        assertThat(body.get("type").asText()).isEqualTo("interview.scheduled");
        assertThat(Instant.parse(body.get("timestamp").asText())).isBefore(Instant.now());
        assertThat(body.get("data")).hasSize(4);
        assertThat(body.at("/data/interviewId").asText()).isEqualTo(interview);
        assertThat(body.at("/data/applicationId").asText()).isEqualTo(application.toString());
        assertThat(body.at("/data/positionId").asText()).isEqualTo(opening.positionId().toString());
        assertThat(body.at("/data/candidateId").asText()).isNotBlank();
        assertThat(hook.body()).doesNotContain("Zoe").doesNotContain("example.org").doesNotContain("meet.example");
    }

    @Test
    void aReceiverAnswering500ThenGetsTheSameWebhookIdAgainAndTheLogShowsBothAttempts() {
        String webhook = register("interview.scheduled").get("id").asText();
        receiver.answering(500);
        book("10:00");

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).header("webhook-id")).isEqualTo(received.get(0).header("webhook-id"));
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        JsonNode log = api.get("/api/v1/webhooks/" + webhook + "/deliveries", admin).json();
        assertThat(log.get("total").asInt()).isEqualTo(2);
        JsonNode latest = log.at("/items/0");
        JsonNode first = log.at("/items/1");
        assertThat(first.get("attempt").asInt()).isEqualTo(1);
        assertThat(first.get("responseStatus").asInt()).isEqualTo(500);
        assertThat(first.get("error").asText()).contains("HTTP 500");
        assertThat(latest.get("attempt").asInt()).isEqualTo(2);
        assertThat(latest.get("responseStatus").asInt()).isEqualTo(200);
        assertThat(latest.get("error").isNull()).isTrue();
        assertThat(latest.get("event").asText()).isEqualTo("interview.scheduled");
        assertThat(latest.get("webhookMessageId").asText()).isEqualTo(received.get(0).header("webhook-id"));
    }

    @Test
    void aRedeliverySendsTheMessageAgainWithItsWebhookId() {
        String webhook = register("interview.scheduled").get("id").asText();
        book("10:00");
        dispatcher.dispatchDue();
        String delivery = api.get("/api/v1/webhooks/" + webhook + "/deliveries", admin).json().at("/items/0/id")
                .asText();

        Answer redelivered = api.post("/api/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/redeliver",
                admin, Map.of());
        assertThat(redelivered.status()).as(redelivered.toString()).isEqualTo(202);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).header("webhook-id")).isEqualTo(received.get(0).header("webhook-id"))
                .isEqualTo(redelivered.json().get("webhookMessageId").asText());
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'webhook.redelivered'")).isEqualTo(1);
        assertThat(api.post("/api/v1/webhooks/" + webhook + "/deliveries/" + UUID.randomUUID() + "/redeliver",
                admin, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aChangeThatRollsBackSendsNothing() {
        register("interview.scheduled");
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            fixtures.interview(team.admin(), application, opening.screenStageId(),
                    Instant.parse(DAY + "10:00:00Z"), Duration.ofHours(1), team.ana());
            throw new IllegalStateException("the change fails after the booking");
        })).hasMessageContaining("the change fails");

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(receiver.received()).isEmpty();
        assertThat(count("SELECT count(*) FROM interviews")).isZero();
        assertThat(count("SELECT count(*) FROM outbox")).isZero();
    }

    @Test
    void reschedulingCancellingAndErasingAreSentToTheWebhooksThatHearThem() {
        register("interview.rescheduled", "interview.cancelled", "candidate.erased");
        String interview = book("10:00").json().get("id").asText();
        String path = "/api/v1/interviews/" + interview;
        assertThat(api.call("PATCH", path).ifMatchCurrent().token(admin).json(Map.of("startsAt", DAY + "12:00:00Z",
                "endsAt", DAY + "13:00:00Z")).send().status()).isEqualTo(200);
        dispatcher.dispatchDue(); // one round per change: webhooks promise no order within a round
        assertThat(api.post(path + "/cancel", admin, Map.of("reason", "Moved to next week.")).status()).isEqualTo(200);
        dispatcher.dispatchDue();
        String candidate = api.get("/api/v1/applications/" + application, admin).json().get("candidateId").asText();
        assertThat(api.delete("/api/v1/candidates/" + candidate, admin).status()).isEqualTo(204);
        dispatcher.dispatchDue();

        assertThat(receiver.received()).extracting(WebhookDeliveryTest::type)
                .containsExactly("interview.rescheduled", "interview.cancelled", "candidate.erased");
        assertThat(receiver.received().get(2).body()).contains("\"data\":{\"candidateId\":\"" + candidate + "\"}");
    }

    private JsonNode register(String... events) {
        Answer created = api.post("/api/v1/webhooks", admin, Map.of("url", receiver.url(), "events", List.of(events)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private Answer book(String time) {
        Answer booked = api.post("/api/v1/interviews", admin, SchedulingFixtures.booking(application,
                opening.screenStageId(), DAY + time + ":00Z", DAY + time.replace(":00", ":45") + ":00Z", team.ana()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked;
    }

    private static String type(WebhookReceiver.Received received) {
        try {
            return Api.JSON.readTree(received.body()).get("type").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
