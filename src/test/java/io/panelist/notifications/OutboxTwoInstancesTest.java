package io.panelist.notifications;

import io.micronaut.context.ApplicationContext;
import io.panelist.notifications.dispatch.Dispatcher;
import io.panelist.notifications.dispatch.OutboxLedger;
import io.panelist.security.ManualClock;
import io.panelist.support.IntegrationTest;
import io.panelist.support.MailInbox;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances on one database and one SMTP server: each message is sent once, and a dead instance's claim lapses. */
class OutboxTwoInstancesTest extends IntegrationTest {
    static final MailInbox SMTP = new MailInbox().start();
    static final int MESSAGES = 50;
    @Inject
    ApplicationContext context;
    @Inject
    Dispatcher dispatcher;
    @Inject
    ManualClock clock;
    ApplicationContext other;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(SMTP.properties());
        properties.put(ManualClock.PROPERTY, "true");
        return properties;
    }

    @BeforeAll
    void startTheSecondInstance() {
        other = startSecondInstance();
    }

    @AfterAll
    void stopEverything() {
        other.close();
        SMTP.stop();
    }

    @BeforeEach
    void anEmptyMailbox() {
        SMTP.purge();
        clock.reset();
        other.getBean(ManualClock.class).reset();
    }

    @Test
    void twoInstancesRacingForFiftyMessagesSendEachExactlyOnce() throws Exception {
        for (int i = 0; i < MESSAGES; i++) {
            OutboxFixtures.enqueue(i % 2 == 0 ? context : other, OutboxFixtures.mail("p" + i + "@example.com", "Message " + i));
        }
        Dispatcher b = other.getBean(Dispatcher.class);
        CountDownLatch gate = new CountDownLatch(1);
        CompletableFuture<Integer> viaA = CompletableFuture.supplyAsync(() -> await(gate, dispatcher));
        CompletableFuture<Integer> viaB = CompletableFuture.supplyAsync(() -> await(gate, b));
        gate.countDown();

        assertThat(viaA.get() + viaB.get()).isEqualTo(MESSAGES);
        assertThat(subjects()).hasSize(MESSAGES).doesNotHaveDuplicates();
        assertThat(count("SELECT count(*) FROM outbox WHERE status = 'SENT' AND attempts = 1")).isEqualTo(MESSAGES);
    }

    @Test
    void aMessageClaimedByAnInstanceThatDiedIsSentByTheOtherOnceItsLeaseEnds() throws Exception {
        OutboxFixtures.enqueue(context, OutboxFixtures.mail("ana@example.com", "Orphaned"));
        OutboxLedger ledgerOfB = other.getBean(OutboxLedger.class);
        ManualClock clockOfB = other.getBean(ManualClock.class);
        assertThat(ledgerOfB.claim("instance-that-dies", clockOfB.instant(), Duration.ofMinutes(1), 10)).hasSize(1);

        assertThat(dispatcher.dispatchDue()).as("still leased").isZero();
        clock.advance(Duration.ofSeconds(61));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(subjects()).containsExactly("Orphaned");
        assertThat(count("SELECT count(*) FROM outbox WHERE status = 'SENT' AND attempts = 2 AND leased_by IS NULL"))
                .isEqualTo(1);
        assertThat(ledgerOfB.sent(idOfTheOnlyMessage(), "instance-that-dies", clockOfB.instant()))
                .as("the dead instance's late result is not recorded").isFalse();
    }

    private java.util.UUID idOfTheOnlyMessage() throws java.sql.SQLException {
        try (var connection = connect(); var rs = connection.createStatement().executeQuery("SELECT id FROM outbox")) {
            rs.next();
            return rs.getObject(1, java.util.UUID.class);
        }
    }

    private static int await(CountDownLatch gate, Dispatcher dispatcher) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return dispatcher.dispatchDue();
    }

    private static List<String> subjects() throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : SMTP.received()) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }
}
