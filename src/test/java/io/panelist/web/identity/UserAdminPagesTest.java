package io.panelist.web.identity;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The users pages over HTTP: for administrators only; list, create, edit, deactivate and reactivate; refusals. */
class UserAdminPagesTest extends WebTest {

    @Test
    void anyoneButAnAdministratorGetsAForbiddenPageAndWritesNothing() {
        BrowserSession ana = signIn("ana@example.com");
        String token = BrowserSession.formToken(ana.page("/").text());
        long users = count("SELECT count(*) FROM users");

        Answer list = ana.page("/admin/users");
        Answer audit = signIn("recruiter@example.com").page("/admin/audit");
        Answer create = ana.postForm("/admin/users", newUser("eve@example.com", token));

        assertThat(list.status()).isEqualTo(403);
        assertThat(list.contentType()).startsWith("text/html");
        assertThat(list.text()).contains("Not yours to see", "Only administrators manage users");
        assertThat(audit.status()).isEqualTo(403);
        assertThat(create.status()).isEqualTo(403);
        UUID ben = userId("ben@example.com");
        for (String path : java.util.List.of("/admin/users/new", "/admin/users/" + ben,
                "/admin/users/" + ben + "/deactivate", "/admin/audit?entityType=user")) {
            assertThat(ana.page(path).status()).as(path).isEqualTo(403);
        }
        assertThat(ana.postForm("/admin/users/" + ben + "/deactivate", Map.of("csrfToken", token, "version", "0"))
                .status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(users);
        assertThat(count("SELECT count(*) FROM users WHERE NOT active")).isZero();
        assertThat(new BrowserSession(server.getURI()).page("/admin/users").header("Location"))
                .isEqualTo("/signin?next=%2Fadmin%2Fusers");
    }

    @Test
    void theListSearchesAndFilters() {
        BrowserSession admin = signIn("admin@example.com");

        Answer all = admin.page("/admin/users");
        Answer byText = admin.page("/admin/users?q=ben");
        Answer byRole = admin.page("/admin/users?role=RECRUITER");
        Answer inactive = admin.page("/admin/users?state=inactive");
        Answer badRole = admin.page("/admin/users?role=BOSS");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.text()).contains("5 users", "Avery Admin", "Riley Recruiter", "Morgan Manager", "Ana Interviewer",
                "Ben Interviewer", "href=\"/admin/users/new\"");
        assertThat(byText.text()).contains("1 user", "Ben Interviewer").doesNotContain("Ana Interviewer");
        assertThat(byRole.text()).contains("Riley Recruiter").doesNotContain("Ana Interviewer");
        assertThat(inactive.text()).contains("No users match.");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.text()).contains("must be ADMIN, RECRUITER, INTERVIEWER or HIRING_MANAGER");
    }

    @Test
    void anAdministratorCreatesAUserWhoCanSignIn() {
        BrowserSession admin = signIn("admin@example.com");
        String token = BrowserSession.formToken(admin.page("/admin/users/new").text());

        Answer created = admin.postForm("/admin/users", newUser("eve@example.com", token));

        assertThat(created.status()).isEqualTo(303);
        assertThat(created.header("Location")).matches("/admin/users/[0-9a-f-]{36}\\?done=created");
        Answer page = admin.page(created.header("Location"));
        assertThat(page.text()).contains("User created.", "Eve Evaluator", "Europe/Berlin", "value=\"6\"",
                "name=\"roleInterviewer\" id=\"user-roleInterviewer\" value=\"on\" checked=\"checked\"");
        assertThat(api.loginAnswer("eve@example.com", "a-long-enough-password").status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'user.created' AND details->>'email' = 'eve@example.com'"))
                .isEqualTo(1);
    }

    @Test
    void badInputOnCreationIsRefusedFieldByFieldAndNothingIsWritten() {
        BrowserSession admin = signIn("admin@example.com");
        String token = BrowserSession.formToken(admin.page("/admin/users/new").text());
        long users = count("SELECT count(*) FROM users");
        Map<String, String> bad = new HashMap<>(Map.of("csrfToken", token, "email", "not-an-email",
                "displayName", " ", "password", "short", "timeZone", "Mars/Olympus", "weeklyInterviewLimit", "99"));

        Answer refused = admin.postForm("/admin/users", bad);
        Answer taken = admin.postForm("/admin/users", newUser("ANA@example.com", token));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Nothing was saved.", "Email: must be an email address",
                "Display name: must not be empty", "Password: must be at least 12 characters",
                "Roles: choose at least one role", "Time zone: must be an IANA time zone such as Europe/Berlin",
                "Weekly interview limit: must be a whole number from 1 to 40", "value=\"not-an-email\"",
                "value=\"Mars/Olympus\"").doesNotContain("value=\"short\"");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text()).contains("Email: is already used by another user");
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(users);
    }

    @Test
    void anAdministratorEditsAUserAndAStaleFormIsRefused() {
        BrowserSession admin = signIn("admin@example.com");
        UUID ben = userId("ben@example.com");
        String page = admin.page("/admin/users/" + ben).text();
        String token = BrowserSession.formToken(page);
        Map<String, String> edit = new HashMap<>(Map.of("csrfToken", token, "email", "ben@example.com",
                "displayName", "Ben Okafor", "roleInterviewer", "on", "roleHiringManager", "on",
                "timeZone", "America/New_York", "weeklyInterviewLimit", "4", "version", version(page)));

        Answer saved = admin.postForm("/admin/users/" + ben, edit);
        edit.put("displayName", "Ben from a stale tab");
        Answer stale = admin.postForm("/admin/users/" + ben, edit);

        assertThat(saved.status()).isEqualTo(303);
        assertThat(admin.page(saved.header("Location")).text()).contains("Saved.", "Ben Okafor", "America/New_York");
        var stored = api.get("/api/v1/users/" + ben, api.login("admin@example.com", DEMO_PASSWORD)).json();
        assertThat(stored.get("roles").toString()).contains("INTERVIEWER", "HIRING_MANAGER");
        assertThat(stored.get("weeklyInterviewLimit").asInt()).isEqualTo(4);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text()).contains("Someone else changed this user", "Ben from a stale tab");
        assertThat(count("SELECT count(*) FROM users WHERE display_name = 'Ben from a stale tab'")).isZero();
    }

    @Test
    void deactivatingAsksFirstThenStopsSigningInAndReactivatingLetsThemBackIn() {
        BrowserSession admin = signIn("admin@example.com");
        BrowserSession ben = signIn("ben@example.com");
        UUID benId = userId("ben@example.com");
        String benCsrf = ben.csrfToken(); // read now: once deactivated, ben's pages send him to sign-in

        Answer confirm = admin.page("/admin/users/" + benId + "/deactivate");
        Answer done = admin.postForm("/admin/users/" + benId + "/deactivate", Map.of(
                "csrfToken", BrowserSession.formToken(confirm.text()), "version", version(confirm.text())));

        assertThat(confirm.text()).contains("Deactivate Ben Interviewer?", "signed out everywhere", "Cancel, keep active");
        assertThat(done.status()).isEqualTo(303);
        assertThat(admin.page(done.header("Location")).text()).contains("Deactivated. They were signed out everywhere",
                "Reactivate");
        assertThat(new BrowserSession(server.getURI()).signIn("ben@example.com", DEMO_PASSWORD).status()).isEqualTo(401);
        assertThat(api.loginAnswer("ben@example.com", DEMO_PASSWORD).status()).isEqualTo(401);
        assertThat(ben.send("POST", "/session/refresh", null, null, Map.of("X-CSRF-TOKEN", benCsrf)).status())
                .isEqualTo(401);

        String page = admin.page("/admin/users/" + benId).text();
        Answer back = admin.postForm("/admin/users/" + benId + "/reactivate", Map.of(
                "csrfToken", BrowserSession.formToken(page), "version", version(page)));
        assertThat(back.status()).isEqualTo(303);
        assertThat(api.loginAnswer("ben@example.com", DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void withoutTheCsrfTokenNoUserIsChangedAndTheLastAdministratorStays() {
        BrowserSession admin = signIn("admin@example.com");
        UUID benId = userId("ben@example.com");
        UUID adminId = userId("admin@example.com");
        String page = admin.page("/admin/users/" + adminId).text();

        Answer forged = admin.postForm("/admin/users/" + benId + "/deactivate", Map.of("version", "0"));
        Answer self = admin.postForm("/admin/users/" + adminId + "/deactivate", Map.of(
                "csrfToken", BrowserSession.formToken(page), "version", version(page)));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.text()).contains("did not come from a Panelist page");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.text()).contains("last active administrator", "Nothing was changed.");
        assertThat(page).doesNotContain("id=\"deactivate-link\"");
        assertThat(count("SELECT count(*) FROM users WHERE NOT active")).isZero();
    }

    @Test
    void anUnknownUserIsANotFoundPage() {
        Answer page = signIn("admin@example.com").page("/admin/users/" + UUID.randomUUID());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Nothing here");
    }

    private static Map<String, String> newUser(String email, String token) {
        return Map.of("csrfToken", token, "email", email, "displayName", "Eve Evaluator",
                "password", "a-long-enough-password", "roleInterviewer", "on", "timeZone", "Europe/Berlin",
                "weeklyInterviewLimit", "6");
    }

    private UUID userId(String email) {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        return UUID.fromString(api.get("/api/v1/users?q=" + email, admin).json().get("items").get(0).get("id").asText());
    }

    static String version(String html) {
        var matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no version in the page");
        }
        return matcher.group(1);
    }
}
