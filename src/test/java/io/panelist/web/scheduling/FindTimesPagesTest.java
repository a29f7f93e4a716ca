package io.panelist.web.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.recruiting.RecruiterWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Find a time" card of the scheduling page: suggestions for the stage, days and panel size chosen, each with its
 * panel's names, booked with one click (a form carrying the CSRF token to the booking path). The demo's people live
 * in UTC with the default week; Ana and Ben are made QUALIFIED in every topic of Mateo's plan.
 */
class FindTimesPagesTest extends RecruiterWebTest {
    private static final Pattern SUGGESTION = Pattern.compile(
            "<form method=\"post\" class=\"suggestion-form\".*?</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([a-zA-Z]+)\" value=\"([^\"]*)\">");
    private String path;
    private JsonNode plan;
    private String stage;
    private LocalDate monday;

    @BeforeEach
    void mateoWithAQualifiedPanel() throws SQLException {
        JsonNode mateo = applicationOf("Mateo García");
        path = "/applications/" + mateo.get("id").asText() + "/schedule";
        plan = api.get("/api/v1/plans/" + mateo.get("planId").asText(), recruiterToken()).json();
        stage = plan.get("stages").get(1).get("id").asText();
        monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        try (Connection connection = connect(); PreparedStatement qualify = connection.prepareStatement("""
                INSERT INTO interviewer_qualifications (user_id, topic_id, level, updated_at)
                SELECT DISTINCT u.id, st.topic_id, 'QUALIFIED', now()
                  FROM users u, stage_topics st JOIN plan_stages ps ON ps.id = st.stage_id
                 WHERE ps.plan_id = ? AND u.email IN ('ana@example.com', 'ben@example.com')
                ON CONFLICT DO NOTHING
                """)) {
            qualify.setObject(1, java.util.UUID.fromString(mateo.get("planId").asText()));
            qualify.executeUpdate();
        }
    }

    @Test
    void thePageOffersTimesForTheNextStageWithThePanelsNames() {
        Answer page = signIn(RECRUITER).page(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Find a time", "id=\"finder-form\"", "hx-get=\"" + path + "/suggestions\"",
                "class=\"suggestion-when\"", "Book the interview");
        assertThat(page.text()).containsPattern("class=\"suggestion-panel\">[^<]*(Ana|Ben) Interviewer");
        assertThat(page.text()).containsPattern("(?s)id=\"finder-stage\".*?<option value=\"" + stage
                + "\"[^>]*selected=\"selected\"");
        assertThat(page.text()).containsPattern("id=\"finder-size\"[^>]*value=\"2\"");
    }

    @Test
    void withoutScriptsTheFinderReloadsThePageWithWhatWasChosen() {
        Answer page = signIn(RECRUITER).page(path + "?stageId=" + stage + "&from=" + monday + "&to=" + monday
                + "&panelSize=1");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<html", "id=\"finder-form\"", "value=\"" + monday + "\"");
        List<Map<String, List<String>>> offered = forms(page.text());
        assertThat(offered).isNotEmpty();
        assertThat(offered.get(0).get("startsAt")).containsExactly(monday + "T09:00:00Z");
        assertThat(offered).allSatisfy(form -> assertThat(form.get("panelistIds")).hasSize(1));
    }

    @Test
    void choosingTheStageDaysAndPanelSizeAnswersTheSuggestionsAlone() {
        BrowserSession recruiter = signIn(RECRUITER);

        Answer fragment = suggestions(recruiter, stage, monday, monday, "1");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.text()).doesNotContain("<html", "Find a time").contains("id=\"suggestions\"");
        List<Map<String, List<String>>> offered = forms(fragment.text());
        assertThat(offered).hasSize(SuggestionFinder.SHOWN);
        assertThat(offered.get(0).get("startsAt")).containsExactly(monday + "T09:00:00Z");
        assertThat(offered.get(0).get("time")).containsExactly("09:00");
        assertThat(offered.get(0).get("date")).containsExactly(monday.toString());
        assertThat(offered.get(0).get("csrfToken").get(0)).isNotBlank();
        assertThat(offered).allSatisfy(form -> assertThat(form.get("panelistIds")).hasSize(1));
        assertThat(fragment.text()).contains(monday.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM",
                java.util.Locale.ENGLISH)));
    }

    @Test
    void oneClickBooksASuggestionAndTheSameTimeAgainIsADoubleBookingThatKeepsTheFinder() {
        BrowserSession recruiter = signIn(RECRUITER);
        Map<String, List<String>> first = forms(suggestions(recruiter, stage, monday, monday, "2").text()).get(0);
        long before = count("SELECT count(*) FROM interviews");

        Answer booked = post(recruiter, path, fieldsOf(first), false);

        assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
        assertThat(booked.text()).contains("Booked:", "Mateo García");
        assertThat(count("SELECT count(*) FROM interviews i JOIN interview_panelists p ON p.interview_id = i.id"
                + " WHERE i.starts_at = '" + first.get("startsAt").get(0) + "' AND p.user_id IN ('"
                + String.join("', '", first.get("panelistIds")) + "')")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(before + 1);

        Answer again = post(recruiter, path, withoutToken(fieldsOf(first)), true);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).doesNotContain("<html").contains("Someone is busy at that time", "Find a time",
                "id=\"slot-form\"");
        assertThat(forms(again.text())).isNotEmpty().noneMatch(f -> f.get("startsAt").equals(first.get("startsAt")));
    }

    @Test
    void badChoicesAreToldInPlainWords() {
        BrowserSession recruiter = signIn(RECRUITER);

        assertThat(suggestions(recruiter, stage, monday, monday, "9").text()).contains("A panel has 1 to 8 people.");
        assertThat(suggestions(recruiter, stage, monday, monday.minusDays(1), "2").text())
                .contains("The last day is on or after the first.");
        assertThat(suggestions(recruiter, stage, monday, monday.plusDays(60), "2").text())
                .contains("Ask about at most 60 days");
        assertThat(suggestions(recruiter, "not-a-stage", monday, monday, "2").text())
                .contains("Choose a stage of this application");
    }

    @Test
    void interviewersAreRefusedTheSuggestions() {
        Answer refused = suggestions(signIn("ana@example.com"), stage, monday, monday, "1");

        assertThat(refused.status()).isEqualTo(403);
    }

    private Answer suggestions(BrowserSession browser, String stageId, LocalDate from, LocalDate to, String size) {
        return browser.send("GET", path + "/suggestions?stageId=" + stageId + "&from=" + from + "&to=" + to
                + "&panelSize=" + size, null, null, Map.of("HX-Request", "true", "Accept", "text/html"));
    }

    /** Each suggestion's form as its hidden fields, in the order shown. */
    private static List<Map<String, List<String>>> forms(String html) {
        List<Map<String, List<String>>> forms = new ArrayList<>();
        Matcher form = SUGGESTION.matcher(html);
        while (form.find()) {
            Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
            Matcher hidden = HIDDEN.matcher(form.group());
            while (hidden.find()) {
                fields.computeIfAbsent(hidden.group(1), k -> new ArrayList<>()).add(hidden.group(2));
            }
            forms.add(fields);
        }
        return forms;
    }

    private static List<Map.Entry<String, String>> fieldsOf(Map<String, List<String>> form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        form.forEach((name, values) -> values.forEach(value -> fields.add(Map.entry(name, value))));
        return fields;
    }

    /** An htmx post adds the page's token itself. */
    private static List<Map.Entry<String, String>> withoutToken(List<Map.Entry<String, String>> fields) {
        return fields.stream().filter(e -> !e.getKey().equals("csrfToken")).toList();
    }
}
