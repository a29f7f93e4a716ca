package io.panelist.web.notifications;

import io.micronaut.core.annotation.Nullable;
import io.panelist.notifications.OutboxKind;
import io.panelist.notifications.admin.OutboxMessageResponse;
import io.panelist.notifications.OutboxStatus;
import io.panelist.shared.Page;
import io.panelist.web.PageLinks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page of the outbox, newest first, with the filters it was asked for and links to the pages around it. */
record MailListView(List<OutboxMessageResponse> rows, String summary, String status, String kind,
                    List<String> statuses, List<String> kinds, String pageLabel, @Nullable String previous,
                    @Nullable String next) {

    static MailListView of(Page<OutboxMessageResponse> page, String status, String kind) {
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        String summary = page.total() == 0 ? "No messages match."
                : page.total() + (page.total() == 1 ? " message" : " messages") + ", newest first.";
        return new MailListView(page.items(), summary, status, kind,
                Arrays.stream(OutboxStatus.values()).map(Enum::name).toList(),
                Arrays.stream(OutboxKind.values()).map(Enum::name).toList(),
                "Page " + (page.page() + 1) + " of " + pages,
                page.page() > 0 ? link(status, kind, page.page() - 1, page.size()) : null,
                page.page() + 1 < pages ? link(status, kind, page.page() + 1, page.size()) : null);
    }

    private static String link(String status, String kind, int page, int size) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", status);
        filters.put("kind", kind);
        return PageLinks.of("/admin/mail", filters, page, size);
    }
}
