package io.panelist.web.notifications;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox page: messages newest first, filters, one message readable (HTML only as text), Retry, refusals. */
class MailPageTest extends WebTest {

    @Test
    void anAdminReadsAHeldMailAndItsHtmlOnlyAsText() throws SQLException {
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM outbox"); // the demo's own held invitations
        }
        UUID id = insert("HELD", "Interview <b>Monday</b>", "<script>alert(1)</script><p>Hi</p>");
        BrowserSession admin = signIn("admin@example.com");

        Answer list = admin.page("/admin/mail?status=HELD");
        Answer message = admin.page("/admin/mail/" + id);
        Answer html = admin.page("/admin/mail/" + id + "/html");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("1 message, newest first.", "Interview &lt;b&gt;Monday&lt;/b&gt;",
                "href=\"/admin/mail\">Mail</a>", "<option value=\"HELD\" selected=\"selected\">HELD</option>");
        assertThat(message.text()).contains("The text body", "Retry").doesNotContain("<script>alert(1)");
        assertThat(html.status()).as(html.toString()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/plain");
        assertThat(html.text()).isEqualTo("<script>alert(1)</script><p>Hi</p>");
        assertThat(admin.page("/admin/mail?status=SENT").text()).contains("No messages match.");
    }

    @Test
    void retryOnTheAdminPageNeedsItsCsrfTokenAndIsForAdminsOnly() throws SQLException {
        UUID id = insert("DEAD", "Dead", "<p>x</p>");
        BrowserSession admin = signIn("admin@example.com");

        Answer forged = admin.postForm("/admin/mail/" + id + "/retry", java.util.Map.of("csrfToken", "forged"));
        Answer bad = admin.page("/admin/mail?kind=FAX");

        assertThat(forged.status()).as(forged + " " + forged.header("Location")).isEqualTo(403);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("INVITATION, UPDATE");
        assertThat(signIn("recruiter@example.com").page("/admin/mail").status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM outbox WHERE status = 'DEAD'")).isEqualTo(1);
    }

    private static UUID insert(String status, String subject, String html) throws SQLException {
        UUID id = UUID.randomUUID();
        try (var connection = connect(); var insert = connection.prepareStatement("""
                INSERT INTO outbox (id, kind, status, recipient, subject, payload, attempts, next_attempt_at,
                                    last_error, created_at)
                VALUES (?, 'INVITATION', ?, 'ana@example.com', ?, CAST(? AS jsonb), 1, now(), 'refused', now())
                """)) {
            insert.setObject(1, id);
            insert.setString(2, status);
            insert.setString(3, subject);
            insert.setString(4, "{\"to\": \"ana@example.com\", \"subject\": \"x\", \"text\": \"The text body\", "
                    + "\"html\": " + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(html) + ", "
                    + "\"calendar\": null, \"headers\": {}}");
            insert.executeUpdate();
        }
        return id;
    }
}
