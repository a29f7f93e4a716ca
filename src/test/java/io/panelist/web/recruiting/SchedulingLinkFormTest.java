package io.panelist.web.recruiting;

import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.links.LinkFixtures;
import io.panelist.scheduling.links.LinkFixtures.Setting;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.web.BrowserSession;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recruiter's link form on an application's rounds page, over HTTP: the days are the recruiter's (Europe/Berlin),
 * the new URL shows once, refusals name their field and store nothing, and only recruiters and administrators may.
 */
class SchedulingLinkFormTest extends IntegrationTest {
    @Inject
    LinkFixtures links;
    Setting setting;
    UUID application;
    BrowserSession rita;
    String page;

    @BeforeEach
    void theRoundsPage() {
        setting = links.setting(api);
        application = links.applicant(setting, "Nora Candidate");
        rita = new BrowserSession(server.getURI());
        rita.signIn(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
        page = rita.page("/applications/" + application + "/interviews").text();
    }

    @Test
    void theFormMakesALinkOverTheRecruitersDaysAndShowsItsUrlOnce() {
        assertThat(page).contains("Self-scheduling links", "No links yet.", "Technical (60 min)", "Make the link");

        Answer made = rita.postForm(path(), form(Map.of()));

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.text()).contains("New link", "/schedule/", "Waiting for the candidate");
        assertThat(count("SELECT count(*) FROM scheduling_links WHERE window_from = '2031-03-09T23:00:00Z'"
                + " AND window_to = '2031-03-14T23:00:00Z' AND panel_size = 3 AND location = 'Room 4'")).as("Berlin's days, the last one whole").isEqualTo(1);
        assertThat(rita.page("/applications/" + application + "/interviews").text()).doesNotContain("New link");
    }

    @Test
    void aBadFormIsShownAgainWithEachProblemByItsFieldAndNothingIsStored() {
        Answer backwards = rita.postForm(path(), form(Map.of("to", "2031-03-01")));
        Answer tooMany = rita.postForm(path(), form(Map.of("panelSize", "9")));
        Answer noDate = rita.postForm(path(), form(Map.of("expires", "")));

        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.text()).contains("must be after from", "value=\"2031-03-01\"");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.text()).contains("Give a number from 1 to 8.");
        assertThat(noDate.status()).isEqualTo(422);
        assertThat(noDate.text()).contains("Give a date.");
        assertThat(count("SELECT count(*) FROM scheduling_links")).isZero();
    }

    @Test
    void aFormWithoutItsTokenOrFromAnInterviewerIsRefused() {
        Map<String, String> forged = new HashMap<>(form(Map.of()));
        forged.put("csrfToken", "forged");
        assertThat(rita.postForm(path(), forged).status()).isEqualTo(403);

        BrowserSession ana = new BrowserSession(server.getURI());
        ana.signIn(SchedulingFixtures.ANA, TestUsers.PASSWORD);
        assertThat(ana.page("/applications/" + application + "/interviews").status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM scheduling_links")).isZero();
    }

    @Test
    void theRevokeButtonStopsTheLink() {
        LinkFixtures.Link link = links.link(api, setting, application, 2);
        String rounds = rita.page("/applications/" + application + "/interviews").text();

        Answer revoked = rita.postForm("/scheduling-links/" + link.id() + "/revoke", Map.of(
                "applicationId", application.toString(), "csrfToken", BrowserSession.formToken(rounds)));

        assertThat(revoked.status()).isEqualTo(303);
        assertThat(revoked.header("Location")).isEqualTo("/applications/" + application + "/interviews#links");
        assertThat(rita.page(revoked.header("Location")).text()).contains("Revoked");
        assertThat(api.get(link.page(), null).status()).isEqualTo(404);
    }

    private String path() {
        return "/applications/" + application + "/scheduling-links";
    }

    private Map<String, String> form(Map<String, String> changes) {
        Map<String, String> form = new HashMap<>(Map.of("stageId", setting.opening().technicalStageId().toString(),
                "from", "2031-03-10", "to", "2031-03-14", "panelSize", "3", "expires",
                java.time.LocalDate.now().plusDays(20).toString(), "location", "Room 4",
                "csrfToken", BrowserSession.formToken(page)));
        form.putAll(changes);
        return form;
    }
}
