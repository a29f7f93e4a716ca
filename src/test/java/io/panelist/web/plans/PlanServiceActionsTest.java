package io.panelist.web.plans;

import io.panelist.identity.Role;
import io.panelist.plans.PlanActions;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.Viewer;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PlanService.actionsOn and mayStartDraft answer what the writes themselves allow, role by role. */
class PlanServiceActionsTest extends PlanWebTest {

    @Test
    void theActionsFollowTheRolesOfThePlanWrites() {
        UUID published = demoPlanId();
        UUID draft = draftFromDemo();
        UUID position = demoPositionId();

        assertThat(plans.actionsOn(viewer("admin@example.com", Role.ADMIN), draft)).isEqualTo(new PlanActions(true, true, true));
        assertThat(plans.actionsOn(viewer("manager@example.com", Role.HIRING_MANAGER), draft))
                .isEqualTo(new PlanActions(true, true, true));
        assertThat(plans.actionsOn(viewer("ana@example.com", Role.INTERVIEWER), draft))
                .isEqualTo(new PlanActions(true, false, true));
        assertThat(plans.actionsOn(viewer("recruiter@example.com", Role.RECRUITER), draft))
                .isEqualTo(new PlanActions(false, false, false));
        assertThat(plans.actionsOn(viewer("admin@example.com", Role.ADMIN), published))
                .isEqualTo(new PlanActions(false, false, true));
        assertThat(plans.mayStartDraft(viewer("ana@example.com", Role.INTERVIEWER), position)).isTrue();
        assertThat(plans.mayStartDraft(viewer("recruiter@example.com", Role.RECRUITER), position)).isFalse();
        Viewer stranger = new Viewer(UUID.randomUUID(), Set.of(Role.HIRING_MANAGER.name()));
        assertThatThrownBy(() -> plans.actionsOn(stranger, draft)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.mayStartDraft(stranger, position)).isInstanceOf(NotFoundException.class);
    }

    private Viewer viewer(String email, Role role) {
        String id = api.get("/api/v1/me", api.login(email, DEMO_PASSWORD)).json().get("id").asText();
        return new Viewer(UUID.fromString(id), Set.of(role.name()));
    }
}
