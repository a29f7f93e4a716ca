package io.panelist.web.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.recruiting.RecruiterWebTest;
import io.panelist.web.recruiting.TimeWording;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /interviewers/{id}/week}: seven days of one person's interviews, in the reader's time zone. */
class InterviewerWeekPageTest extends RecruiterWebTest {

    @Test
    void theRecruiterSeesAnasWeekFromAGivenDayWithLinksToTheWeeksAround() {
        String ana = userId("ana@example.com");
        JsonNode mateo = screenOf("Mateo García");
        JsonNode chloe = screenOf("Chloe Martin");
        // the day of the earlier screen, not today: the demo's screen in progress began yesterday until 00:10 UTC
        LocalDate firstDay = java.util.stream.Stream.of(mateo, chloe)
                .map(screen -> instant(screen, "startsAt").atZone(ZoneOffset.UTC).toLocalDate())
                .min(LocalDate::compareTo).orElseThrow();

        Answer week = signIn(RECRUITER).page("/interviewers/" + ana + "/week?from=" + firstDay);

        assertThat(week.status()).isEqualTo(200);
        assertThat(week.text()).contains("Ana Interviewer</span>’s week", "<span>UTC</span>",
                "Mateo García", "Chloe Martin",
                TimeWording.time(instant(mateo, "startsAt"), ZoneOffset.UTC) + "–"
                        + TimeWording.time(instant(mateo, "endsAt"), ZoneOffset.UTC),
                "href=\"/interviews/" + mateo.get("id").asText() + "\"",
                "href=\"/interviewers/" + ana + "/week?from=" + firstDay.minusDays(7) + "\"",
                "href=\"/interviewers/" + ana + "/week?from=" + firstDay.plusDays(7) + "\"",
                "2 interviews held or to come.");
        assertThat(week.text().split("class=\"week-day").length - 1).isEqualTo(7);
    }

    @Test
    void timesAreWrittenInTheReadersOwnTimeZoneAndTheDefaultWeekStartsOnMonday() {
        String ana = userId("ana@example.com");
        String token = recruiterToken();
        JsonNode me = api.get("/api/v1/me", token).json();
        assertThat(api.put("/api/v1/me", token, Map.of("displayName", me.get("displayName").asText(),
                "timeZone", "Asia/Tokyo")).status()).isEqualTo(200);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        JsonNode mateo = screenOf("Mateo García");
        LocalDate day = instant(mateo, "startsAt").atZone(tokyo).toLocalDate();

        Answer week = signIn(RECRUITER).page("/interviewers/" + ana + "/week?from=" + day);
        Answer thisWeek = signIn(RECRUITER).page("/interviewers/" + ana + "/week");

        assertThat(week.text()).contains("<span>Asia/Tokyo</span>",
                TimeWording.time(instant(mateo, "startsAt"), tokyo) + "–" + TimeWording.time(instant(mateo, "endsAt"), tokyo));
        LocalDate monday = LocalDate.now(tokyo).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(thisWeek.text()).contains(TimeWording.day(monday) + " – " + TimeWording.day(monday.plusDays(6)));
    }

    @Test
    void anInterviewerSeesOnlyTheirOwnWeekAndBadInputIsRefusedInPlainWords() {
        BrowserSession ana = signIn("ana@example.com");
        String anaId = userId("ana@example.com");
        String benId = userId("ben@example.com");

        Answer own = ana.page("/interviewers/" + anaId + "/week");
        Answer bens = ana.page("/interviewers/" + benId + "/week");
        Answer unknown = signIn(RECRUITER).page("/interviewers/" + UUID.randomUUID() + "/week");
        Answer garbled = signIn(RECRUITER).page("/interviewers/" + anaId + "/week?from=next-tuesday");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text()).contains("Ana Interviewer</span>’s week", "/scorecard\"");
        assertThat(bens.status()).isEqualTo(403);
        assertThat(bens.text()).contains("Only recruiters and administrators see another person");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.text()).contains("must be a date such as");
    }
}
