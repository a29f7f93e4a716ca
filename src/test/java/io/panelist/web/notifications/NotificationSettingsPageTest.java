package io.panelist.web.notifications;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail settings, each person's own page: reached from every page, saved with its CSRF token and version. */
class NotificationSettingsPageTest extends WebTest {

    @Test
    void aPersonTurnsRemindersOffAndSeesItSaved() {
        BrowserSession ana = signIn("ana@example.com");
        Answer page = ana.page("/me/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("href=\"/me/notifications\">Mail settings</a>",
                "name=\"scorecardReminders\" value=\"true\" checked=\"checked\"");

        Answer saved = ana.postForm("/me/notifications", Map.of("csrfToken", BrowserSession.formToken(page.text()),
                "version", "0", "evidenceComplete", "true"));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        Answer after = ana.page("/me/notifications?saved");
        assertThat(after.text()).contains("Saved.", "name=\"evidenceComplete\" value=\"true\" checked=\"checked\"")
                .doesNotContain("name=\"scorecardReminders\" value=\"true\" checked=\"checked\"");
        assertThat(count("SELECT count(*) FROM notification_settings WHERE NOT scorecard_reminders"
                + " AND evidence_complete")).isEqualTo(1);
    }

    @Test
    void aForgedFormOrAStaleVersionChangesNothing() {
        BrowserSession ana = signIn("ana@example.com");
        String token = BrowserSession.formToken(ana.page("/me/notifications").text());

        Answer forged = ana.postForm("/me/notifications", Map.of("csrfToken", "forged", "version", "0"));
        Answer stale = ana.postForm("/me/notifications", Map.of("csrfToken", token, "version", "7"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(count("SELECT count(*) FROM notification_settings")).isZero();
        assertThat(new BrowserSession(server.getURI()).page("/me/notifications").status()).as("signed out")
                .isIn(302, 303);
    }
}
