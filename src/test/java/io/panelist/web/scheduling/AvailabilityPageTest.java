package io.panelist.web.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.recruiting.RecruiterWebTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The availability form at {@code /me/availability} and {@code /interviewers/{id}/availability}: saved and read back,
 * problems next to their fields with nothing saved, rows added and removed without saving, a forged token refused.
 */
class AvailabilityPageTest extends RecruiterWebTest {
    static final String MINE = "/me/availability";

    @Test
    void anInterviewerSavesHerAvailabilityAndReadsItBack() {
        BrowserSession ana = signIn("ana@example.com");
        Answer page = ana.page(MINE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("href=\"/me/availability\">Availability</a>", "id=\"default-hours\"",
                "<legend>Monday</legend>", "<legend>Sunday</legend>", "value=\"17:00\"",
                "name=\"version\" value=\"0\"");

        Answer saved = post(ana, MINE, week(BrowserSession.formToken(page.text()), "0"), false);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/me/availability?saved");
        JsonNode stored = api.get("/api/v1/me/availability", api.login("ana@example.com", DEMO_PASSWORD)).json();
        assertThat(stored.get("weekly")).extracting(r -> r.get("day").asText() + " " + r.get("from").asText() + "-"
                + r.get("to").asText()).containsExactly("MONDAY 09:00-12:00", "MONDAY 13:00-24:00",
                "WEDNESDAY 10:00-16:00");
        assertThat(stored.get("exceptions").get(0).get("from").asText()).as("Berlin in July is UTC+2")
                .isEqualTo("2031-07-06T22:00:00Z");
        assertThat(stored.get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(stored.get("dailyLimit").asInt()).isEqualTo(2);
        assertThat(stored.get("weeklyLimit").asInt()).isEqualTo(6);
        assertThat(stored.get("bufferMinutes").asInt()).isEqualTo(15);
        Answer after = ana.page("/me/availability?saved");
        assertThat(after.text()).contains("Saved.", "value=\"13:00\"", "value=\"00:00\"", "value=\"2031-07-07T00:00\"",
                "value=\"Holiday\"", "value=\"Europe/Berlin\"").doesNotContain("id=\"default-hours\"");
    }

    @Test
    void problemsAreShownNextToTheirFieldsAndNothingIsSaved() {
        BrowserSession ana = signIn("ana@example.com");
        String token = token(ana, MINE);

        Answer refused = post(ana, MINE, fields("csrfToken", token, "version", "0", "timeZone", "Mars/Base",
                "day", "MONDAY", "from", "09:00", "to", "12:00",
                "day", "MONDAY", "from", "11:00", "to", "13:00",
                "day", "TUESDAY", "from", "", "to", "",
                "day", "FRIDAY", "from", "15:00", "to", "14:00",
                "awayFrom", "2031-07-07T12:00", "awayTo", "2031-07-07T09:00", "awayReason", "",
                "dailyLimit", "many", "weeklyLimit", "41", "bufferMinutes", "15"), false);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Nothing was saved. Fix the fields marked below",
                "id=\"availability-weekly-1-from-error\"", "From: overlaps MONDAY 09:00-12:00",
                "id=\"availability-weekly-3-to-error\"", "To: must be after from (15:00)",
                "id=\"availability-away-0-to-error\"", "Until: must be after from",
                "id=\"availability-dailyLimit-error\"", "must be a whole number from 1 to 12",
                "id=\"availability-weeklyLimit-error\"", "id=\"availability-timeZone-error\"",
                "href=\"#availability-weekly-3-to\"", "aria-invalid=\"true\"", "value=\"Mars/Base\"", "value=\"many\"");
        assertThat(count("SELECT count(*) FROM interviewer_availability")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'availability.changed'")).isZero();
    }

    @Test
    void addingAndRemovingRowsOnlyRedrawsTheForm() {
        BrowserSession ana = signIn("ana@example.com");
        String token = token(ana, MINE);
        List<Map.Entry<String, String>> form = fields("csrfToken", token, "version", "0", "timeZone", "UTC",
                "day", "MONDAY", "from", "09:00", "to", "17:00", "day", "TUESDAY", "from", "10:00", "to", "11:00");

        Answer added = post(ana, MINE, with(form, "add", "FRIDAY"), false);
        Answer removed = post(ana, MINE, with(form, "remove", "weekly-0"), false);
        Answer away = post(ana, MINE, with(form, "add", "away"), false);

        assertThat(added.status()).isEqualTo(200);
        assertThat(occurrences(added.text(), "name=\"from\"")).isEqualTo(3);
        assertThat(added.text())
                .containsPattern("id=\"availability-weekly-2-from\" value=\"\"[^>]*data-autofocus=\"true\"");
        assertThat(occurrences(removed.text(), "name=\"from\"")).isEqualTo(1);
        assertThat(removed.text()).doesNotContain("value=\"09:00\"").contains("value=\"10:00\"");
        assertThat(away.text()).contains("id=\"availability-away-0-from\"", "<legend>Time away 1</legend>");
        assertThat(count("SELECT count(*) FROM interviewer_availability")).isZero();
    }

    @Test
    void aRecruiterEditsAnInterviewersAvailabilityReachedFromTheirWeek() {
        String anaId = userId("ana@example.com");
        String path = "/interviewers/" + anaId + "/availability";
        BrowserSession rita = signIn(RECRUITER);
        assertThat(rita.page("/interviewers/" + anaId + "/week").text()).contains("href=\"" + path + "\"");
        Answer page = rita.page(path);
        assertThat(page.text()).contains("Ana Interviewer’s availability", "action=\"" + path + "\"");

        Answer saved = post(rita, path, week(BrowserSession.formToken(page.text()), "0"), false);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo(path + "?saved");
        assertThat(api.get("/api/v1/me/availability", api.login("ana@example.com", DEMO_PASSWORD)).json()
                .get("weekly")).hasSize(3);
        assertThat(count("SELECT count(*) FROM audit_events a JOIN users u ON u.id = a.actor_id WHERE a.action = "
                + "'availability.changed' AND u.email = '" + RECRUITER + "'")).isEqualTo(1);
        assertThat(signIn("ana@example.com").page("/interviewers/" + anaId + "/week").text())
                .as("her own week links to her own page")
                .contains("<a id=\"availability-link\" href=\"/me/availability\">");
    }

    @Test
    void aForgedTokenAStaleVersionOrSomeoneElsesPageChangesNothing() {
        BrowserSession ana = signIn("ana@example.com");
        String token = token(ana, MINE);
        String benPage = "/interviewers/" + userId("ben@example.com") + "/availability";

        Answer forged = post(ana, MINE, week("forged", "0"), false);
        Answer stale = post(ana, MINE, week(token, "7"), false);
        Answer otherPage = ana.page(benPage);
        Answer otherPost = post(ana, benPage, week(token, "0"), false);

        assertThat(forged.status()).isEqualTo(403);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text()).contains("Someone else changed this availability", "value=\"Holiday\"");
        assertThat(otherPage.status()).isEqualTo(403);
        assertThat(otherPost.status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM interviewer_availability")).isZero();
        assertThat(count("SELECT count(*) FROM users WHERE weekly_interview_limit IS NOT NULL")).isZero();
    }

    /** Mornings and afternoons on Monday (the afternoon until midnight), Wednesday's middle, a week in July. */
    private static List<Map.Entry<String, String>> week(String token, String version) {
        return fields("csrfToken", token, "version", version, "timeZone", "Europe/Berlin",
                "day", "MONDAY", "from", "09:00", "to", "12:00",
                "day", "MONDAY", "from", "13:00", "to", "00:00",
                "day", "WEDNESDAY", "from", "10:00", "to", "16:00",
                "day", "SATURDAY", "from", "", "to", "",
                "awayFrom", "2031-07-07T00:00", "awayTo", "2031-07-14T00:00", "awayReason", "Holiday",
                "dailyLimit", "2", "weeklyLimit", "6", "bufferMinutes", "15");
    }

    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> form, String name,
                                                        String value) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(form);
        fields.add(Map.entry(name, value));
        return fields;
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
