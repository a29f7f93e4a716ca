package io.panelist.web.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.recruiting.RecruiterWebTest;
import io.panelist.web.recruiting.TimeWording;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /applications/{id}/schedule}: the form offers the pinned plan's stages, the people who can interview and the
 * time zones; a double booking names who is busy and when and keeps the input; a booking shows its invite.
 */
class SchedulePagesTest extends RecruiterWebTest {
    private static final Pattern INVITE = Pattern.compile("href=\"(/api/v1/interviews/([0-9a-f-]{36})/invite\\.ics)\"");
    private String path;
    private JsonNode plan;
    private JsonNode chloesScreen;
    private String ana;

    @BeforeEach
    void mateosSecondRound() {
        JsonNode mateo = applicationOf("Mateo García");
        path = "/applications/" + mateo.get("id").asText() + "/schedule";
        plan = api.get("/api/v1/plans/" + mateo.get("planId").asText(), recruiterToken()).json();
        chloesScreen = screenOf("Chloe Martin");
        ana = userId("ana@example.com");
    }

    @Test
    void theFormOffersThePlansStagesThePanelAndTheZonesWithTheNextStageAndTheRecruitersZone() {
        Answer form = signIn(RECRUITER).page(path);

        assertThat(form.status()).isEqualTo(200);
        JsonNode next = plan.get("stages").get(1);
        plan.get("stages").forEach(stage -> assertThat(form.text()).contains(escape(stage.get("name").asText())));
        assertThat(form.text())
                .containsPattern("<option value=\"" + next.get("id").asText() + "\"[^>]*selected=\"selected\"")
                .containsPattern("id=\"slot-minutes\"[^>]*value=\"" + next.get("minutes").asInt() + "\"");
        assertThat(form.text()).contains("<option value=\"UTC\" selected=\"selected\">UTC</option>",
                "<option value=\"Europe/Berlin\">",
                "value=\"" + LocalDate.now(ZoneOffset.UTC).plusDays(1) + "\"", "Ana Interviewer", "Ben Interviewer",
                "Morgan Manager", "href=\"/interviewers/" + ana + "/week?from=", "hx-post=\"" + path + "\"",
                "Rounds so far", "Phone screen").doesNotContain("US/Pacific");
        String panel = form.text().substring(form.text().indexOf("class=\"panel-picker\""));
        assertThat(panel).doesNotContain("Riley Recruiter", "Avery Admin");
    }

    @Test
    void aDoubleBookingSaysWhoIsBusyAndWhenKeepsEverythingTypedAndBooksNothing() {
        BrowserSession recruiter = signIn(RECRUITER);
        Instant start = instant(chloesScreen, "startsAt");
        long before = count("SELECT count(*) FROM interviews");

        Answer clash = post(recruiter, path, slot(start, "60", "Room 7", ana), true);

        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.text()).doesNotContain("<html", "<header")
                .contains("Someone is busy at that time",
                        "<strong>Ana Interviewer</strong> is already in an interview on",
                        TimeWording.range(start, instant(chloesScreen, "endsAt"), ZoneOffset.UTC) + " (UTC)",
                        "href=\"/interviews/" + chloesScreen.get("id").asText() + "\"",
                        "Double booking: nothing was booked",
                        "value=\"Room 7\"", "value=\"" + TimeWording.time(start, ZoneOffset.UTC) + "\"", "busy then");
        assertThat(clash.text()).containsPattern("value=\"" + ana + "\"[^>]*checked=\"checked\"");
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(before);
    }

    @Test
    void aBookingShowsTheInterviewAndItsInviteWhichIsACalendarFile() {
        BrowserSession recruiter = signIn(RECRUITER);
        Instant start = instant(chloesScreen, "startsAt").plusSeconds(3 * 3600);

        Answer booked = post(recruiter, path, slot(start, "60", "Room 7", ana), true);

        assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
        assertThat(booked.text()).contains("Booked:", "Mateo García", escape(plan.get("stages").get(1).get("name")
                .asText()), TimeWording.range(start, start.plusSeconds(3600), ZoneOffset.UTC), "Room 7", "Ana Interviewer",
                "Download the invite (.ics)");
        Matcher invite = INVITE.matcher(booked.text());
        assertThat(invite.find()).isTrue();
        assertThat(count("SELECT count(*) FROM interviews WHERE id = '" + invite.group(2)
                + "' AND location = 'Room 7'"))
                .isEqualTo(1);
        Answer ics = recruiter.send("GET", invite.group(1), null, null, Map.of());
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.text().replace("\r\n ", "")).contains("BEGIN:VCALENDAR", "Mateo García", "Room 7");
    }

    @Test
    void aBookingListsTheNewRoundBesideTheFormAndOffersTheNextRoundWithFreshSuggestions() {
        BrowserSession recruiter = signIn(RECRUITER);
        Instant start = instant(chloesScreen, "startsAt").plusSeconds(3 * 3600);
        String roundsBefore = rounds(recruiter.page(path).text());

        Answer booked = post(recruiter, path, slot(start, "60", "Room 7", ana), true);

        assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
        String roundsAfter = rounds(booked.text());
        assertThat(roundsAfter).contains("hx-swap-oob=\"true\"", "Rounds so far").doesNotContain("None yet");
        assertThat(roundsAfter.split("<li").length).isEqualTo(roundsBefore.split("<li").length + 1);
        assertThat(booked.text()).contains("Booked:", "Schedule another round", "id=\"finder\"",
                "id=\"suggestions\"", "id=\"slot-form\"", "id=\"panel-check\"");
    }

    /** The "Rounds so far" aside of a page or of an htmx answer. */
    private static String rounds(String html) {
        int from = html.indexOf("<aside");
        assertThat(from).as("a rounds aside in " + html).isNotNegative();
        return html.substring(from, html.indexOf("</aside>", from));
    }

    @Test
    void aPlainFormPostWorksWithoutScriptsAndAPanelPastItsLimitIsRefused() {
        limitAnaToOneInterviewAWeek();
        BrowserSession recruiter = signIn(RECRUITER);
        Instant start = instant(chloesScreen, "startsAt").plusSeconds(2 * 3600);
        List<Map.Entry<String, String>> fields = slot(start, "45", "https://meet.example.com/mateo-2", ana);
        fields.add(Map.entry("csrfToken", token(recruiter, path)));
        long before = count("SELECT count(*) FROM interviews");

        Answer refused = post(recruiter, path, fields, false);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.text()).contains("<html", "At a load limit", "Nothing was booked",
                "their weekly limit is 1.", "Book anyway");
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(before);
    }

    @Test
    void anEndBeforeTheStartAnEmptyPanelOrABadDayAreRefusedInPlainWordsAndBookNothing() {
        BrowserSession recruiter = signIn(RECRUITER);
        Instant start = instant(chloesScreen, "startsAt").plusSeconds(3 * 3600);
        long before = count("SELECT count(*) FROM interviews");

        Answer backwards = post(recruiter, path, slot(start, "-30", "Room 7", ana), true);
        Answer nobody = post(recruiter, path, slot(start, "60", "Room 7"), true);
        List<Map.Entry<String, String>> badDay = slot(start, "60", "Room 7", ana);
        badDay.set(1, Map.entry("date", "31/12/2026"));
        badDay.set(3, Map.entry("timeZone", "Mars/Olympus_Mons"));
        Answer garbled = post(recruiter, path, badDay, true);

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text()).contains("The interview must end after it starts", "value=\"-30\"");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.text()).contains("Choose at least one panelist");
        assertThat(garbled.status()).isEqualTo(422);
        assertThat(garbled.text()).contains("Enter the day as a date", "Choose a time zone from the list.",
                "value=\"31/12/2026\"");
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(before);
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() {
        BrowserSession recruiter = signIn(RECRUITER);
        Instant start = instant(chloesScreen, "startsAt").plusSeconds(3 * 3600);
        long before = count("SELECT count(*) FROM interviews");
        String body = "stageId=" + plan.get("stages").get(1).get("id").asText();

        Answer htmxWithoutHeader = recruiter.send("POST", path, body, FORM, Map.of("HX-Request", "true",
                "Accept", "text/html"));
        Answer formWithoutField = post(recruiter, path, slot(start, "60", "Room 7", ana), false);

        assertThat(htmxWithoutHeader.status()).isEqualTo(403);
        assertThat(formWithoutField.status()).isEqualTo(403);
        assertThat(formWithoutField.text()).contains("did not come from a Panelist page");
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(before);
    }

    @Test
    void interviewersAreRefusedAndAnUnknownApplicationIsNotFound() {
        BrowserSession anaBrowser = signIn("ana@example.com");
        long before = count("SELECT count(*) FROM interviews");

        Answer page = anaBrowser.page(path);
        Answer booking = post(anaBrowser, path, slot(Instant.now().plusSeconds(86_400 * 5), "60", "Room", ana), true);

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.text()).contains("Not yours to see");
        assertThat(booking.status()).isEqualTo(403);
        assertThat(signIn(RECRUITER).page("/applications/" + UUID.randomUUID() + "/schedule").status()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(before);
    }

    /** The form's fields for Mateo's second stage at {@code start} (UTC), with the given panel. */
    private List<Map.Entry<String, String>> slot(Instant start, String minutes, String location, String... panel) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(fields(
                "stageId", plan.get("stages").get(1).get("id").asText(),
                "date", start.atZone(ZoneOffset.UTC).toLocalDate().toString(),
                "time", TimeWording.time(start, ZoneOffset.UTC), "timeZone", "UTC", "minutes", minutes,
                "location", location));
        for (String id : panel) {
            fields.add(Map.entry("panelistIds", id));
        }
        return fields;
    }

    private void limitAnaToOneInterviewAWeek() {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        Answer user = api.get("/api/v1/users/" + ana, admin);
        JsonNode json = user.json();
        Answer updated = api.call("PUT", "/api/v1/users/" + ana).token(admin).header("If-Match", user.header("ETag"))
                .json(Map.of("email", json.get("email").asText(), "displayName", json.get("displayName").asText(),
                        "roles", List.of("INTERVIEWER"), "active", true, "timeZone", "UTC", "weeklyInterviewLimit", 1))
                .send();
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    }
}
