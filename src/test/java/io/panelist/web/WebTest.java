package io.panelist.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.panelist.identity.Role;
import io.panelist.plans.PlanService;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.ApplicationStatus;
import io.panelist.scheduling.ScheduleInterviewRequest;
import io.panelist.scheduling.SchedulingService;
import io.panelist.shared.Paging;
import io.panelist.shared.database.SeedContent;
import io.panelist.shared.Viewer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Base of the web tests: the running server with the demo content (users, the built-in pack, the position and its
 * plan, the candidates, today's and tomorrow's screens with ana's and ben's drafts), seeded again before each test.
 */
@MicronautTest(transactional = false, environments = {"test", "demo"})
public abstract class WebTest extends IntegrationTest {
    public static final String DEMO_PASSWORD = "panelist-demo";

    @Inject
    protected List<SeedContent> seeds;
    @Inject
    protected SchedulingService scheduling;
    @Inject
    protected ApplicationService applications;
    @Inject
    protected PlanService plans;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("panelist.packs.builtin", "true");
        return properties;
    }

    @BeforeEach
    void seedTheDemo() {
        seeds.stream().sorted(Comparator.comparingInt(SeedContent::order)).forEach(SeedContent::seed);
    }

    /** The id of the first interview on a user's agenda with this candidate. */
    protected String interviewWith(String token, String candidateName) {
        for (var item : api.get("/api/v1/me/interviews", token).json().get("items")) {
            if (item.get("candidateName").asText().equals(candidateName)) {
                return item.get("interviewId").asText();
            }
        }
        throw new IllegalStateException(candidateName + " is not on this agenda");
    }

    /** Fills every topic of the caller's scorecard with {@code score}, votes, summarises and submits it. */
    protected void completeAndSubmit(String token, String interviewId, int score, String summary) {
        String path = "/api/v1/interviews/" + interviewId + "/scorecard";
        var card = api.get(path, token);
        List<Map<String, Object>> topics = new java.util.ArrayList<>();
        card.json().get("topics").forEach(topic -> topics.add(Map.of("topicKey", topic.get("topicKey").asText(),
                "score", score, "notes", "Scored " + score + ".")));
        var saved = api.call("PUT", path).token(token).header("If-Match", card.header("ETag"))
                .json(Map.of("topicScores", topics, "vote", score >= 3 ? "YES" : "NO", "summary", summary)).send();
        if (saved.status() != 200 || api.post(path + "/submit", token, Map.of()).status() != 200) {
            throw new IllegalStateException("could not submit: " + saved);
        }
    }

    /** Empties the caller's draft, so that a test starts from a blank scorecard. */
    protected void clearDraft(String token, String interviewId) {
        String path = "/api/v1/interviews/" + interviewId + "/scorecard";
        var card = api.get(path, token);
        var cleared = api.call("PUT", path).token(token).header("If-Match", card.header("ETag"))
                .json(Map.of("topicScores", List.of(), "questionNotes", List.of(), "summary", "")).send();
        if (cleared.status() != 200) {
            throw new IllegalStateException("could not clear the draft: " + cleared);
        }
    }

    /** Chloe's second round with ben alone on the panel, three days out: an interview that is not ana's. */
    protected UUID interviewWithoutAna() {
        var admin = new Viewer(UUID.fromString(api.get("/api/v1/me", api.login("admin@example.com", DEMO_PASSWORD))
                .json().get("id").asText()), Set.of(Role.ADMIN.name()));
        ApplicationResponse chloe = applications.listApplications(admin, null, null, ApplicationStatus.ACTIVE,
                Paging.of(0, 20)).items().stream().filter(a -> a.candidateName().equals("Chloe Martin")).findFirst()
                .orElseThrow();
        var stage = plans.getPlan(admin, chloe.planId()).stages().get(1);
        UUID ben = UUID.fromString(api.get("/api/v1/me", api.login("ben@example.com", DEMO_PASSWORD)).json()
                .get("id").asText());
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusDays(3);
        return scheduling.scheduleInterview(admin, new ScheduleInterviewRequest(chloe.id(), stage.id(), start,
                start.plusMinutes(stage.minutes()), "Europe/Berlin", "Room 4", List.of(ben))).id();
    }

    protected BrowserSession signIn(String email) {
        BrowserSession browser = new BrowserSession(server.getURI());
        browser.signIn(email, DEMO_PASSWORD);
        return browser;
    }
}
