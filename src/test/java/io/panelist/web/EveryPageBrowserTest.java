package io.panelist.web;

import io.panelist.notifications.settings.OptionalMail;
import io.panelist.notifications.settings.UnsubscribeLinks;
import io.panelist.support.Browser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role of the demo, in a real headless Chromium the size of a phone (390x844, and 360 px wide for
 * overflow) and of a laptop (1280x900): no sideways scrolling, no critical or serious axe-core violation, no script
 * error, a top bar at most a quarter of a phone's height, nothing pinned over more than a fifth of a phone's height on
 * the scoring page, and chart text at least 8 px tall. One Chromium per size serves every role and page; a screenshot
 * of each lands in {@code target/screenshots/every-page-<size>-<role>-<page>.png}, and the findings, if any, in
 * {@code target/screenshots/every-page-<size>.txt}.
 */
class EveryPageBrowserTest extends WebTest {
    record Size(String name, int width, int height) {
        boolean phone() {
            return width < 600;
        }
    }

    record Page(String name, String path) {
    }

    record Role(String name, String email, List<Page> pages) {
    }

    static final Size PHONE = new Size("phone", 390, 844);
    static final Size DESKTOP = new Size("desktop", 1280, 900);
    static final int NARROWEST = 360;

    @Inject
    UnsubscribeLinks unsubscribeLinks;

    @BeforeEach
    void needsChromium() {
        Browser.assumeAvailable();
    }

    @Test
    void everyPageOfEveryRoleFitsAPhone() {
        assertThat(sweep(PHONE)).as("findings on a phone").isEmpty();
    }

    @Test
    void everyPageOfEveryRoleFitsALaptop() {
        assertThat(sweep(DESKTOP)).as("findings on a laptop").isEmpty();
    }

    @Test
    void everyPageLinksTheFaviconWhichIsServedLikeTheOtherAssets() {
        var icon = new BrowserSession(server.getURI()).send("GET", "/assets/favicon.svg", null, null, Map.of());
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.contentType()).contains("image/svg+xml");
        assertThat(icon.text()).startsWith("<svg");
        assertThat(new BrowserSession(server.getURI()).page("/signin").text())
                .contains("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">");
        assertThat(signIn("ana@example.com").page("/").text())
                .contains("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">");
    }

    private List<String> sweep(Size size) {
        List<Role> roles = roles();
        List<String> problems = new ArrayList<>();
        List<String> timings = new ArrayList<>();
        try (Browser browser = Browser.start(server.getURI(), size.width(), size.height())) {
            PageCheck check = new PageCheck(browser, size);
            for (Role role : roles) {
                check.signIn(role.email());
                for (Page page : role.pages()) {
                    long start = System.nanoTime();
                    problems.addAll(check.page(role.name(), page));
                    timings.add(role.name() + " " + page.name() + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
                }
            }
        }
        report(size, problems, timings);
        return problems;
    }

    /** Each role's pages, with the demo's ids; the anonymous "role" has the pages that need no session. */
    private List<Role> roles() {
        String ana = one("SELECT id FROM users WHERE email = 'ana@example.com'");
        String ben = one("SELECT id FROM users WHERE email = 'ben@example.com'");
        String jordan = applicationOf("Jordan Lee");
        String jordanCandidate = one("SELECT id FROM candidates WHERE name = 'Jordan Lee'");
        String chloe = applicationOf("Chloe Martin");
        String position = one("SELECT position_id FROM applications WHERE id = '" + jordan + "'");
        String plan = one("SELECT plan_id FROM applications WHERE id = '" + jordan + "'");
        String stage = one("SELECT id FROM plan_stages WHERE plan_id = '" + plan + "' ORDER BY position LIMIT 1");
        String live = interviewWith(api.login("ana@example.com", DEMO_PASSWORD), "Mateo García");
        String future = one("SELECT id FROM interviews WHERE status = 'SCHEDULED' AND starts_at > now()"
                + " ORDER BY starts_at DESC LIMIT 1");
        String question = one("SELECT question_id FROM stage_questions WHERE stage_id = '" + stage + "' LIMIT 1");
        String topic = one("SELECT t.key FROM stage_topics s JOIN topics t ON t.id = s.topic_id WHERE s.stage_id = '"
                + stage + "' ORDER BY s.position LIMIT 1");
        String chloeStage = one("SELECT s.id FROM plan_stages s JOIN applications a ON a.plan_id = s.plan_id"
                + " WHERE a.id = '" + chloe + "' ORDER BY s.position DESC LIMIT 1");
        java.time.LocalDate nextMonday = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        String mail = optional("SELECT id FROM outbox WHERE kind <> 'WEBHOOK' ORDER BY created_at LIMIT 1");

        List<Page> interviewer = List.of(new Page("home", "/"), new Page("agenda", "/agenda"),
                new Page("scoring", "/interviews/" + live + "/scorecard"),
                new Page("week", "/interviewers/" + ana + "/week"),
                new Page("availability", "/me/availability"),
                new Page("kit", "/plans/" + plan + "/stages/" + stage + "/kit"),
                new Page("questions", "/questions"), new Page("question", "/questions/" + question),
                new Page("topic", "/topics/" + topic), new Page("packs", "/questions/packs"),
                new Page("notification-settings", "/me/notifications"));
        List<Page> manager = List.of(new Page("home", "/"), new Page("positions", "/positions"),
                new Page("position", "/positions/" + position),
                new Page("candidate-review", "/applications/" + jordan),
                new Page("calibration", "/interviewers/" + ana + "/calibration"),
                new Page("position-plan", "/positions/" + position + "/plan"),
                new Page("plan", "/plans/" + plan), new Page("plan-builder", "/plans/" + draftOf(plan)));
        List<Page> recruiter = List.of(new Page("home", "/"), new Page("candidates", "/candidates"),
                new Page("candidate", "/candidates/" + jordanCandidate),
                new Page("application-interviews", "/applications/" + jordan + "/interviews"),
                new Page("schedule", "/applications/" + chloe + "/schedule"),
                new Page("find-times", "/applications/" + chloe + "/schedule?stageId=" + chloeStage + "&from="
                        + nextMonday + "&to=" + nextMonday.plusDays(4) + "&panelSize=2"),
                new Page("interview", "/interviews/" + live),
                new Page("interviewer-availability", "/interviewers/" + ana + "/availability"),
                new Page("interviewer-week", "/interviewers/" + ben + "/week"),
                new Page("cancel", "/interviews/" + future + "/cancel"));
        List<Page> admin = new ArrayList<>(List.of(new Page("home", "/"), new Page("users", "/admin/users"),
                new Page("user", "/admin/users/" + ben), new Page("user-new", "/admin/users/new"),
                new Page("user-deactivate", "/admin/users/" + ben + "/deactivate"),
                new Page("audit", "/admin/audit"), new Page("mail", "/admin/mail"),
                new Page("erase", "/candidates/" + jordanCandidate + "/erase")));
        if (mail != null) {
            admin.add(new Page("mail-message", "/admin/mail/" + mail));
        }
        List<Page> anonymous = List.of(new Page("signin", "/signin"),
                new Page("self-scheduling", "/schedule/" + selfSchedulingToken(chloe)),
                new Page("unsubscribe", URI.create(unsubscribeLinks.link(java.util.UUID.fromString(ana),
                        OptionalMail.SCORECARD_REMINDERS)).getPath()));
        return List.of(new Role("interviewer", "ana@example.com", interviewer),
                new Role("hiring-manager", "manager@example.com", manager),
                new Role("recruiter", "recruiter@example.com", recruiter),
                new Role("admin", "admin@example.com", admin),
                new Role("anonymous", null, anonymous));
    }

    /** A new draft version of the plan, as the hiring manager starts one, for the plan builder. */
    private String draftOf(String plan) {
        var answer = api.post("/api/v1/plans/" + plan + "/versions", api.login("manager@example.com", DEMO_PASSWORD),
                Map.of());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("id").asText();
    }

    private String applicationOf(String candidate) {
        return one("SELECT a.id FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE c.name = '"
                + candidate + "' ORDER BY a.created_at LIMIT 1");
    }

    /** The recruiter's link for the second round of an application, as a candidate receives it. */
    private String selfSchedulingToken(String application) {
        String plan = one("SELECT plan_id FROM applications WHERE id = '" + application + "'");
        String stage = one("SELECT id FROM plan_stages WHERE plan_id = '" + plan + "' ORDER BY position DESC LIMIT 1");
        Instant monday = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(7, ChronoUnit.DAYS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stageId", stage);
        body.put("from", monday.toString());
        body.put("to", monday.plus(5, ChronoUnit.DAYS).toString());
        body.put("panelSize", 1);
        body.put("expiresAt", monday.plus(30, ChronoUnit.DAYS).toString());
        body.put("location", "https://meet.example.com/round");
        var answer = api.post("/api/v1/applications/" + application + "/scheduling-links",
                api.login("recruiter@example.com", DEMO_PASSWORD), body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("token").asText();
    }

    private static String one(String sql) {
        String value = optional(sql);
        if (value == null) {
            throw new IllegalStateException("the demo has nothing for " + sql);
        }
        return value;
    }

    private static String optional(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(Size size, List<String> problems, List<String> timings) {
        try {
            Path file = Path.of("target", "screenshots", "every-page-" + size.name() + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, (problems.isEmpty() ? "no findings\n" : String.join("\n", problems) + "\n")
                    + "\nTime per page:\n" + String.join("\n", timings) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
