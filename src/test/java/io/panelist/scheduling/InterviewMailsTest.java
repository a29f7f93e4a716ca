package io.panelist.scheduling;

import io.panelist.notifications.dispatch.Dispatcher;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.MailInbox;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.panelist.support.MailInbox.calendarType;
import static io.panelist.support.MailInbox.event;
import static io.panelist.support.MailInbox.html;
import static io.panelist.support.MailInbox.text;
import static io.panelist.support.MailInbox.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails of an interview's life, booked, moved and cancelled over the API and read back from a real SMTP server
 * as a mail client would: MIME with Jakarta Mail, the iMIP calendar part with ical4j.
 */
class InterviewMailsTest extends IntegrationTest {
    static final MailInbox SMTP = new MailInbox().start();
    static final String CANDIDATE = "Jordan Lee";
    static final String CANDIDATE_EMAIL = "jordan.lee@example.org";
    static final String START = "2030-03-11T13:00:00Z";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    Dispatcher dispatcher;
    Team team;
    UUID application;
    Opening opening;
    String recruiter;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(SMTP.properties());
        properties.put("panelist.public-url", "https://panelist.example.com/");
        return properties;
    }

    @BeforeEach
    void aPositionAndAnEmptyMailbox() throws Exception {
        SMTP.purge();
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer (Flask)");
        application = fixtures.application(team.admin(), fixtures.candidate(team.admin(), CANDIDATE, CANDIDATE_EMAIL,
                null), opening.positionId());
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
        String ben = api.login(SchedulingFixtures.BEN, TestUsers.PASSWORD);
        assertThat(api.call("PUT", "/api/v1/me").token(ben)
                .json(Map.of("displayName", "Ben", "timeZone", "Asia/Tokyo")).send().status()).isEqualTo(200);
    }

    @AfterAll
    void stopTheMailServer() {
        SMTP.stop();
    }

    @Test
    void bookingInvitesEachPanelistAndTheCandidateEachInTheirOwnTimeZone() throws Exception {
        String id = book(START, "2030-03-11T14:00:00Z", team.ana(), team.ben());

        assertThat(dispatcher.dispatchDue()).isEqualTo(3);

        MimeMessage ana = SMTP.to(SchedulingFixtures.ANA);
        assertThat(ana.getSubject()).isEqualTo("Interview: Jordan Lee for Backend Engineer (Flask), Mon 11 Mar 14:00");
        assertThat(text(ana)).contains(when("Europe/Berlin"), "Candidate: Jordan Lee", "Panel: Ana, Ben",
                "https://panelist.example.com/interviews/" + id + "/scorecard");
        assertThat(html(ana)).contains("<a href=\"https://panelist.example.com/interviews/" + id + "/scorecard\"");
        assertThat(text(SMTP.to(SchedulingFixtures.BEN))).contains(when("Asia/Tokyo"));
        MimeMessage jordan = SMTP.to(CANDIDATE_EMAIL);
        assertThat(jordan.getSubject()).isEqualTo("Interview for Backend Engineer (Flask), Mon 11 Mar 09:00");
        assertThat(text(jordan)).contains("Hello Jordan Lee", when("America/New_York")).doesNotContain("scorecard");
        for (String to : List.of(SchedulingFixtures.ANA, SchedulingFixtures.BEN, CANDIDATE_EMAIL)) {
            MimeMessage mail = SMTP.to(to);
            assertThat(calendarType(mail)).contains("method=REQUEST");
            assertThat(MailInbox.calendar(mail).getProperty(Property.METHOD).orElseThrow().getValue())
                    .isEqualTo("REQUEST");
            VEvent event = event(mail);
            assertThat(value(event, Property.UID)).isEqualTo(id + "@panelist");
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
            assertThat(event.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue)
                    .containsExactlyInAnyOrder("mailto:ana@example.com", "mailto:ben@example.com",
                            "mailto:" + CANDIDATE_EMAIL);
        }
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'INVITATION' AND candidate_id = (SELECT candidate_id"
                + " FROM interviews WHERE id = '" + id + "')")).isEqualTo(3);
    }

    @Test
    void reschedulingSendsUpdatesWithTheSameUidAndAHigherSequence() throws Exception {
        String id = book(START, "2030-03-11T14:00:00Z", team.ana(), team.ben());
        dispatcher.dispatchDue();
        SMTP.purge();

        Answer moved = api.call("PATCH", "/api/v1/interviews/" + id).ifMatchCurrent().token(recruiter)
                .json(Map.of("startsAt", "2030-03-12T09:00:00Z", "endsAt", "2030-03-12T10:00:00Z")).send();

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(dispatcher.dispatchDue()).isEqualTo(3);
        for (String to : List.of(SchedulingFixtures.ANA, SchedulingFixtures.BEN, CANDIDATE_EMAIL)) {
            MimeMessage mail = SMTP.to(to);
            assertThat(mail.getSubject()).startsWith("Updated interview");
            assertThat(calendarType(mail)).contains("method=REQUEST");
            assertThat(value(event(mail), Property.UID)).isEqualTo(id + "@panelist");
            assertThat(Integer.parseInt(value(event(mail), Property.SEQUENCE))).isEqualTo(1);
            assertThat(value(event(mail), Property.DTSTART)).isEqualTo("20300312T090000Z");
        }
        assertThat(text(SMTP.to(SchedulingFixtures.ANA))).contains("When: Tuesday 12 March 2030, 10:00–11:00",
                "Was: " + when("Europe/Berlin"));
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'UPDATE'")).isEqualTo(3);
    }

    @Test
    void aPanelistLeavingGetsACancelAndOneJoiningAnInvitationTheOthersAnUpdate() throws Exception {
        UUID carl = fixtures.interviewer("carl@example.com");
        String id = book(START, "2030-03-11T14:00:00Z", team.ana(), team.ben());
        dispatcher.dispatchDue();
        SMTP.purge();

        Answer changed = api.call("PATCH", "/api/v1/interviews/" + id).ifMatchCurrent().token(recruiter)
                .json(Map.of("panelistIds", List.of(team.ana(), carl))).send();

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(dispatcher.dispatchDue()).isEqualTo(4);
        MimeMessage ben = SMTP.to(SchedulingFixtures.BEN);
        assertThat(calendarType(ben)).contains("method=CANCEL");
        assertThat(MailInbox.calendar(ben).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(value(event(ben), Property.UID)).isEqualTo(id + "@panelist");
        MimeMessage joined = SMTP.to("carl@example.com");
        assertThat(calendarType(joined)).contains("method=REQUEST");
        assertThat(joined.getSubject()).startsWith("Interview: Jordan Lee");
        assertThat(SMTP.to(SchedulingFixtures.ANA).getSubject()).startsWith("Updated interview");
        assertThat(value(event(SMTP.to(SchedulingFixtures.ANA)), Property.SEQUENCE))
                .as("the time and place stayed, so the sequence does").isEqualTo("0");
        assertThat(SMTP.to(CANDIDATE_EMAIL).getSubject()).startsWith("Updated interview");
        assertThat(kindTo("carl@example.com")).isEqualTo("INVITATION");
        assertThat(kindTo(SchedulingFixtures.BEN)).isEqualTo("CANCELLATION");
    }

    @Test
    void cancellingSendsACancelToThePanelAndTheCandidate() throws Exception {
        String id = book(START, "2030-03-11T14:00:00Z", team.ana(), team.ben());
        dispatcher.dispatchDue();
        SMTP.purge();

        assertThat(api.post("/api/v1/interviews/" + id + "/cancel", recruiter, Map.of("reason", "Position paused"))
                .status()).isEqualTo(200);

        assertThat(dispatcher.dispatchDue()).isEqualTo(3);
        for (String to : List.of(SchedulingFixtures.ANA, SchedulingFixtures.BEN, CANDIDATE_EMAIL)) {
            MimeMessage mail = SMTP.to(to);
            assertThat(mail.getSubject()).startsWith("Cancelled interview");
            assertThat(calendarType(mail)).contains("method=CANCEL");
            assertThat(value(event(mail), Property.STATUS)).isEqualTo("CANCELLED");
            assertThat(Integer.parseInt(value(event(mail), Property.SEQUENCE))).isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM outbox WHERE kind = 'CANCELLATION'")).isEqualTo(3);
    }

    private String book(String startsAt, String endsAt, UUID... panel) {
        Map<String, Object> body = SchedulingFixtures.booking(application, opening.screenStageId(),
                Instant.parse(startsAt), Instant.parse(endsAt), panel);
        body.put("timeZone", "America/New_York");
        Answer booked = api.post("/api/v1/interviews", recruiter, body);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.json().get("id").asText();
    }

    private String kindTo(String recipient) {
        try (var connection = connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT kind FROM outbox WHERE recipient = '" + recipient
                     + "' ORDER BY created_at DESC LIMIT 1")) {
            rows.next();
            return rows.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String when(String zone) {
        return DAY.format(Instant.parse(START).atZone(ZoneId.of(zone)));
    }
}
