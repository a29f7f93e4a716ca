package io.panelist.web.plans;

import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.questionbank.Level;
import io.panelist.recruiting.positions.PositionService;
import io.panelist.recruiting.positions.SavePositionRequest;
import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A position's plans over HTTP: the groups, starting a draft, a new version, and who may do what. */
class PositionPlansPageTest extends PlanWebTest {
    @Inject
    IdentityService identity;
    @Inject
    PositionService positions;

    @Test
    void theHiringManagerSeesThePublishedPlanAndStartsADraftThatOpensInTheBuilder() {
        UUID positionId = demoPositionId();
        BrowserSession manager = signIn("manager@example.com");

        Answer page = manager.page("/positions/" + positionId + "/plan");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Interview plans", "Backend Engineer (Flask)", "Morgan Manager", "Published",
                "href=\"/plans/" + demoPlanId() + "\"", "4 stages", "No drafts.", "No archived versions.",
                "Start a draft", "New version from this plan", "href=\"/positions/" + positionId + "\"");
        long plansBefore = count("SELECT count(*) FROM plans");

        Answer started = manager.postForm("/positions/" + positionId + "/plan",
                Map.of("csrfToken", BrowserSession.formToken(page.text())));

        assertThat(started.status()).isEqualTo(303);
        String location = started.header("Location");
        assertThat(location).startsWith("/plans/");
        assertThat(count("SELECT count(*) FROM plans")).isEqualTo(plansBefore + 1);
        Answer builder = manager.page(location);
        assertThat(builder.text()).contains("id=\"plan-form\"", "Draft · version 2", "Stage 1",
                "a stage needs at least one topic");
        assertThat(manager.page("/positions/" + positionId + "/plan").text()).contains("Draft", "1 stage")
                .doesNotContain("No drafts.");
    }

    @Test
    void aNewVersionFromThePublishedPlanCopiesItIntoADraft() {
        BrowserSession admin = signIn("admin@example.com");
        Answer page = admin.page("/positions/" + demoPositionId() + "/plan");

        Answer copied = admin.postForm("/plans/" + demoPlanId() + "/versions",
                Map.of("csrfToken", BrowserSession.formToken(page.text())));

        assertThat(copied.status()).isEqualTo(303);
        UUID copy = UUID.fromString(copied.header("Location").substring("/plans/".length()));
        assertThat(plan(copy).get("status").asText()).isEqualTo("DRAFT");
        assertThat(plan(copy).get("stages")).hasSize(4);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'plan.created' AND entity_id = '" + copy + "'"))
                .isEqualTo(1);
    }

    @Test
    void aRecruiterReadsThePlansButStartsNoDraft() {
        BrowserSession recruiter = signIn("recruiter@example.com");
        Answer page = recruiter.page("/positions/" + demoPositionId() + "/plan");
        Map<String, Long> before = planRows();

        Answer started = recruiter.postForm("/positions/" + demoPositionId() + "/plan",
                Map.of("csrfToken", BrowserSession.formToken(page.text())));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Backend Engineer (Flask)", "Published")
                .doesNotContain("Start a draft", "New version from this plan");
        assertThat(started.status()).isEqualTo(403);
        assertThat(started.text()).contains("Not yours to see",
                "Only administrators, interviewers and the position&#39;s hiring manager edit its plans.");
        assertThat(planRows()).isEqualTo(before);
    }

    @Test
    void toAnotherHiringManagerThePositionAndItsPlansDoNotExist() {
        identity.ensureUser("other.manager@example.com", "Olive Other", DEMO_PASSWORD, Set.of(Role.HIRING_MANAGER));
        UUID other = identity.userByEmail("other.manager@example.com").orElseThrow().id();
        positions.createPosition(null, new SavePositionRequest("Data Engineer", Level.MID, other, null));
        BrowserSession olive = signIn("other.manager@example.com");
        String token = BrowserSession.formToken(olive.page("/").text());
        Map<String, Long> before = planRows();

        Answer page = olive.page("/positions/" + demoPositionId() + "/plan");
        Answer plan = olive.page("/plans/" + demoPlanId());
        Answer started = olive.postForm("/positions/" + demoPositionId() + "/plan", Map.of("csrfToken", token));
        Answer copied = olive.postForm("/plans/" + demoPlanId() + "/versions", Map.of("csrfToken", token));

        for (Answer answer : java.util.List.of(page, plan, started, copied)) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.text()).contains("Nothing here").doesNotContain("Backend Engineer (Flask)");
        }
        assertThat(planRows()).isEqualTo(before);
        assertThat(olive.page("/positions/" + UUID.randomUUID() + "/plan").status()).isEqualTo(404);
    }
}
