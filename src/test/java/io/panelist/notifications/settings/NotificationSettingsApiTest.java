package io.panelist.notifications.settings;

import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET, PUT /api/v1/me/notifications}: each user's own choice, versioned, validated, audited. */
class NotificationSettingsApiTest extends IntegrationTest {
    static final String PATH = "/api/v1/me/notifications";
    @Inject
    TestUsers users;
    String ana;
    String ben;

    @BeforeEach
    void twoPeople() {
        users.create("ana@example.com", Role.INTERVIEWER);
        users.create("ben@example.com", Role.HIRING_MANAGER);
        ana = api.login("ana@example.com", TestUsers.PASSWORD);
        ben = api.login("ben@example.com", TestUsers.PASSWORD);
    }

    @Test
    void everyOptionalMailIsOnUntilTurnedOffAndAChangeIsVersionedAndAudited() {
        Answer first = api.get(PATH, ana);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("scorecardReminders").asBoolean()).isTrue();
        assertThat(first.json().get("evidenceComplete").asBoolean()).isTrue();
        assertThat(first.header("ETag")).isEqualTo("\"0\"");

        Answer changed = put(ana, "\"0\"", Map.of("scorecardReminders", false, "evidenceComplete", true));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("scorecardReminders").asBoolean()).isFalse();
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.get(PATH, ana).json().get("scorecardReminders").asBoolean()).isFalse();
        assertThat(api.get(PATH, ben).json().get("scorecardReminders").asBoolean()).as("Ben's own").isTrue();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'notifications.settings-changed'"))
                .isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        assertThat(put(ana, "\"0\"", Map.of("scorecardReminders", false, "evidenceComplete", true)).status())
                .isEqualTo(200);

        Answer stale = put(ana, "\"0\"", Map.of("scorecardReminders", true, "evidenceComplete", false));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();
        assertThat(api.get(PATH, ana).json().get("evidenceComplete").asBoolean()).isTrue();
    }

    @Test
    void aMissingOrMistypedChoiceIsAProblemAndWritesNothing() {
        Answer missing = put(ana, null, Map.of("scorecardReminders", false));
        Answer mistyped = api.call("PUT", PATH).ifMatchCurrent().token(ana)
                .raw("{\"scorecardReminders\": \"no\", \"evidenceComplete\": true}", "application/json").send();

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.isProblem()).isTrue();
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.isProblem()).isTrue();
        assertThat(count("SELECT count(*) FROM notification_settings")).isZero();
    }

    @Test
    void withoutATokenNothingIsReadOrWritten() {
        assertThat(api.call("GET", PATH).send().status()).isEqualTo(401);
        assertThat(api.call("PUT", PATH).ifMatchCurrent()
                .json(Map.of("scorecardReminders", false, "evidenceComplete", false))
                .send().status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM notification_settings")).isZero();
    }

    private Answer put(String token, String ifMatch, Object body) {
        var call = api.call("PUT", PATH).token(token).json(body);
        return ifMatch == null ? call.ifMatchCurrent().send() : call.header("If-Match", ifMatch).send();
    }
}
