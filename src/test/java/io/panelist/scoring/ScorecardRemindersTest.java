package io.panelist.scoring;

import io.micronaut.context.ApplicationContext;
import io.panelist.notifications.dispatch.Dispatcher;
import io.panelist.scoring.ScoringFixtures.Scene;
import io.panelist.scoring.reminders.ScorecardReminders;
import io.panelist.security.ManualClock;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.MailInbox;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import static io.panelist.scoring.ScoringFixtures.completeDraft;
import static io.panelist.support.MailInbox.html;
import static io.panelist.support.MailInbox.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scorecard reminders on the cadence DESIGN names (here at most 3), read from a real SMTP server: the first an hour
 * after the interview's end, then daily, to each panelist still owing a scorecard; none once it is submitted or the
 * panelist unsubscribed; each written once however many instances run the job.
 */
class ScorecardRemindersTest extends IntegrationTest {
    static final MailInbox SMTP = new MailInbox().start();
    @Inject
    ScoringFixtures fixtures;
    @Inject
    ScorecardReminders reminders;
    @Inject
    Dispatcher dispatcher;
    @Inject
    ManualClock clock;
    ApplicationContext other;
    Scene scene;
    Instant ends;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(SMTP.properties());
        properties.put(ManualClock.PROPERTY, "true");
        properties.put("panelist.public-url", "https://panelist.example.com");
        properties.put("panelist.reminders.max", "3");
        return properties;
    }

    @BeforeAll
    void startASecondInstance() {
        other = startSecondInstance();
    }

    @AfterAll
    void stopEverything() {
        other.close();
        SMTP.stop();
    }

    /** Ana and Ben on an hour-long interview that starts in two days; its invitations sent and read. */
    @BeforeEach
    void anInterviewWhoseInvitationsWentOut() {
        clock.reset();
        other.getBean(ManualClock.class).reset();
        scene = fixtures.scene(api);
        ends = endOf(scene.interviewId());
        dispatcher.dispatchDue();
        SMTP.purge();
    }

    @Test
    void theFirstAnHourAfterTheEndThenDailyToEachPanelistStillOwingAScorecardAtMostThreeTimes() throws Exception {
        moveTo(ends.plus(Duration.ofMinutes(59)));
        assertThat(reminders.remindDue()).as("not yet an hour after").isZero();

        moveTo(ends.plus(Duration.ofMinutes(61)));
        assertThat(reminders.remindDue()).isEqualTo(2);
        assertThat(reminders.remindDue()).as("written once").isZero();
        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        MimeMessage ana = SMTP.to("ana@example.com");
        assertThat(ana.getSubject()).isEqualTo("Scorecard due: Cleo Candidate, Technical deep dive");
        String link = "https://panelist.example.com/interviews/" + scene.interviewId() + "/scorecard";
        assertThat(text(ana)).contains("Hello Ana", "Candidate: Cleo Candidate", "Position: Backend Engineer", link,
                "(Europe/Berlin)").doesNotContain("last reminder");
        assertThat(html(ana)).contains("<a href=\"" + link + "\"");
        String unsubscribe = ana.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).startsWith("<https://panelist.example.com/unsubscribe/");
        assertThat(ana.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(text(ana)).contains(unsubscribe.substring(1, unsubscribe.length() - 1));

        SMTP.purge();
        moveTo(ends.plus(Duration.ofHours(1)).plus(Duration.ofDays(1)).plusSeconds(1));
        assertThat(reminders.remindDue()).isEqualTo(2);
        dispatcher.dispatchDue();
        assertThat(SMTP.to("ben@example.com").getSubject())
                .isEqualTo("Reminder: scorecard still due: Cleo Candidate, Technical deep dive");

        submitAs(scene.team().ana());
        SMTP.purge();
        moveTo(ends.plus(Duration.ofHours(1)).plus(Duration.ofDays(2)).plusSeconds(1));
        assertThat(reminders.remindDue()).as("Ben only: Ana submitted").isEqualTo(1);
        dispatcher.dispatchDue();
        assertThat(text(SMTP.to("ben@example.com"))).contains("This is the last reminder");
        assertThat(SMTP.count()).isEqualTo(1);

        moveTo(ends.plus(Duration.ofDays(9)));
        assertThat(reminders.remindDue()).as("three is the most").isZero();
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'SCORECARD_REMINDER'")).isEqualTo(5);
    }

    @Test
    void aStoppedInstanceCatchingUpSendsOnlyTheLatestRoundNotEveryOneItMissed() {
        moveTo(ends.plus(Duration.ofHours(1)).plus(Duration.ofDays(1)).plusSeconds(1));

        assertThat(reminders.remindDue()).isEqualTo(2);

        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'SCORECARD_REMINDER' AND dedupe_key LIKE '%:2'"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'SCORECARD_REMINDER'")).isEqualTo(2);
    }

    @Test
    void aSubmissionSkipsTheReminderWrittenButNotYetSent() throws Exception {
        moveTo(ends.plus(Duration.ofHours(2)));
        assertThat(reminders.remindDue()).isEqualTo(2);

        submitAs(scene.team().ana());

        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'SCORECARD_REMINDER' AND status = 'SKIPPED'"
                + " AND recipient = 'ana@example.com'")).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(SMTP.to("ben@example.com").getSubject()).startsWith("Scorecard due");
        assertThat(SMTP.count()).isEqualTo(1);
    }

    @Test
    void theOneClickLinkStopsThemWithoutASignInAndAsksFirstWhenOpened() throws Exception {
        moveTo(ends.plus(Duration.ofHours(2)));
        reminders.remindDue();
        dispatcher.dispatchDue();
        String header = SMTP.to("ana@example.com").getHeader("List-Unsubscribe")[0];
        String path = URI.create(header.substring(1, header.length() - 1)).getPath();

        Answer opened = api.call("GET", path).send();
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.text()).contains("Stop these mails?", "scorecard reminders");
        assertThat(settingsOf(scene.team().ana()).json().get("scorecardReminders").asBoolean())
                .as("opening the link changes nothing").isTrue();

        Answer clicked = api.call("POST", path).raw("List-Unsubscribe=One-Click",
                "application/x-www-form-urlencoded").send();

        assertThat(clicked.status()).as(clicked.toString()).isEqualTo(200);
        assertThat(clicked.text()).contains("You will no longer get");
        Answer settings = settingsOf(scene.team().ana());
        assertThat(settings.json().get("scorecardReminders").asBoolean()).isFalse();
        assertThat(settings.json().get("evidenceComplete").asBoolean()).isTrue();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'notifications.unsubscribed'"))
                .isEqualTo(1);
        moveTo(ends.plus(Duration.ofHours(2)).plus(Duration.ofDays(1)));
        assertThat(reminders.remindDue()).as("Ben's only").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'SCORECARD_REMINDER'"
                + " AND recipient = 'ana@example.com'")).isEqualTo(1);

        String forged = path.substring(0, path.length() - 3) + (path.endsWith("AAA") ? "BBB" : "AAA");
        Answer refused = api.call("POST", forged).raw("List-Unsubscribe=One-Click",
                "application/x-www-form-urlencoded").send();
        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void twoInstancesRunningTheJobAtOnceWriteEachReminderOnce() throws Exception {
        moveTo(ends.plus(Duration.ofHours(2)));
        ScorecardReminders theOther = other.getBean(ScorecardReminders.class);
        CountDownLatch gate = new CountDownLatch(1);

        CompletableFuture<Integer> viaA = CompletableFuture.supplyAsync(() -> await(gate, reminders));
        CompletableFuture<Integer> viaB = CompletableFuture.supplyAsync(() -> await(gate, theOther));
        gate.countDown();

        assertThat(viaA.get() + viaB.get()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'SCORECARD_REMINDER'")).isEqualTo(2);
        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        assertThat(SMTP.count()).isEqualTo(2);
    }

    private void moveTo(Instant when) {
        Duration ahead = Duration.between(clock.instant(), when);
        clock.advance(ahead);
        other.getBean(ManualClock.class).advance(ahead);
    }

    private void submitAs(String token) {
        Answer read = ScoringFixtures.scorecard(api, token, scene.interviewId());
        Answer saved = ScoringFixtures.save(api, token, scene.interviewId(), read.header("ETag"),
                completeDraft(scene.hiring(), "Solid."));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Answer submitted = ScoringFixtures.submit(api, token, scene.interviewId());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    private static Instant endOf(UUID interviewId) {
        try (var connection = connect(); var statement = connection.prepareStatement(
                "SELECT ends_at FROM interviews WHERE id = ?")) {
            statement.setObject(1, interviewId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getTimestamp(1).toInstant();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer settingsOf(String token) {
        return api.get("/api/v1/me/notifications", token);
    }

    private static int await(CountDownLatch gate, ScorecardReminders reminders) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return reminders.remindDue();
    }
}
