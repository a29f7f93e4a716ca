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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking and moving from the pages past a load limit: the refusal says who is at which limit and offers "Book anyway"
 * (or "Save anyway"), which needs a reason, checked on the server, and books with the override, audited with it. Both
 * through htmx and as plain form posts.
 */
class LoadLimitOverridePagesTest extends LoadLimitWebTest {
    private static final String REASON = "Ana agreed to a second interview this week";
    private String mateo;
    private String path;
    private String stageId;
    private String ana;

    @BeforeEach
    void anaHasFilledHerWeek() {
        JsonNode application = applicationOf("Mateo García");
        mateo = application.get("id").asText();
        path = "/applications/" + mateo + "/schedule";
        stageId = api.get("/api/v1/plans/" + application.get("planId").asText(), recruiterToken()).json()
                .get("stages").get(1).get("id").asText();
        ana = userId("ana@example.com");
        limitAnaPerWeek(ana, 1);
        fillAnasWeek(ana, LocalTime.of(9, 0));
    }

    @Test
    void atTheLimitThePageSaysWhoIsAtWhichLimitOffersBookAnywayAndBooksNothing() {
        BrowserSession recruiter = signIn(RECRUITER);
        long before = count("SELECT count(*) FROM interviews");

        Answer refused = post(recruiter, path, slot(at(LocalTime.of(11, 0))), true);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.text()).doesNotContain("<html", "overrideLoadLimit with a reason").contains(
                "At a load limit", anaAtHerLimit(""), "Nothing was booked: that would take the panel past a load limit",
                "Book anyway, past the load limit", "name=\"overrideReason\"",
                "name=\"overrideLoadLimit\" value=\"true\"", "value=\"11:00\"");
        assertThat(refused.text()).containsPattern("value=\"" + ana + "\"[^>]*checked=\"checked\"");
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(before);
    }

    @Test
    void aBlankOrOverlongReasonIsTheReasonFieldsProblemAndBooksNothing() {
        BrowserSession recruiter = signIn(RECRUITER);
        long before = count("SELECT count(*) FROM interviews");

        Answer blank = post(recruiter, path, anyway(slot(at(LocalTime.of(11, 0))), "   "), true);
        List<Map.Entry<String, String>> plain = anyway(slot(at(LocalTime.of(11, 0))), "");
        plain.add(Map.entry("csrfToken", token(recruiter, path)));
        Answer withoutScripts = post(recruiter, path, plain, false);
        Answer overlong = post(recruiter, path, anyway(slot(at(LocalTime.of(11, 0))), "x".repeat(501)), true);

        for (Answer answer : List.of(blank, withoutScripts)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
            assertThat(answer.text()).contains(anaAtHerLimit(""), "id=\"slot-override-reason-problem\"",
                    "Say why it is booked past the limit: the reason is kept in the audit log.")
                    .containsPattern("name=\"overrideReason\"[^>]*aria-invalid=\"true\"");
        }
        assertThat(withoutScripts.text()).contains("<html", "Rounds so far");
        assertThat(overlong.status()).isEqualTo(422);
        assertThat(overlong.text()).contains("Keep the reason to 500 characters.", "x".repeat(501));
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(before);
        assertThat(count(AUDITED)).isZero();
    }

    @Test
    void withAReasonAPlainFormPostBooksItAndTheAuditKeepsTheOverrideAndTheReason() {
        BrowserSession recruiter = signIn(RECRUITER);
        List<Map.Entry<String, String>> fields = anyway(slot(at(LocalTime.of(11, 0))), "  " + REASON + " ");
        fields.add(Map.entry("csrfToken", token(recruiter, path)));

        Answer booked = post(recruiter, path, fields, false);

        assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
        assertThat(booked.text()).contains("<html", "Booked:", "Mateo García", "Booked past the load limit",
                "Reason, kept in the audit log: <q>" + REASON + "</q>", "over their limit of 1");
        assertThat(count("SELECT count(*) FROM interviews WHERE application_id = '" + mateo + "' AND starts_at = '"
                + at(LocalTime.of(11, 0)) + "' AND location = 'Room 7'")).isEqualTo(1);
        assertThat(count(AUDITED + " AND details->>'reason' = '" + REASON + "' AND actor_id = '"
                + userId(RECRUITER) + "' AND details->'over'->0->>'panelistId' = '" + ana + "'")).isEqualTo(1);
    }

    @Test
    void movingAnInterviewIntoTheFullWeekOffersSaveAnywayAndWithAReasonMovesItAudited() {
        BrowserSession recruiter = signIn(RECRUITER);
        JsonNode chloesScreen = screenOf("Chloe Martin");
        String page = "/interviews/" + chloesScreen.get("id").asText();
        Instant later = at(LocalTime.of(14, 0));
        List<Map.Entry<String, String>> move = new ArrayList<>(fields("version",
                chloesScreen.get("version").asText(), "date", monday.toString(), "time", "14:00", "timeZone", "UTC",
                "minutes", "45", "location", "Room 12"));
        chloesScreen.get("panelists").forEach(p -> move.add(Map.entry("panelistIds", p.get("id").asText())));

        Answer refused = post(recruiter, page + "/reschedule", move, true);
        Answer blank = post(recruiter, page + "/reschedule", anyway(new ArrayList<>(move), ""), true);
        Answer moved = post(recruiter, page + "/reschedule", anyway(new ArrayList<>(move), REASON), true);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.text()).contains(anaAtHerLimit("other "), "Nothing was changed", "Save anyway",
                "name=\"overrideLoadLimit\" value=\"true\"");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.text()).contains("Say why it is booked past the limit");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.text()).contains("Saved past the load limit; the reason is kept in the audit log.",
                TimeWording.range(later, later.plusSeconds(45 * 60), ZoneOffset.UTC));
        assertThat(count("SELECT count(*) FROM interviews WHERE id = '" + chloesScreen.get("id").asText()
                + "' AND starts_at = '" + later + "'")).isEqualTo(1);
        assertThat(count(AUDITED + " AND entity_id = '" + chloesScreen.get("id").asText() + "' AND details->>'reason' = '"
                + REASON + "'")).isEqualTo(1);
    }

    @Test
    void anInterviewerCannotBookAnywayAndNeitherCanAPostWithoutTheCsrfToken() {
        BrowserSession anaBrowser = signIn("ana@example.com");
        BrowserSession recruiter = signIn(RECRUITER);
        long before = count("SELECT count(*) FROM interviews");

        Answer interviewer = post(anaBrowser, path, anyway(slot(at(LocalTime.of(11, 0))), REASON), true);
        Answer forged = post(recruiter, path, anyway(slot(at(LocalTime.of(11, 0))), REASON), false);

        assertThat(interviewer.status()).isEqualTo(403);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(before);
        assertThat(count(AUDITED)).isZero();
    }

    /** The form's fields for Mateo's second stage at {@code start} (UTC), with Ana alone on the panel. */
    private List<Map.Entry<String, String>> slot(Instant start) {
        return new ArrayList<>(fields("stageId", stageId, "date", start.atZone(ZoneOffset.UTC).toLocalDate().toString(),
                "time", TimeWording.time(start, ZoneOffset.UTC), "timeZone", "UTC", "minutes", "45",
                "location", "Room 7", "panelistIds", ana));
    }

    /** The same fields posted by "Book anyway" with this reason. */
    private static List<Map.Entry<String, String>> anyway(List<Map.Entry<String, String>> fields, String reason) {
        fields.add(Map.entry("overrideReason", reason));
        fields.add(Map.entry("overrideLoadLimit", "true"));
        return fields;
    }
}
