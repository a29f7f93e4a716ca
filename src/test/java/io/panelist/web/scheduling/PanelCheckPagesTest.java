package io.panelist.web.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.recruiting.TimeWording;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /applications/{id}/schedule/panel}: the piece of the scheduling form that says, while the panel and the time
 * are picked, whether each panelist is free then, and if not why: already in an interview (which one, linked), on time
 * away (not why), outside their working hours, or past a load limit; and whether the candidate has an interview then.
 * It books nothing; bad input is a 400 piece naming it; only recruiters and administrators may ask.
 */
class PanelCheckPagesTest extends LoadLimitWebTest {
    private String path;
    private String ana;

    @BeforeEach
    void mateo() {
        path = "/applications/" + applicationOf("Mateo García").get("id").asText() + "/schedule";
        ana = userId("ana@example.com");
    }

    @Test
    void aPanelistInAnotherInterviewThenIsShownWithItAndOneWithNothingElseIsFree() {
        JsonNode chloesScreen = screenOf("Chloe Martin");
        JsonNode mateosScreen = screenOf("Mateo García");
        String morgan = userId("manager@example.com");
        BrowserSession recruiter = signIn(RECRUITER);
        long before = count("SELECT count(*) FROM interviews");

        Answer busy = check(recruiter, instant(chloesScreen, "startsAt"), "45", ana, morgan);
        Answer free = check(recruiter, at(LocalTime.of(10, 0)), "45", ana);
        Answer candidate = check(recruiter, instant(mateosScreen, "startsAt"), "30", morgan);

        assertThat(busy.status()).as(busy.toString()).isEqualTo(200);
        assertThat(busy.text()).doesNotContain("<html", "<header").contains("of 2 free", "Ana Interviewer",
                "already booked", "with Chloe Martin", TimeWording.range(instant(chloesScreen, "startsAt"),
                        instant(chloesScreen, "endsAt"), ZoneOffset.UTC),
                "href=\"/interviews/" + chloesScreen.get("id").asText() + "\"", "Morgan Manager");
        assertThat(free.status()).isEqualTo(200);
        assertThat(free.text()).contains("Ana Interviewer", ">free<", ">Free<").doesNotContain("already booked");
        assertThat(candidate.text()).contains("The candidate already has an interview then: "
                + escape(mateosScreen.get("stageName").asText()) + " with Mateo García");
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(before);
    }

    @Test
    void timeAwayOutsideHoursAndALoadLimitAreSaidWithoutTheReasonForTheTimeAway() {
        saveAnasAvailability(Map.of("timeZone", "UTC", "weekly", List.of(), "weeklyLimit", 1, "exceptions",
                List.of(Map.of("from", at(LocalTime.of(13, 0)).toString(), "to", at(LocalTime.of(15, 0)).toString(),
                        "reason", "Dentist appointment"))));
        fillAnasWeek(ana, LocalTime.of(9, 0));
        BrowserSession recruiter = signIn(RECRUITER);

        Answer away = check(recruiter, at(LocalTime.of(14, 30)), "45", ana);
        Answer evening = check(recruiter, at(LocalTime.of(19, 0)), "45", ana);

        assertThat(away.status()).as(away.toString()).isEqualTo(200);
        assertThat(away.text()).contains("Not free", "on time away", "On time away then.", anaAtHerLimit(""))
                .doesNotContain("Dentist", "Outside their working hours");
        assertThat(evening.text()).contains("outside working hours", "Outside their working hours.",
                anaAtHerLimit("")).doesNotContain("On time away");
    }

    @Test
    void untilAPanelAndATimeArePickedItSaysWhatToPick() {
        BrowserSession recruiter = signIn(RECRUITER);

        Answer noPanel = recruiter.send("GET", path + "/panel?date=2030-01-07&time=10:00&timeZone=UTC&minutes=45",
                null, null, HTMX);
        Answer noTime = recruiter.send("GET", path + "/panel?date=2030-01-07&time=&timeZone=UTC&minutes=45"
                + "&panelistIds=" + ana, null, null, HTMX);

        assertThat(noPanel.status()).isEqualTo(200);
        assertThat(noPanel.text()).contains(PanelChecks.PICK_PANEL);
        assertThat(noTime.status()).isEqualTo(200);
        assertThat(noTime.text()).contains(PanelChecks.PICK_TIME);
    }

    @Test
    void badInputIsA400PieceNamingIt() {
        BrowserSession recruiter = signIn(RECRUITER);
        String panel = "&timeZone=UTC&panelistIds=" + ana;

        Answer badDay = recruiter.send("GET", path + "/panel?date=31/12/2030&time=10:00&minutes=45" + panel, null,
                null, HTMX);
        Answer backwards = recruiter.send("GET", path + "/panel?date=2030-01-07&time=10:00&minutes=-30" + panel,
                null, null, HTMX);
        Answer tooLong = recruiter.send("GET", path + "/panel?date=2030-01-07&time=10:00&minutes=600" + panel,
                null, null, HTMX);
        Answer notAPerson = recruiter.send("GET", path + "/panel?date=2030-01-07&time=10:00&minutes=45"
                + "&timeZone=UTC&panelistIds=ana", null, null, HTMX);
        Answer badZone = recruiter.send("GET", path + "/panel?date=2030-01-07&time=10:00&minutes=45"
                + "&timeZone=Mars/Olympus_Mons&panelistIds=" + ana, null, null, HTMX);

        assertThat(List.of(badDay, backwards, tooLong, notAPerson, badZone)).extracting(Answer::status)
                .containsOnly(400);
        assertThat(badDay.text()).doesNotContain("<html").contains("role=\"alert\"", "Enter the day as a date");
        assertThat(backwards.text()).contains("The interview must end after it starts");
        assertThat(tooLong.text()).contains("at most 8 hours");
        assertThat(notAPerson.text()).contains("Choose the panel from the list.");
        assertThat(badZone.text()).contains("Choose a time zone from the list.");
    }

    @Test
    void onlyRecruitersAndAdministratorsMayAskAndAnUnknownApplicationIsNotFound() {
        Instant start = at(LocalTime.of(10, 0));

        Answer interviewer = check(signIn("ana@example.com"), start, "45", ana);
        Answer manager = check(signIn("manager@example.com"), start, "45", ana);
        Answer admin = check(signIn("admin@example.com"), start, "45", ana);
        Answer unknown = signIn(RECRUITER).send("GET", "/applications/" + UUID.randomUUID()
                + "/schedule/panel?date=2030-01-07&time=10:00&timeZone=UTC&minutes=45&panelistIds=" + ana, null, null,
                HTMX);

        assertThat(interviewer.status()).isEqualTo(403);
        assertThat(interviewer.text()).doesNotContain(">Free<", "already booked");
        assertThat(manager.status()).isEqualTo(403);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.text()).contains(">Free<");
        assertThat(unknown.status()).isEqualTo(404);
    }

    private static final Map<String, String> HTMX = Map.of("HX-Request", "true", "Accept", "text/html");

    /** What the form asks when the day and time (UTC), the length and the panel are picked. */
    private Answer check(BrowserSession browser, Instant start, String minutes, String... panel) {
        StringBuilder query = new StringBuilder("?date=" + start.atZone(ZoneOffset.UTC).toLocalDate() + "&time="
                + TimeWording.time(start, ZoneOffset.UTC) + "&timeZone=UTC&minutes=" + minutes);
        for (String id : panel) {
            query.append("&panelistIds=").append(id);
        }
        return browser.send("GET", path + "/panel" + query, null, null, HTMX);
    }

    private void saveAnasAvailability(Map<String, Object> body) {
        Answer saved = api.call("PUT", "/api/v1/interviewers/" + ana + "/availability").ifMatchCurrent()
                .token(recruiterToken()).json(body).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }
}
