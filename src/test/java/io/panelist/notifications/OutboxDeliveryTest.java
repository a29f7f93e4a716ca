package io.panelist.notifications;

import io.micronaut.context.ApplicationContext;
import io.panelist.identity.Role;
import io.panelist.notifications.dispatch.Dispatcher;
import io.panelist.security.ManualClock;
import io.panelist.support.IntegrationTest;
import io.panelist.support.MailInbox;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mail written with a change arrives over real SMTP once committed, as MIME a mail client reads; retries back off. */
class OutboxDeliveryTest extends IntegrationTest {
    static final MailInbox SMTP = new MailInbox().start();
    @Inject
    ApplicationContext context;
    @Inject
    Dispatcher dispatcher;
    @Inject
    ManualClock clock;
    @Inject
    TestUsers users;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(SMTP.properties());
        properties.put(ManualClock.PROPERTY, "true");
        return properties;
    }

    @BeforeEach
    void anEmptyMailbox() {
        SMTP.stop();
        SMTP.start();
        clock.reset();
    }

    @AfterAll
    void stopTheMailInbox() {
        SMTP.stop();
    }

    @Test
    void lettersWrittenTogetherInOneStatementAreRenderedWhenSentAndATakenDedupeKeyWritesNothing() throws Exception {
        String key = "letters-" + UUID.randomUUID();
        List<Letter> letters = List.of(
                letter("ana@example.com", "First", key), letter("ben@example.com", "Second", key),
                letter("carl@example.com", "Third", null));

        int written = OutboxFixtures.inTransaction(context, () -> context.getBean(Outbox.class).enqueueLetters(letters));

        assertThat(written).isEqualTo(2);
        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        assertThat(SMTP.received()).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder("First", "Third");
        MimeMessage first = SMTP.to("ana@example.com");
        Multipart alternative = (Multipart) first.getContent();
        assertThat(alternative.getBodyPart(0).getContent().toString()).isEqualTo("First, as rendered when sent");
        assertThat(SMTP.received()).extracting(m -> m.getAllRecipients()[0].toString()).doesNotContain("ben@example.com");
        assertThatThrownBy(() -> context.getBean(MailPayloads.class).read("{\"letter\":\"nobody-renders-this\"}"))
                .hasMessage("No renderer for the letter 'nobody-renders-this'");
    }

    private static Letter letter(String to, String subject, String dedupeKey) {
        return new Letter(OutboxKind.INVITATION, to, subject,
                EchoLetters.payload(to, subject, subject + ", as rendered when sent"), null, dedupeKey, null);
    }

    @Test
    void aCommittedInvitationArrivesAsAnImipMessageWithTextHtmlAndCalendar() throws Exception {
        OutboxMail mail = OutboxFixtures.mail("ana@example.com", "Interview on 14 May")
                .withCalendar(new CalendarPart("REQUEST", OutboxFixtures.ICS))
                .unsubscribeAt("https://panelist.example.com/unsubscribe/abc");
        UUID id = OutboxFixtures.enqueue(context, mail);

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(SMTP.received()).hasSize(1);
        MimeMessage received = SMTP.received()[0];
        assertThat(received.getSubject()).isEqualTo("Interview on 14 May");
        assertThat(received.getMessageID()).isEqualTo("<" + id + "@outbox.panelist>");
        assertThat(received.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://panelist.example.com/unsubscribe/abc>");
        assertThat(received.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        Multipart mixed = (Multipart) received.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(alternative.getBodyPart(2).getContentType()).startsWith("text/calendar")
                .contains("method=REQUEST").containsIgnoringCase("charset=UTF-8");
        assertThat(new String(alternative.getBodyPart(2).getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("METHOD:REQUEST", "UID:interview-1");
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("invite.ics");
        assertThat(count("SELECT count(*) FROM outbox WHERE status = 'SENT' AND sent_at IS NOT NULL AND attempts = 1"))
                .isEqualTo(1);
    }

    @Test
    void aRolledBackChangeLeavesNoMessage() {
        Outbox outbox = context.getBean(Outbox.class);

        assertThatThrownBy(() -> OutboxFixtures.inTransaction(context, () -> {
            outbox.enqueueMail(OutboxFixtures.mail("ben@example.com", "Never sent"));
            throw new IllegalStateException("the change failed");
        })).hasMessageContaining("the change failed");

        assertThat(count("SELECT count(*) FROM outbox")).isZero();
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(SMTP.received()).isEmpty();
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() {
        Outbox outbox = context.getBean(Outbox.class);

        assertThatThrownBy(() -> outbox.enqueueMail(OutboxFixtures.mail("ben@example.com", "No transaction")))
                .isInstanceOf(RuntimeException.class);
        assertThat(count("SELECT count(*) FROM outbox")).isZero();
    }

    @Test
    void aSecondEnqueueWithTheSameDedupeKeyWritesNothing() {
        OutboxMail reminder = OutboxFixtures.mail("ana@example.com", "Your scorecard").dedupedBy("reminder:1:ana:1");
        OutboxFixtures.enqueue(context, reminder);
        Outbox outbox = context.getBean(Outbox.class);

        assertThat(OutboxFixtures.inTransaction(context, () -> outbox.enqueueMail(reminder))).isEmpty();
        assertThat(count("SELECT count(*) FROM outbox")).isEqualTo(1);
    }

    @Test
    void aServerThatRefusesIsRetriedAfterTheBackoffAndTheMailSentOnceItRecovers() {
        OutboxFixtures.enqueue(context, OutboxFixtures.mail("ana@example.com", "Retried"));
        SMTP.stop();

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(count("SELECT count(*) FROM outbox WHERE status = 'PENDING' AND attempts = 1 "
                + "AND last_error IS NOT NULL AND leased_by IS NULL")).isEqualTo(1);
        SMTP.start();
        clock.advance(Duration.ofSeconds(29));
        assertThat(dispatcher.dispatchDue()).as("not yet due: first retry after 30 s").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(SMTP.received()).hasSize(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE status = 'SENT' AND attempts = 2")).isEqualTo(1);
    }

    @Test
    void aServerThatNeverRecoversMakesTheMailDeadAfterEightAttemptsWithDoublingWaits() {
        OutboxFixtures.enqueue(context, OutboxFixtures.mail("ana@example.com", "Dead letter"));
        SMTP.stop();
        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThat(dispatcher.dispatchDue()).isZero();
            if (attempt < 8) {
                Duration wait = Duration.ofSeconds(30L << (attempt - 1));
                clock.advance(wait.minusSeconds(1));
                assertThat(count("SELECT attempts FROM outbox")).as("before the wait after " + attempt).isEqualTo(attempt);
                dispatcher.dispatchDue();
                assertThat(count("SELECT attempts FROM outbox")).as("still waiting").isEqualTo(attempt);
                clock.advance(Duration.ofSeconds(1));
            }
        }
        assertThat(count("SELECT count(*) FROM outbox WHERE status = 'DEAD' AND attempts = 8")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE last_error LIKE '%" + MailInbox.PASSWORD + "%'")).isZero();
        clock.advance(Duration.ofDays(30));
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(count("SELECT attempts FROM outbox")).isEqualTo(8);
        retryThroughTheAdminApiSendsItOnceTheServerIsBack();
    }

    private void retryThroughTheAdminApiSendsItOnceTheServerIsBack() {
        users.create("admin@example.com", Role.ADMIN);
        String admin = api.login("admin@example.com", TestUsers.PASSWORD);
        var dead = api.get("/api/v1/admin/outbox?status=DEAD", admin).json().get("items").get(0);
        assertThat(dead.get("lastError").asText()).contains("Couldn't connect");

        var retried = api.post("/api/v1/admin/outbox/" + dead.get("id").asText() + "/retry", admin, Map.of()).json();

        assertThat(retried.get("status").asText()).isEqualTo("PENDING");
        assertThat(retried.get("attempts").asInt()).as("a retried message gets every attempt again").isZero();
        SMTP.start();
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(SMTP.received()).hasSize(1);
    }
}
