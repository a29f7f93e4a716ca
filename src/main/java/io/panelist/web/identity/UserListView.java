package io.panelist.web.identity;

import io.panelist.web.PageLinks;

import io.micronaut.core.annotation.Nullable;
import io.panelist.identity.Role;
import io.panelist.identity.UserResponse;
import io.panelist.shared.Page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** One page of users as the list shows them, with the filters as chosen and the links to the pages around it. */
record UserListView(List<Row> rows, String summary, String q, String role, String state, String pageLabel,
                    @Nullable String previous, @Nullable String next) {

    record Row(UUID id, String name, String email, String roles, String timeZone, String limit, boolean active) {
    }

    static UserListView of(Page<UserResponse> page, String q, String role, String state) {
        List<Row> rows = page.items().stream().map(u -> new Row(u.id(), u.displayName(), u.email(),
                u.roles().stream().map(UserWording::role).collect(Collectors.joining(", ")), u.timeZone(),
                UserWording.limit(u.weeklyInterviewLimit()), u.active())).toList();
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        String summary = page.total() == 0 ? "No users match." : page.total() + (page.total() == 1 ? " user" : " users");
        return new UserListView(rows, summary, q, role, state, "Page " + (page.page() + 1) + " of " + pages,
                page.page() > 0 ? link(q, role, state, page.page() - 1, page.size()) : null,
                page.page() + 1 < pages ? link(q, role, state, page.page() + 1, page.size()) : null);
    }

    /** Role choices for the filter: value and words. */
    public List<Map.Entry<String, String>> roleChoices() {
        return List.of(Role.values()).stream().map(r -> Map.entry(r.name(), UserWording.role(r))).toList();
    }

    private static String link(String q, String role, String state, int page, int size) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("role", role);
        filters.put("state", state);
        return PageLinks.of("/admin/users", filters, page, size);
    }
}
