package io.panelist.identity.oidc;

import io.panelist.identity.Role;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which Panelist roles the provider's groups give ({@code PANELIST_OIDC_ROLE_MAP}):
 * {@code "hr-admins=ADMIN,recruiting=RECRUITER"}. A group may appear more than once to give several roles; group
 * names are matched exactly, as the provider writes them.
 */
final class RoleMap {
    private final Map<String, Set<Role>> rolesByGroup;

    private RoleMap(Map<String, Set<Role>> rolesByGroup) {
        this.rolesByGroup = rolesByGroup;
    }

    /** @throws IllegalArgumentException naming the entry that is not {@code group=ROLE} or the role that does not exist */
    static RoleMap parse(String spec) {
        Map<String, Set<Role>> map = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            String group = equals < 0 ? "" : entry.substring(0, equals).trim();
            String role = equals < 0 ? "" : entry.substring(equals + 1).trim();
            if (group.isEmpty() || role.isEmpty()) {
                throw new IllegalArgumentException("PANELIST_OIDC_ROLE_MAP: \"" + entry.trim()
                        + "\" is not group=ROLE (e.g. hr-admins=ADMIN)");
            }
            map.computeIfAbsent(group, g -> EnumSet.noneOf(Role.class)).add(role(role));
        }
        return new RoleMap(map);
    }

    /** The roles these groups give together; empty when none of them is mapped. */
    Set<Role> rolesFor(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.stream().map(rolesByGroup::get).filter(r -> r != null).forEach(roles::addAll);
        return Collections.unmodifiableSet(roles);
    }

    /** The mapped groups, for telling someone which groups would give them a role. */
    Set<String> groups() {
        return Collections.unmodifiableSet(rolesByGroup.keySet());
    }

    boolean isEmpty() {
        return rolesByGroup.isEmpty();
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PANELIST_OIDC_ROLE_MAP: \"" + name + "\" is not a role; the roles are "
                    + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")), e);
        }
    }
}
