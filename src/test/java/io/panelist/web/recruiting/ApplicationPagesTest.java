package io.panelist.web.recruiting;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Applications on the candidate page, and {@code /applications/{id}/interviews}: an application's rounds. */
class ApplicationPagesTest extends RecruiterWebTest {

    @Test
    void aNewCandidateAppliesToTheOpenPositionFromTheirPage() {
        BrowserSession recruiter = signIn(RECRUITER);
        String sam = api.post("/api/v1/candidates", recruiterToken(), Map.of("name", "Sam Rivera")).json()
                .get("id").asText();
        String position = applicationOf("Chloe Martin").get("positionId").asText();
        String page = recruiter.page("/candidates/" + sam).text();

        Answer applied = recruiter.postForm("/candidates/" + sam + "/applications", Map.of("positionId", position,
                "csrfToken", BrowserSession.formToken(page)));

        assertThat(page).contains("No applications yet.", "<option value=\"" + position + "\"");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(303);
        assertThat(applied.header("Location")).startsWith("/candidates/" + sam + "?applied=");
        Answer after = recruiter.page(applied.header("Location"));
        assertThat(after.text()).contains("Application to Backend Engineer (Flask) created", "Active",
                "Schedule a round", "No open position left to apply to.");
        assertThat(count("SELECT count(*) FROM applications WHERE candidate_id = '" + sam + "'")).isEqualTo(1);
    }

    @Test
    void aSecondActiveApplicationOrNoPositionIsRefusedInPlainWords() {
        BrowserSession recruiter = signIn(RECRUITER);
        var chloe = applicationOf("Chloe Martin");
        String path = "/candidates/" + chloe.get("candidateId").asText();
        String token = token(recruiter, path);
        long before = count("SELECT count(*) FROM applications");

        Answer twice = recruiter.postForm(path + "/applications", Map.of("positionId",
                chloe.get("positionId").asText(), "csrfToken", token));
        Answer none = recruiter.postForm(path + "/applications", Map.of("positionId", "", "csrfToken", token));
        Answer unknown = recruiter.postForm(path + "/applications", Map.of("positionId", UUID.randomUUID().toString(),
                "csrfToken", token));

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("already has an active application for this position");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.text()).contains("Choose a position to apply to.");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text()).contains("names no position");
        assertThat(count("SELECT count(*) FROM applications")).isEqualTo(before);
    }

    @Test
    void anApplicationsRoundsShowTheirStatusPanelAndLinks() {
        var mateo = applicationOf("Mateo García");
        String screen = screenOf("Mateo García").get("id").asText();

        Answer rounds = signIn(RECRUITER).page("/applications/" + mateo.get("id").asText() + "/interviews");

        assertThat(rounds.status()).isEqualTo(200);
        assertThat(rounds.text()).contains("Rounds: <span>Mateo García</span>", "Phone screen", "Scheduled",
                "Ana Interviewer", "Ben Interviewer", "https://meet.example.com/panelist-demo-3",
                "href=\"/interviews/" + screen + "\"", "href=\"/api/v1/interviews/" + screen + "/invite.ics\"",
                "href=\"/applications/" + mateo.get("id").asText() + "/schedule\"");
    }

    @Test
    void anUnknownApplicationIsNotFoundAndAnInterviewerIsRefused() {
        String mateo = applicationOf("Mateo García").get("id").asText();

        Answer unknown = signIn(RECRUITER).page("/applications/" + UUID.randomUUID() + "/interviews");
        Answer byAna = signIn("ana@example.com").page("/applications/" + mateo + "/interviews");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("Nothing here");
        assertThat(byAna.status()).isEqualTo(403);
        assertThat(byAna.text()).contains("for recruiters and administrators");
    }
}
