package io.panelist.notifications.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.panelist.identity.Role;
import io.panelist.notifications.Outbox;
import io.panelist.notifications.OutboxFixtures;
import io.panelist.notifications.OutboxMail;
import io.panelist.notifications.dispatch.Dispatcher;
import io.panelist.shared.erasure.Person;
import io.panelist.shared.erasure.PersonMentions;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestDatabase;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without an SMTP server mail is HELD; the admin API lists and retries it, and refuses everyone else. */
class OutboxAdminApiTest extends IntegrationTest {
    @Inject
    ApplicationContext context;
    @Inject
    Dispatcher dispatcher;
    @Inject
    TestUsers users;
    String admin;
    String recruiter;

    @BeforeEach
    void people() {
        users.create("admin@example.com", Role.ADMIN);
        users.create("rita@example.com", Role.RECRUITER);
        admin = api.login("admin@example.com", TestUsers.PASSWORD);
        recruiter = api.login("rita@example.com", TestUsers.PASSWORD);
    }

    @Test
    void withoutAnSmtpServerMailIsHeldAndTheDispatcherLeavesIt() {
        UUID id = OutboxFixtures.enqueue(context, OutboxFixtures.mail("ana@example.com", "Held invitation"));

        assertThat(dispatcher.dispatchDue()).isZero();

        JsonNode page = api.get("/api/v1/admin/outbox?status=HELD&kind=INVITATION&recipient=ANA@example.com", admin)
                .json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo(id.toString());
        assertThat(item.get("status").asText()).isEqualTo("HELD");
        assertThat(item.get("subject").asText()).isEqualTo("Held invitation");
        assertThat(item.has("nextAttemptAt") && item.has("lastError") && item.has("sentAt")).isTrue();
        Answer retried = api.post("/api/v1/admin/outbox/" + id + "/retry", admin, Map.of());
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("status").asText()).as("no SMTP server yet").isEqualTo("HELD");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'outbox.retried'")).isEqualTo(1);
    }

    @Test
    void theApiRefusesStrangersNonAdminsBadFiltersAndUnknownIds() {
        UUID unknown = UUID.randomUUID();
        assertThat(api.get("/api/v1/admin/outbox", null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/admin/outbox/" + unknown + "/retry", null, Map.of()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/admin/outbox", recruiter).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/outbox/" + unknown + "/retry", recruiter, Map.of()).status()).isEqualTo(403);

        Answer badStatus = api.get("/api/v1/admin/outbox?status=LOST", admin);
        Answer badKind = api.get("/api/v1/admin/outbox?kind=FAX", admin);
        Answer missing = api.post("/api/v1/admin/outbox/" + unknown + "/retry", admin, Map.of());

        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.isProblem()).isTrue();
        assertThat(badStatus.text()).contains("HELD, PENDING, SENT, DEAD, SKIPPED");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.text()).contains("INVITATION, UPDATE, CANCELLATION", "WEBHOOK");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problemType()).isEqualTo("not-found");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'outbox.retried'")).isZero();
    }

    @Test
    void erasingACandidateDeletesUnsentMessagesAndScrubsSentOnes() {
        UUID candidate = UUID.randomUUID();
        OutboxMail toHer = OutboxFixtures.mail("cleo@mail.example.com", "Your interview, Cleo Candidate")
                .aboutCandidate(candidate);
        UUID held = OutboxFixtures.enqueue(context, toHer);
        UUID sent = OutboxFixtures.enqueue(context, toHer.dedupedBy("sent-one"));
        UUID aboutHer = OutboxFixtures.enqueue(context, OutboxFixtures.mail("ana@example.com",
                "Interview with Cleo Candidate"));
        update("UPDATE outbox SET status = 'SENT', sent_at = created_at WHERE id = '" + sent + "'");
        Outbox outbox = context.getBean(Outbox.class);

        OutboxFixtures.inTransaction(context, () -> {
            outbox.eraseCandidate(candidate, PersonMentions.of(new Person("Cleo Candidate", "cleo@mail.example.com",
                    List.of()), "Erased candidate"));
            return null;
        });

        assertThat(count("SELECT count(*) FROM outbox WHERE id = '" + held + "'")).isZero();
        assertThat(count("SELECT count(*) FROM outbox WHERE id = '" + sent + "' AND subject = 'Erased candidate' "
                + "AND recipient = 'Erased candidate' AND payload = '{\"erased\": true}'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE id = '" + aboutHer + "' "
                + "AND subject = 'Interview with Erased candidate'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE CAST(payload AS text) ILIKE '%cleo%' "
                + "OR subject ILIKE '%cleo%' OR recipient ILIKE '%cleo%'")).isZero();
    }

    @Test
    void aMalformedSmtpUrlStopsTheStartSayingWhichPartIsWrong() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("panelist.smtp.url", "smtp://panelist:hunter22@mail.example.com:70000");
        properties.put("panelist.mail.from", "panelist@example.com");

        assertThatThrownBy(() -> ApplicationContext.run(properties, "test").close())
                .isInstanceOf(BeanInstantiationException.class)
                .hasStackTraceContaining("PANELIST_SMTP_URL is malformed: the port must be a number from 1 to 65535")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("hunter22"));
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter text = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    private static void update(String sql) {
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
