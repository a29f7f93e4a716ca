package io.panelist.web.audit;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log page: newest first, readable details, filters by entity, paging, and refusals. */
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
                        "interviewer.qualifications-saved", "ben@example.com")
                .doesNotContain("ana@example.com");
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
}
