package io.panelist.scheduling;

import io.panelist.notifications.dispatch.Dispatcher;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.security.ManualClock;
import io.panelist.support.IntegrationTest;
import io.panelist.support.MailInbox;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.panelist.support.MailInbox.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate's reminder a day before the interview, in the interview's time zone: written when the time is set,
 * sent when due, replaced when the time moves, withdrawn when the interview is cancelled, and none for an interview
 * booked less than a day ahead.
 */
class CandidateReminderTest extends IntegrationTest {
    static final MailInbox SMTP = new MailInbox().start();
    static final String JORDAN = "jordan.lee@example.org";
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    Dispatcher dispatcher;
    @Inject
    ManualClock clock;
    Team team;
    UUID application;
    Opening opening;
    String recruiter;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(SMTP.properties());
        properties.put(ManualClock.PROPERTY, "true");
        return properties;
    }

    @BeforeEach
    void aCandidateWithAnApplication() {
        SMTP.purge();
        clock.reset();
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        application = fixtures.application(team.admin(), fixtures.candidate(team.admin(), "Jordan Lee", JORDAN, null),
                opening.positionId());
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @AfterAll
    void stopTheMailServer() {
        SMTP.stop();
    }

    @Test
    void aDayBeforeTheCandidateIsRemindedInTheInterviewsTimeZone() throws Exception {
        Instant start = inDays(3);
        book(start);
        assertThat(dispatcher.dispatchDue()).as("the two invitations; the reminder waits").isEqualTo(2);
        SMTP.purge();

        clock.advance(Duration.between(clock.instant(), start.minus(Duration.ofDays(1))).minusSeconds(1));
        assertThat(dispatcher.dispatchDue()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        MimeMessage reminder = SMTP.to(JORDAN);
        String local = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH)
                .format(start.atZone(ZoneId.of("Europe/Berlin")));
        assertThat(reminder.getSubject()).isEqualTo("Reminder: your interview for Backend Engineer, " + local);
        assertThat(text(reminder)).contains("Hello Jordan Lee", "(Europe/Berlin)", "Stage: Screen")
                .doesNotContain("scorecard");
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'CANDIDATE_REMINDER' AND status = 'SENT'"
                + " AND candidate_id IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void movingTheInterviewReplacesTheReminderAndCancellingWithdrawsIt() {
        UUID id = book(inDays(3));
        Instant later = inDays(5);

        assertThat(api.call("PATCH", "/api/v1/interviews/" + id).ifMatchCurrent().token(recruiter)
                .json(Map.of("startsAt", later.toString(), "endsAt", later.plus(Duration.ofHours(1)).toString()))
                .send().status()).isEqualTo(200);

        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'CANDIDATE_REMINDER' AND status = 'SKIPPED'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'CANDIDATE_REMINDER' AND status = 'PENDING'"
                + " AND next_attempt_at = '" + later.minus(Duration.ofDays(1)) + "'")).isEqualTo(1);

        assertThat(api.post("/api/v1/interviews/" + id + "/cancel", recruiter, Map.of("reason", "Position paused"))
                .status()).isEqualTo(200);

        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'CANDIDATE_REMINDER' AND status <> 'SKIPPED'"))
                .isZero();
    }

    @Test
    void anInterviewBookedLessThanADayAheadGetsNoReminder() {
        book(clock.instant().plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.MINUTES));

        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'CANDIDATE_REMINDER'")).isZero();
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'INVITATION'")).isEqualTo(2);
    }

    private UUID book(Instant start) {
        return fixtures.interview(team.admin(), application, opening.screenStageId(), start, Duration.ofHours(1),
                team.ana());
    }

    private Instant inDays(int days) {
        return clock.instant().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
    }
}
