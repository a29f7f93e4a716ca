package io.panelist.web.audit;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log page: newest first, names for ids, filters by entity, person, action and days, paging, refusals. */
class AuditPageTest extends WebTest {

    @Test
    void theLogShowsTheNewestEventFirstWithItsDetailsInWords() {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        String benId = api.get("/api/v1/users?q=ben@example.com", admin).json().get("items").get(0).get("id").asText();
        var ben = api.get("/api/v1/users/" + benId, admin);
        api.call("PUT", "/api/v1/users/" + benId).token(admin).header("If-Match", ben.header("ETag")).json(Map.of(
                "email", "ben@example.com", "displayName", "Ben Interviewer", "roles", java.util.List.of("INTERVIEWER"),
                "active", true, "timeZone", "Europe/Berlin")).send();

        Answer page = signIn("admin@example.com").page("/admin/audit");

        assertThat(page.status()).isEqualTo(200);
        String rows = page.text().substring(page.text().indexOf("<tbody>"));
        assertThat(rows.substring(rows.indexOf("<code>"))).startsWith("<code>user.updated</code>");
        assertThat(page.text()).contains("admin@example.com", "href=\"/admin/users/" + benId + "\"",
                "<dt>email</dt><dd>ben@example.com</dd>", "<dt>active</dt><dd>yes</dd>", "Page 1 of");
        Answer pack = signIn("admin@example.com").page("/admin/audit?entityType=question-pack");
        assertThat(pack.text()).contains("pack.imported", "Panelist (seed or system)",
                "<dt>topics</dt><dd>created 13, updated 0, unchanged 0</dd>");
        assertThat(page.text()).contains("events, newest first.");
    }

    @Test
    void filtersNarrowTheLogToOneEntityAndPagesFollowThem() {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        String benId = api.get("/api/v1/users?q=ben@example.com", admin).json().get("items").get(0).get("id").asText();
        BrowserSession browser = signIn("admin@example.com");
        long users = count("SELECT count(*) FROM audit_events WHERE entity_type = 'user'");

        Answer one = browser.page("/admin/audit?entityType=user&entityId=" + benId);
        Answer type = browser.page("/admin/audit?entityType=user&size=2");

        // Ben's own events: created, and (the demo) qualified in every topic
        long bens = count("SELECT count(*) FROM audit_events WHERE entity_type = 'user' AND entity_id = '" + benId + "'");
        assertThat(one.text()).contains(bens + " events, newest first.", "user.created",
                        "interviewer.qualifications-saved", "ben@example.com");
        // the person filter lists everyone; the events are Ben's alone
        assertThat(one.text().substring(one.text().indexOf("<tbody>"))).contains("Ben Interviewer")
                .doesNotContain("ana@example.com", "Ana Interviewer");
        assertThat(users).isGreaterThan(2);
        assertThat(type.text()).contains(users + " events", "href=\"/admin/audit?entityType=user&amp;page=1&amp;size=2\"",
                "<option value=\"user\" selected=\"selected\">user</option>");
    }

    @Test
    void anIdThatIsNotAnIdIsRefusedInPlainWords() {
        BrowserSession admin = signIn("admin@example.com");

        Answer bad = admin.page("/admin/audit?entityId=ben");
        Answer unknown = admin.page("/admin/audit?entityId=" + UUID.randomUUID());

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("text/html");
        assertThat(bad.text()).contains("entityId", "must be a whole id");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.text()).contains("No events match.");
    }

    @Test
    void theLogNamesPanelistsStagesAndRecordsInsteadOfShowingTheirIds() {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        var event = api.get("/api/v1/audit?action=interview.scheduled&size=1", admin).json().at("/items/0");
        String stageId = event.at("/details/stageId").asText();
        String panelistId = event.at("/details/panelistIds/0").asText();

        Answer page = signIn("admin@example.com").page("/admin/audit?action=interview.scheduled&size=1");

        String rows = page.text().substring(page.text().indexOf("<tbody>"));
        assertThat(rows).contains("<dt>stage</dt><dd>" + event.at("/names/" + stageId).asText() + "</dd>",
                "<dt>panelists</dt><dd>" + event.at("/names/" + panelistId).asText(), event.get("entityName").asText())
                .doesNotContain(stageId, panelistId, ">" + event.get("entityId").asText() + "<");
    }

    @Test
    void theFilterFormSendsPersonActionAndDaysAndShowsThemBackOnEveryPage() {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        String avery = api.get("/api/v1/users?q=admin@example.com", admin).json().at("/items/0/id").asText();
        api.post("/api/v1/users", admin, Map.of("email", "zed@example.com", "displayName", "Zed New",
                "password", "a-long-enough-password", "roles", java.util.List.of("INTERVIEWER"), "timeZone", "UTC"));
        api.post("/api/v1/users", admin, Map.of("email", "yan@example.com", "displayName", "Yan New",
                "password", "a-long-enough-password", "roles", java.util.List.of("INTERVIEWER"), "timeZone", "UTC"));
        BrowserSession browser = signIn("admin@example.com");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

        Answer form = browser.page("/admin/audit");
        Answer filtered = browser.page("/admin/audit?actorId=" + avery + "&action=user.&from=" + today
                + "&to=" + today + "&entityType=&entityId=&size=1");
        Answer none = browser.page("/admin/audit?actorId=" + avery + "&action=candidate.erased");
        Answer badDay = browser.page("/admin/audit?from=2026-02-30");

        assertThat(form.text()).contains("name=\"actorId\"", "name=\"action\"", "name=\"from\" type=\"date\"",
                "name=\"to\" type=\"date\"", "Avery Admin (admin@example.com)",
                "<option value=\"candidate.\">any candidate action</option>",
                "<option value=\"candidate.erased\">candidate.erased</option>");
        assertThat(filtered.text()).contains("2 events, newest first.",
                "<option value=\"" + avery + "\" selected=\"selected\">Avery Admin (admin@example.com)</option>",
                "<option value=\"user.\" selected=\"selected\">any user action</option>",
                "name=\"from\" type=\"date\" value=\"" + today + "\"", "name=\"to\" type=\"date\" value=\"" + today + "\"",
                "href=\"/admin/audit?actorId=" + avery + "&amp;action=user.&amp;from=" + today + "&amp;to=" + today
                        + "&amp;page=1&amp;size=1\"", "Yan New");
        assertThat(none.text()).contains("No events match.");
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.text()).contains("from", "must be a date");
    }
}
