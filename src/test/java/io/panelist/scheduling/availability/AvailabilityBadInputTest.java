package io.panelist.scheduling.availability;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.panelist.scheduling.availability.AvailabilityBodies.away;
import static io.panelist.scheduling.availability.AvailabilityBodies.fullWith;
import static io.panelist.scheduling.availability.AvailabilityBodies.range;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad availability is a 400 problem that names the field, and writes nothing at all. */
class AvailabilityBadInputTest extends IntegrationTest {
    static final String MINE = AvailabilityApiTest.MINE;
    @Inject
    TestUsers users;
    String ana;

    @BeforeEach
    void ana() {
        users.create("ana@example.com", Role.INTERVIEWER);
        ana = api.login("ana@example.com", TestUsers.PASSWORD);
    }

    @Test
    void aRangeThatEndsBeforeOrAtItsStart() {
        refused(weekly(range("MONDAY", "09:00", "12:00"), range("MONDAY", "14:00", "13:00")), "weekly[1].to");
        refused(weekly(range("TUESDAY", "10:00", "10:00")), "weekly[0].to");
        refused(weekly(range("TUESDAY", "10:00", "00:00")), "weekly[0].to");
    }

    @Test
    void twoRangesOfOneDayThatOverlap() {
        refused(weekly(range("MONDAY", "09:00", "12:00"), range("MONDAY", "11:30", "13:00")), "weekly[1].from");
        refused(weekly(range("FRIDAY", "13:00", "14:00"), range("FRIDAY", "08:00", "18:00")), "weekly[1].from");
        refused(weekly(range("MONDAY", "08:00", "18:00"), range("TUESDAY", "09:00", "10:00"),
                range("MONDAY", "10:00", "11:00")), "weekly[2].from");
    }

    @Test
    void rangesBackToBackOrOnOtherDaysAreFine() {
        Answer fine = put(weekly(range("MONDAY", "09:00", "12:00"), range("MONDAY", "12:00", "13:00"),
                range("TUESDAY", "09:00", "12:00"), range("SUNDAY", "00:00", "24:00")));

        assertThat(fine.status()).as(fine.toString()).isEqualTo(200);
        assertThat(fine.json().get("weekly")).hasSize(4);
    }

    @Test
    void aDayThatDoesNotExist() {
        refused(weekly(range("FUNDAY", "09:00", "12:00")), "weekly[0].day");
        refused(weekly(range("monday", "09:00", "12:00")), "weekly[0].day");
    }

    @Test
    void aTimeThatIsNotHoursAndMinutes() {
        for (String time : List.of("9:00", "25:00", "12:60", "noon", "09:00:00", "", "24:00")) {
            refused(weekly(range("MONDAY", time, "23:00")), "weekly[0].from");
        }
        for (String time : List.of("17", "24:01", "17h00")) {
            refused(weekly(range("MONDAY", "09:00", time)), "weekly[0].to");
        }
    }

    @Test
    void anExceptionThatDoesNotEndAfterItStarts() {
        refused(fullWith("exceptions", List.of(away("2031-07-06T10:00:00Z", "2031-07-06T10:00:00Z", "Dentist"))),
                "exceptions[0].to");
        refused(fullWith("exceptions", List.of(away("2031-07-06T10:00:00Z", "2031-07-13T10:00:00Z", "Holiday"),
                away("2031-07-06T12:30:00+02:00", "2031-07-06T10:30:00Z", "Dentist"))), "exceptions[1].to");
        refused(fullWith("exceptions", List.of(away("0001-01-01T00:00:00Z", "2031-07-06T10:00:00Z", "Ever"))),
                "exceptions[0].from");
    }

    @Test
    void limitsAndBufferOutsideTheirRanges() {
        refused(fullWith("dailyLimit", 0), "dailyLimit");
        refused(fullWith("dailyLimit", 13), "dailyLimit");
        refused(fullWith("weeklyLimit", 0), "weeklyLimit");
        refused(fullWith("weeklyLimit", 41), "weeklyLimit");
        refused(fullWith("bufferMinutes", -1), "bufferMinutes");
        refused(fullWith("bufferMinutes", 241), "bufferMinutes");
    }

    @Test
    void aTimeZoneThatIsNotAnIanaName() {
        for (String zone : List.of("Mars/Olympus", "+02:00", "CEST", "")) {
            refused(fullWith("timeZone", zone), "timeZone");
        }
    }

    @Test
    void moreThanFiftyRangesOrTwoHundredExceptions() {
        refused(fullWith("weekly", AvailabilityBodies.ranges(51)), "weekly");
        refused(fullWith("exceptions", AvailabilityBodies.days(201)), "exceptions");
        assertThat(put(fullWith("weekly", AvailabilityBodies.ranges(50))).status()).isEqualTo(200);
    }

    @Test
    void missingListsAndEveryProblemAtOnce() {
        refused(fullWith("weekly", null), "weekly");
        refused(fullWith("exceptions", null), "exceptions");
        Map<String, Object> body = fullWith("weekly", List.of(range("FUNDAY", "9", "10:00"),
                range("MONDAY", "11:00", "10:00")));
        body.put("bufferMinutes", 999);

        Answer answer = refused(body, "weekly[0].day");

        assertThat(fields(answer)).contains("weekly[0].from", "weekly[1].to", "bufferMinutes");
    }

    private Answer refused(Map<String, Object> body, String field) {
        Answer answer = put(body);
        assertThat(answer.status()).as(body + " -> " + answer).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(fields(answer)).as(answer.toString()).contains(field);
        assertThat(count("SELECT count(*) FROM interviewer_availability")).as("nothing written").isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action <> 'user.created'")).as("nothing audited")
                .isZero();
        assertThat(count("SELECT count(*) FROM users WHERE weekly_interview_limit IS NOT NULL")).isZero();
        return answer;
    }

    private Answer put(Map<String, Object> body) {
        return api.call("PUT", MINE).ifMatchCurrent().token(ana).json(body).send();
    }

    private static Map<String, Object> weekly(Map<String, Object>... ranges) {
        return fullWith("weekly", List.of(ranges));
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : answer.json().path("errors")) {
            fields.add(error.get("field").asText());
        }
        return fields;
    }
}
