package io.panelist.web.recommendation;

import io.panelist.identity.Role;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.scheduling.ScheduleInterviewRequest;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.web.WebTest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the manager-page tests share: the demo's ids by name, a second hiring manager, the manager on a panel. */
abstract class ManagerWebTest extends WebTest {
    static final Map<String, String> HTML = Map.of("Accept", "text/html");

    protected UUID userId(String email) {
        return UUID.fromString(api.get("/api/v1/me", api.login(email, DEMO_PASSWORD)).json().get("id").asText());
    }

    protected Viewer admin() {
        return new Viewer(userId("admin@example.com"), Set.of(Role.ADMIN.name()));
    }

    protected ApplicationResponse application(String candidate) {
        return applications.listApplications(admin(), null, null, null, Paging.of(0, 50)).items().stream()
                .filter(a -> a.candidateName().equals(candidate)).findFirst().orElseThrow();
    }

    protected UUID positionId() {
        return application("Jordan Lee").positionId();
    }

    protected long decisions() {
        return count("SELECT count(*) FROM decisions");
    }

    /** A second hiring manager with a position of their own; answers their email. */
    protected String otherHiringManager() {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        var user = api.post("/api/v1/users", admin, Map.of("email", "kim@example.com", "displayName", "Kim Manager",
                "password", DEMO_PASSWORD + "-kim", "roles", List.of("HIRING_MANAGER"), "timeZone", "UTC"));
        api.post("/api/v1/positions", admin, Map.of("title", "Data Engineer", "level", "SENIOR",
                "hiringManagerId", user.json().get("id").asText(), "status", "OPEN"));
        return "kim@example.com";
    }

    protected io.panelist.web.BrowserSession signInOther() {
        io.panelist.web.BrowserSession browser = new io.panelist.web.BrowserSession(server.getURI());
        browser.signIn(otherHiringManager(), DEMO_PASSWORD + "-kim");
        return browser;
    }

    /** Puts the demo's hiring manager on a coming round of the candidate's, so their own scorecard is still due. */
    protected UUID managerOnPanelOf(String candidate) {
        ApplicationResponse application = application(candidate);
        var stage = plans.getPlan(admin(), application.planId()).stages().get(0);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusDays(4);
        return scheduling.scheduleInterview(admin(), new ScheduleInterviewRequest(application.id(), stage.id(), start,
                start.plusMinutes(stage.minutes()), "Europe/Berlin", "Room 2",
                List.of(userId("manager@example.com")))).id();
    }

    /** An htmx post of the decision form, with or without the CSRF header the page's script adds. */
    protected io.panelist.support.Answer decide(io.panelist.web.BrowserSession browser, UUID applicationId,
                                                String outcome, String rationale, boolean withHeader) {
        String token = browser.csrfToken();
        Map<String, String> headers = new java.util.HashMap<>(Map.of("HX-Request", "true", "Accept", "text/html"));
        if (withHeader) {
            headers.put("X-CSRF-TOKEN", token);
        }
        String body = "outcome=" + outcome + "&rationale=" + java.net.URLEncoder.encode(rationale,
                java.nio.charset.StandardCharsets.UTF_8);
        return browser.send("POST", "/applications/" + applicationId + "/decision", body,
                "application/x-www-form-urlencoded", headers);
    }
}
