package io.panelist.web.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.recruiting.RecruiterWebTest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A week that Ana has already filled: her weekly limit is set through the availability API, and Chloe's second round
 * takes her one interview of the week after next (a week the demo leaves empty), so that booking Mateo in it goes
 * past her limit.
 */
abstract class LoadLimitWebTest extends RecruiterWebTest {
    static final String AUDITED = "SELECT count(*) FROM audit_events WHERE action = 'interview.load-limit-overridden'";
    /** The Monday of the week after next, in UTC (Ana's zone here). */
    final LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);

    /** Limits Ana to {@code limit} interviews a week, in UTC, with the default weekly hours. */
    void limitAnaPerWeek(String ana, int limit) {
        Answer saved = api.call("PUT", "/api/v1/interviewers/" + ana + "/availability").ifMatchCurrent()
                .token(recruiterToken())
                .json(Map.of("timeZone", "UTC", "weekly", List.of(), "exceptions", List.of(), "weeklyLimit", limit))
                .send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    /** Books Chloe's second round with Ana alone on the panel, at {@code time} on {@code monday} (UTC). */
    void fillAnasWeek(String ana, LocalTime time) {
        JsonNode chloe = applicationOf("Chloe Martin");
        JsonNode stage = api.get("/api/v1/plans/" + chloe.get("planId").asText(), recruiterToken()).json()
                .get("stages").get(1);
        Instant start = at(time);
        Answer booked = api.post("/api/v1/interviews", recruiterToken(), Map.of(
                "applicationId", chloe.get("id").asText(), "stageId", stage.get("id").asText(),
                "startsAt", start.toString(), "endsAt", start.plusSeconds(stage.get("minutes").asLong() * 60).toString(),
                "timeZone", "UTC", "panelistIds", List.of(ana)));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    }

    Instant at(LocalTime time) {
        return monday.atTime(time).toInstant(ZoneOffset.UTC);
    }

    /** What the page says of Ana at a weekly limit of 1 that week. */
    String anaAtHerLimit(String others) {
        return "Ana Interviewer already has 1 " + others + "interview in the week of "
                + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH).format(monday)
                + "; their weekly limit is 1.";
    }
}
