package io.panelist.web.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.recruiting.RecruiterWebTest;
import io.panelist.web.recruiting.TimeWording;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /interviews/{id}}: the recruiter's interview page, rescheduling by the booking rules, and cancelling. */
class InterviewPagesTest extends RecruiterWebTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private JsonNode chloe;
    private String page;

    @BeforeEach
    void chloesScreen() {
        chloe = screenOf("Chloe Martin");
        page = "/interviews/" + chloe.get("id").asText();
    }

    @Test
    void thePageShowsTheDetailsThePanelTheStatusTheInviteAndAFormFilledAsBooked() {
        Instant start = instant(chloe, "startsAt");

        Answer answer = signIn(RECRUITER).page(page);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).contains("Chloe Martin", "Backend Engineer (Flask)", "Phone screen",
                TimeWording.range(start, instant(chloe, "endsAt"), ZoneOffset.UTC), "(UTC)", "Europe/Berlin",
                "Ana Interviewer", "Ben Interviewer", "Scheduled", "href=\"/api/v1" + page + "/invite.ics\"",
                "href=\"" + page + "/cancel\"", "Reschedule",
                "value=\"" + TimeWording.time(start, BERLIN) + "\"", "hx-post=\"" + page + "/reschedule\"",
                "name=\"version\" value=\"" + chloe.get("version").asLong() + "\"")
                .containsPattern("<option value=\"Europe/Berlin\"[^>]*selected=\"selected\"");
    }

    @Test
    void reschedulingIntoAnotherRoundNamesWhoIsBusyAndChangesNothing() {
        BrowserSession recruiter = signIn(RECRUITER);
        JsonNode mateo = screenOf("Mateo García");

        // Mateo's screen is in progress: twenty minutes after its start is still to come, and overlaps it
        Answer clash = post(recruiter, page + "/reschedule", move(instant(mateo, "startsAt").plusSeconds(20 * 60),
                "30"), true);

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.text()).contains("Someone is busy at that time", "<strong>Ana Interviewer</strong>",
                "<strong>Ben Interviewer</strong>", "href=\"/interviews/" + mateo.get("id").asText() + "\"",
                "value=\"Room 12\"");
        assertThat(count("SELECT count(*) FROM interviews WHERE id = '" + chloe.get("id").asText()
                + "' AND starts_at = '" + chloe.get("startsAt").asText() + "' AND sequence = 0")).isEqualTo(1);
    }

    @Test
    void reschedulingToAFreeTimeMovesItAndRaisesTheInviteRevision() {
        BrowserSession recruiter = signIn(RECRUITER);
        Instant later = instant(chloe, "startsAt").plusSeconds(5 * 3600);

        Answer moved = post(recruiter, page + "/reschedule", move(later, "45"), true);

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.text()).doesNotContain("<html").contains(
                escape("Saved. The panel's invites now carry revision 1"),
                TimeWording.range(later, later.plusSeconds(45 * 60), ZoneOffset.UTC), "Room 12");
        assertThat(count("SELECT count(*) FROM interviews WHERE id = '" + chloe.get("id").asText()
                + "' AND starts_at = '" + later + "' AND location = 'Room 12'")).isEqualTo(1);
    }

    @Test
    void aRescheduleFromAStalePageIsRefusedAndKeepsWhatWasTyped() {
        BrowserSession recruiter = signIn(RECRUITER);
        String token = recruiterToken();
        Answer current = api.get("/api/v1" + page, token);
        Instant elsewhere = instant(chloe, "startsAt").plusSeconds(7 * 3600);
        assertThat(api.call("PATCH", "/api/v1" + page).token(token).header("If-Match", current.header("ETag"))
                .json(Map.of("location", "Room 1")).send().status()).isEqualTo(200);

        Answer stale = post(recruiter, page + "/reschedule", move(elsewhere, "30"), true);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.text()).contains("Someone changed this interview after you opened the page",
                "value=\"Room 12\"");
        assertThat(count("SELECT count(*) FROM interviews WHERE location = 'Room 1'")).isEqualTo(1);
    }

    @Test
    void cancellingAsksForAReasonOnItsOwnPageAndThenCancels() {
        BrowserSession recruiter = signIn(RECRUITER);
        String confirm = recruiter.page(page + "/cancel").text();
        String token = BrowserSession.formToken(confirm);
        String version = chloe.get("version").asText();

        Answer noReason = recruiter.postForm(page + "/cancel", Map.of("reason", "  ", "version", version,
                "csrfToken", token));
        assertThat(count("SELECT count(*) FROM interviews WHERE status = 'CANCELLED'")).isZero();
        Answer cancelled = recruiter.postForm(page + "/cancel", Map.of("reason", "Chloe asked to move it.",
                "version", version, "csrfToken", token));

        assertThat(confirm).contains("Cancel this interview?", "Why is it cancelled?", "Chloe Martin", "Keep it");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text()).contains("Nothing was cancelled: say why");
        assertThat(cancelled.status()).isEqualTo(303);
        assertThat(cancelled.header("Location")).isEqualTo(page);
        assertThat(recruiter.page(page).text()).contains("Cancelled", "Chloe asked to move it.", "No more changes")
                .doesNotContain("id=\"cancel-link\"", "id=\"slot-form\"");
        assertThat(count("SELECT count(*) FROM interviews WHERE status = 'CANCELLED'")).isEqualTo(1);
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused() {
        BrowserSession recruiter = signIn(RECRUITER);

        Answer cancel = recruiter.postForm(page + "/cancel", Map.of("reason", "Forged", "version",
                chloe.get("version").asText()));
        Answer move = recruiter.send("POST", page + "/reschedule", "minutes=30", FORM, Map.of("HX-Request", "true",
                "Accept", "text/html"));

        assertThat(cancel.status()).isEqualTo(403);
        assertThat(move.status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM interviews WHERE status = 'CANCELLED' OR sequence > 0")).isZero();
    }

    @Test
    void interviewersAreRefusedAnUnknownInterviewIsNotFoundAndTheScoringPageStaysTheirs() {
        BrowserSession ana = signIn("ana@example.com");

        assertThat(ana.page(page).status()).isEqualTo(403);
        assertThat(ana.page(page + "/cancel").status()).isEqualTo(403);
        assertThat(ana.page(page + "/scorecard").status()).isEqualTo(200);
        Answer unknown = signIn(RECRUITER).page("/interviews/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("Nothing here");
    }

    /** The reschedule form's fields: a new start (UTC), a length, Room 12, the same panel. */
    private List<Map.Entry<String, String>> move(Instant start, String minutes) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(fields(
                "date", start.atZone(ZoneOffset.UTC).toLocalDate().toString(),
                "time", TimeWording.time(start, ZoneOffset.UTC), "timeZone", "UTC", "minutes", minutes,
                "location", "Room 12", "version", chloe.get("version").asText()));
        chloe.get("panelists").forEach(p -> fields.add(Map.entry("panelistIds", p.get("id").asText())));
        return fields;
    }
}
