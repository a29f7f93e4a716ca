package io.panelist.web.recruiting;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The demo content as the recruiter finds it (people, applications, screens) and form posts as a page makes them. */
public abstract class RecruiterWebTest extends WebTest {
    public static final String RECRUITER = "recruiter@example.com";
    public static final String FORM = "application/x-www-form-urlencoded";

    protected String recruiterToken() {
        return api.login(RECRUITER, DEMO_PASSWORD);
    }

    protected String userId(String email) {
        return api.get("/api/v1/me", api.login(email, DEMO_PASSWORD)).json().get("id").asText();
    }

    /** The demo application of this candidate (each has one, to "Backend Engineer (Flask)"). */
    protected JsonNode applicationOf(String candidateName) {
        for (JsonNode item : api.get("/api/v1/applications?size=100", recruiterToken()).json().get("items")) {
            if (item.get("candidateName").asText().equals(candidateName)) {
                return item;
            }
        }
        throw new IllegalStateException("no application of " + candidateName);
    }

    /** The candidate's screen, which ana and ben sit on (Mateo's today, Chloe's tomorrow). */
    protected JsonNode screenOf(String candidateName) {
        String id = interviewWith(api.login("ana@example.com", DEMO_PASSWORD), candidateName);
        return api.get("/api/v1/interviews/" + id, recruiterToken()).json();
    }

    protected static Instant instant(JsonNode node, String field) {
        return java.time.OffsetDateTime.parse(node.get(field).asText()).toInstant();
    }

    /**
     * A form post as the page's form makes it; fields may repeat (the panel's checkboxes). Through htmx it carries the
     * CSRF token twice, as the page does: in the header (session.js) and in the form's hidden field; a plain post
     * carries only the fields given.
     */
    protected static Answer post(BrowserSession browser, String path, List<Map.Entry<String, String>> fields,
                                 boolean htmx) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "text/html");
        if (htmx) {
            String token = browser.csrfToken();
            headers.put("HX-Request", "true");
            headers.put("X-CSRF-TOKEN", token);
            fields = new ArrayList<>(fields);
            fields.add(Map.entry("csrfToken", token));
        }
        String body = fields.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send("POST", path, body, FORM, headers);
    }

    /** Fields in order, from name-value pairs: {@code fields("a", "1", "b", "2")}. */
    protected static List<Map.Entry<String, String>> fields(String... pairs) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return list;
    }

    /** The CSRF token a page's forms carry. */
    protected static String token(BrowserSession browser, String path) {
        return BrowserSession.formToken(browser.page(path).text());
    }

    protected static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
