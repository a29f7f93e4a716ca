package io.panelist.web.selfscheduling;

import io.panelist.scheduling.links.LinkFixtures;
import io.panelist.scheduling.links.LinkFixtures.Link;
import io.panelist.scheduling.links.LinkFixtures.Setting;
import io.panelist.shared.SecretTokens;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.web.BrowserSession;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.panelist.scheduling.links.LinkFixtures.FIRST_SLOT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate's page over HTTP, as a browser without scripts uses it: the free times in UTC (which it says), one
 * button per time, booking in one post, the confirmation, moving and cancelling; refusals in plain words.
 */
class SelfSchedulingPageTest extends IntegrationTest {
    @Inject
    LinkFixtures links;
    Setting setting;
    Link link;
    BrowserSession candidate;

    @BeforeEach
    void aLink() {
        setting = links.setting(api);
        link = links.link(api, setting, links.applicant(setting, "Nora Candidate"), 2);
        candidate = new BrowserSession(server.getURI());
    }

    @Test
    void thePageOffersEachFreeTimeAsAButtonWithTheTimesInUtcAndNamesNoInterviewer() {
        Answer page = candidate.page(path());

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("Book your interview", "Backend Engineer", "Technical", "60 minutes",
                "Monday 10 March 2031", "08:00–09:00", "Times are shown in <span class=\"zone-name\">UTC</span>",
                "name=\"startsAt\"", "value=\"" + FIRST_SLOT + "\"", "action=\"/schedule/" + link.token() + "/book\"",
                "/assets/js/self-scheduling.js").doesNotContain("Ana").doesNotContain("@example.com");
        assertThat(page.text()).doesNotContain("Sign out");
    }

    @Test
    void oneClickBooksTheTimeAndThePageConfirmsAndOffersToMoveOrCancel() {
        Answer booked = candidate.postForm(path() + "/book", Map.of("startsAt", FIRST_SLOT.toString(),
                "timeZone", "Europe/Lisbon"));

        assertThat(booked.status()).as(booked.toString()).isEqualTo(303);
        assertThat(booked.header("Location")).isEqualTo(path() + "?done=booked");
        String page = candidate.page(booked.header("Location")).text();
        assertThat(page).contains("Your interview is booked.", "role=\"status\"", "Monday 10 March 2031, 08:00–09:00 UTC",
                "Cancel the interview", "Or move it to another time", "action=\"/schedule/" + link.token() + "/move\"");
        assertThat(count("SELECT count(*) FROM interviews WHERE time_zone = 'Europe/Lisbon' AND starts_at = '"
                + FIRST_SLOT + "'")).isEqualTo(1);

        Answer moved = candidate.postForm(path() + "/move", Map.of("startsAt",
                FIRST_SLOT.plus(Duration.ofHours(2)).toString(), "timeZone", ""));
        assertThat(moved.header("Location")).isEqualTo(path() + "?done=moved");
        assertThat(candidate.page(moved.header("Location")).text()).contains("Your interview has moved.", "10:00–11:00");
        assertThat(count("SELECT count(*) FROM interviews WHERE time_zone = 'Europe/Lisbon'")).as("zone kept")
                .isEqualTo(1);

        Answer cancelled = candidate.postForm(path() + "/cancel", Map.of());
        assertThat(cancelled.header("Location")).isEqualTo(path() + "?done=cancelled");
        assertThat(candidate.page(cancelled.header("Location")).text()).contains("Your interview is cancelled.",
                "Choose a time");
        assertThat(count("SELECT count(*) FROM interviews WHERE status = 'CANCELLED'")).isEqualTo(1);
    }

    @Test
    void aTimeTakenMeanwhileOrNeverOfferedIsRefusedOnThePageInPlainWords() {
        Link other = links.link(api, setting, links.applicant(setting, "Olaf Other"), 3);
        Link mine = links.link(api, setting, links.applicant(setting, "Mia Mine"), 3);
        candidate.page("/schedule/" + mine.token());
        assertThat(api.post(other.booking(), null, LinkFixtures.choice(FIRST_SLOT)).status()).isEqualTo(201);

        Answer taken = candidate.postForm("/schedule/" + mine.token() + "/book",
                Map.of("startsAt", FIRST_SLOT.toString()));
        Answer never = candidate.postForm("/schedule/" + mine.token() + "/book",
                Map.of("startsAt", FIRST_SLOT.plus(Duration.ofMinutes(7)).toString()));
        Answer garbled = candidate.postForm("/schedule/" + mine.token() + "/book", Map.of("startsAt", "soon"));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text()).contains("That time was just taken. Please choose another one.", "role=\"alert\"",
                "Choose a time");
        assertThat(never.status()).isEqualTo(422);
        assertThat(never.text()).contains("is not one of the times this link offers");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(1);
    }

    @Test
    void anUnknownOrRevokedLinkIsANotFoundPage() {
        assertThat(api.delete("/api/v1/scheduling-links/" + link.id(), setting.recruiter()).status()).isEqualTo(204);

        Answer revoked = candidate.page(path());
        Answer unknown = candidate.page("/schedule/" + SecretTokens.newToken());

        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.contentType()).startsWith("text/html");
        assertThat(revoked.text()).contains("does not exist, has expired or was revoked");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(candidate.postForm(path() + "/book", Map.of("startsAt", FIRST_SLOT.toString())).status())
                .isEqualTo(404);
    }

    private String path() {
        return "/schedule/" + link.token();
    }
}
