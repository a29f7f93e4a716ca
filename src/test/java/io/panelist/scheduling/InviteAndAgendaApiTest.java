package io.panelist.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.panelist.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

/** The calendar invite, parsed back with a real iCalendar library, and each panelist's own agenda. */
class InviteAndAgendaApiTest extends IntegrationTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String CANDIDATE = "Zoë Łukasiewicz-Øster, PhD";
    static final String ROOM = "Room 4; 2nd floor, Berlin";
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    UUID zoe;
    String recruiter;
    String ana;

    @BeforeEach
    void openAPosition() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        zoe = fixtures.application(team.admin(), fixtures.candidate(team.admin(), CANDIDATE, "zoe@example.org",
                "+49 30 1234567"), opening.positionId());
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
        ana = api.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);
    }

    @Test
    void theInviteIsAnRfc5545EventWithEveryFieldInPlace() throws Exception {
        String id = bookInRoom("2030-03-11T10:00:00Z", "2030-03-11T11:00:00Z");

        Answer invite = api.get("/api/v1/interviews/" + id + "/invite.ics", ana);

        assertThat(invite.status()).as(invite.toString()).isEqualTo(200);
        assertThat(invite.contentType()).startsWith("text/calendar");
        assertFoldedWithCrlf(invite.text());
        Calendar calendar = new CalendarBuilder().build(new StringReader(invite.text()));
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("REQUEST");
        assertThat(calendar.getComponents("VEVENT")).hasSize(1);
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(value(event.getProperty(Property.UID))).contains(id);
        assertThat(value(event.getProperty(Property.SEQUENCE))).isEqualTo("0");
        assertThat(value(event.getProperty(Property.DTSTART))).isEqualTo("20300311T100000Z");
        assertThat(value(event.getProperty(Property.DTEND))).isEqualTo("20300311T110000Z");
        assertThat(instant(event, Property.DTSTART)).isEqualTo("2030-03-11T10:00:00Z");
        assertThat(value(event.getProperty(Property.SUMMARY))).contains(CANDIDATE, "Screen");
        assertThat(value(event.getProperty(Property.DESCRIPTION)))
                .contains(CANDIDATE, "Screen", "Backend Engineer", "/interviews/" + id + "/scorecard");
        assertThat(value(event.getProperty(Property.LOCATION))).isEqualTo(ROOM);
        assertThat(value(event.getProperty(Property.ORGANIZER))).startsWith("mailto:");
        assertThat(event.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue)
                .containsExactlyInAnyOrder("mailto:ana@example.com", "mailto:ben@example.com",
                        "mailto:zoe@example.org");
        assertThat(event.<Property>getProperties(Property.ATTENDEE))
                .extracting(a -> a.getParameterList().getParameter("CN").orElseThrow().getValue())
                .containsExactlyInAnyOrder("Ana", "Ben", CANDIDATE);
        assertThat(value(event.getProperty(Property.STATUS))).isNotEqualTo("CANCELLED");
    }

    @Test
    void reschedulingKeepsTheUidAndRaisesTheSequence() throws Exception {
        String id = bookInRoom("2030-03-11T10:00:00Z", "2030-03-11T11:00:00Z");
        VEvent before = event(id, recruiter);

        api.call("PATCH", "/api/v1/interviews/" + id).ifMatchCurrent().token(recruiter)
                .json(Map.of("startsAt", "2030-03-12T09:00:00+01:00", "endsAt", "2030-03-12T10:30:00+01:00")).send();
        VEvent moved = event(id, ana);
        api.call("PATCH", "/api/v1/interviews/" + id).ifMatchCurrent()
                .token(recruiter).json(Map.of("location", "Room 5")).send();
        VEvent relocated = event(id, ana);

        assertThat(value(moved.getProperty(Property.UID))).isEqualTo(value(before.getProperty(Property.UID)));
        assertThat(value(relocated.getProperty(Property.UID))).isEqualTo(value(before.getProperty(Property.UID)));
        assertThat(Integer.parseInt(value(moved.getProperty(Property.SEQUENCE))))
                .isGreaterThan(Integer.parseInt(value(before.getProperty(Property.SEQUENCE))));
        assertThat(Integer.parseInt(value(relocated.getProperty(Property.SEQUENCE))))
                .isGreaterThan(Integer.parseInt(value(moved.getProperty(Property.SEQUENCE))));
        assertThat(value(moved.getProperty(Property.DTSTART))).isEqualTo("20300312T080000Z");
        assertThat(value(moved.getProperty(Property.DTEND))).isEqualTo("20300312T093000Z");
        assertThat(value(relocated.getProperty(Property.LOCATION))).isEqualTo("Room 5");
    }

    @Test
    void aCancelledRoundsInviteSaysCancelledUnderTheSameUid() throws Exception {
        String id = bookInRoom("2030-03-11T10:00:00Z", "2030-03-11T11:00:00Z");
        VEvent before = event(id, ana);

        api.post("/api/v1/interviews/" + id + "/cancel", recruiter, Map.of("reason", "Position filled"));
        String text = api.get("/api/v1/interviews/" + id + "/invite.ics", ana).text();
        VEvent cancelled = new CalendarBuilder().build(new StringReader(text)).<VEvent>getComponent("VEVENT")
                .orElseThrow();

        assertThat(value(cancelled.getProperty(Property.STATUS))).isEqualTo("CANCELLED");
        assertThat(value(cancelled.getProperty(Property.UID))).isEqualTo(value(before.getProperty(Property.UID)));
        assertThat(Integer.parseInt(value(cancelled.getProperty(Property.SEQUENCE))))
                .isGreaterThan(Integer.parseInt(value(before.getProperty(Property.SEQUENCE))));
    }

    @Test
    void theDefaultAgendaIsTodayAndTheNextSevenDaysInTheUsersZoneWithOnlyTheirOwnRounds() {
        ZonedDateTime today = LocalDate.now(BERLIN).atStartOfDay(BERLIN);
        ZonedDateTime weekOut = today.plusDays(7);
        String first = book(zoe, today.plusMinutes(1), team.ana());
        String last = book(applicant("Yan Example"), weekOut.minusHours(2), team.ana(), team.ben());
        book(applicant("Xia Example"), today.minusHours(2), team.ana());
        book(applicant("Wu Example"), weekOut.plusMinutes(1), team.ana());
        String bens = book(applicant("Vic Example"), today.plusHours(3), team.ben());

        JsonNode agenda = agenda(ana, "");
        JsonNode bensAgenda = agenda(api.login(SchedulingFixtures.BEN, TestUsers.PASSWORD), "");

        assertThat(Instant.parse(agenda.get("from").asText())).isEqualTo(today.toInstant());
        assertThat(Instant.parse(agenda.get("to").asText())).isEqualTo(weekOut.toInstant());
        assertThat(agenda.get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(agenda.get("items")).extracting(i -> i.get("interviewId").asText()).containsExactly(first, last);
        assertThat(bensAgenda.get("items")).extracting(i -> i.get("interviewId").asText()).containsExactly(bens, last);
        JsonNode item = agenda.at("/items/0");
        assertThat(item.get("candidateName").asText()).isEqualTo(CANDIDATE);
        assertThat(item.get("positionTitle").asText()).isEqualTo("Backend Engineer");
        assertThat(item.get("stageName").asText()).isEqualTo("Screen");
        assertThat(Instant.parse(item.get("startsAt").asText())).isEqualTo(today.plusMinutes(1).toInstant());
        assertThat(Instant.parse(item.get("endsAt").asText())).isEqualTo(today.plusMinutes(46).toInstant());
        assertThat(item.get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(item.get("location").asText()).isEqualTo(SchedulingFixtures.ROOM);
        assertThat(agenda.get("items")).allSatisfy(i -> assertThat(i.get("scorecardStatus").asText()).isEqualTo("NONE"));
        assertThat(agenda(recruiter, "").get("items")).as("a recruiter sits on no panel").isEmpty();
    }

    @Test
    void bareDatesAreWholeDaysInTheUsersZoneAndInstantsAreTakenAsGiven() {
        // midnight to 00:45 in Berlin on 11 March is still 10 March in UTC, and 00:15 on 12 March is 11 March in UTC
        String berlinEleventh = book(zoe, ZonedDateTime.parse("2030-03-10T23:00:00Z"), team.ana());
        String utcEleventh = book(applicant("Yan Example"), ZonedDateTime.parse("2030-03-11T23:15:00Z"), team.ana());

        JsonNode byDates = agenda(ana, "?from=2030-03-11&to=2030-03-12");
        JsonNode byInstants = agenda(ana, "?from=2030-03-11T00:00:00Z&to=2030-03-12T00:00:00Z");

        assertThat(Instant.parse(byDates.get("from").asText())).isEqualTo("2030-03-10T23:00:00Z");
        assertThat(Instant.parse(byDates.get("to").asText())).isEqualTo("2030-03-11T23:00:00Z");
        assertThat(byDates.get("items")).extracting(i -> i.get("interviewId").asText()).containsExactly(berlinEleventh);
        assertThat(byInstants.get("items")).extracting(i -> i.get("interviewId").asText()).containsExactly(utcEleventh);
    }

    private String bookInRoom(String startsAt, String endsAt) {
        Map<String, Object> body = new HashMap<>(booking(zoe, opening.screenStageId(), startsAt, endsAt,
                team.ana(), team.ben()));
        body.put("location", ROOM);
        Answer answer = api.post("/api/v1/interviews", recruiter, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("id").asText();
    }

    private String book(UUID applicationId, ZonedDateTime startsAt, UUID... panel) {
        Instant start = startsAt.toInstant();
        return fixtures.interview(team.admin(), applicationId, opening.screenStageId(), start, Duration.ofMinutes(45),
                panel).toString();
    }

    private UUID applicant(String name) {
        return fixtures.applicant(team.admin(), opening, name);
    }

    private JsonNode agenda(String token, String query) {
        Answer answer = api.get("/api/v1/me/interviews" + query, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private VEvent event(String id, String token) throws Exception {
        Answer invite = api.get("/api/v1/interviews/" + id + "/invite.ics", token);
        assertThat(invite.status()).as(invite.toString()).isEqualTo(200);
        return new CalendarBuilder().build(new StringReader(invite.text())).<VEvent>getComponent("VEVENT")
                .orElseThrow();
    }

    private static String value(Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }

    private static Instant instant(VEvent event, String name) {
        DateProperty<?> date = event.<DateProperty<?>>getProperty(name).orElseThrow();
        return Instant.from(date.getDate());
    }

    /** RFC 5545 3.1: CRLF after every line, none longer than 75 octets. */
    private static void assertFoldedWithCrlf(String text) {
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text).contains("\r\n ");
    }
}
