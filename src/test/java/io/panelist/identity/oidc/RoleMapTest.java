package io.panelist.identity.oidc;

import io.panelist.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleMapTest {

    @Test
    void groupsGiveTheRolesTheyAreMappedToTogether() {
        RoleMap map = RoleMap.parse("hr-admins=ADMIN, recruiting=RECRUITER,recruiting=interviewer,,panel=INTERVIEWER");

        assertThat(map.rolesFor(List.of("recruiting", "unrelated"))).containsExactlyInAnyOrder(Role.RECRUITER,
                Role.INTERVIEWER);
        assertThat(map.rolesFor(List.of("hr-admins", "panel"))).containsExactlyInAnyOrder(Role.ADMIN, Role.INTERVIEWER);
        assertThat(map.groups()).containsExactly("hr-admins", "recruiting", "panel");
    }

    @Test
    void noMappedGroupGivesNoRole() {
        RoleMap map = RoleMap.parse("hr-admins=ADMIN");

        assertThat(map.rolesFor(List.of("HR-ADMINS", "everyone"))).isEmpty();
        assertThat(map.rolesFor(List.of())).isEmpty();
        assertThat(RoleMap.parse(" ").isEmpty()).isTrue();
    }

    @Test
    void aGroupNameMayContainAnEqualsSignSinceTheRoleFollowsTheLastOne() {
        assertThat(RoleMap.parse("ou=groups=ADMIN").rolesFor(List.of("ou=groups"))).containsExactly(Role.ADMIN);
    }

    @Test
    void anEntryThatIsNotGroupEqualsRoleOrAnUnknownRoleIsRefusedByName() {
        assertThatThrownBy(() -> RoleMap.parse("hr-admins")).hasMessageContaining("\"hr-admins\" is not group=ROLE");
        assertThatThrownBy(() -> RoleMap.parse("=ADMIN")).hasMessageContaining("is not group=ROLE");
        assertThatThrownBy(() -> RoleMap.parse("hr=BOSS"))
                .hasMessageContaining("\"BOSS\" is not a role; the roles are ADMIN, RECRUITER, INTERVIEWER, HIRING_MANAGER");
    }
}
