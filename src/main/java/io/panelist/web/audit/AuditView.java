package io.panelist.web.audit;

import io.micronaut.core.annotation.Nullable;
import io.panelist.audit.AuditEventResponse;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.web.PageLinks;
import io.panelist.web.identity.UserWording;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One page of the audit log, newest first: when, who, what, to which entity, and the details in words. */
record AuditView(List<Row> rows, String summary, String entityType, String entityId, List<String> entityTypes,
                 String pageLabel, @Nullable String previous, @Nullable String next) {
    /** The entity types the features record, offered in the filter. */
    static final List<String> ENTITY_TYPES = List.of("application", "candidate", "interview", "plan", "position",
            "question", "question-pack", "scorecard", "topic", "user");

    record Row(String when, String actor, String action, String entityType, String entityId,
               @Nullable String entityLink, @Nullable String entityFilter, List<Detail> details) {
    }

    record Detail(String name, String value) {
    }

    static AuditView of(Page<AuditEventResponse> page, String entityType, String entityId, String zone) {
        List<Row> rows = page.items().stream().map(e -> row(e, zone)).toList();
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        String summary = page.total() == 0 ? "No events match."
                : page.total() + (page.total() == 1 ? " event" : " events") + ", newest first.";
        List<String> types = ENTITY_TYPES.contains(entityType) || entityType.isBlank() ? ENTITY_TYPES
                : java.util.stream.Stream.concat(ENTITY_TYPES.stream(), java.util.stream.Stream.of(entityType)).toList();
        return new AuditView(rows, summary, entityType, entityId, types, "Page " + (page.page() + 1) + " of " + pages,
                page.page() > 0 ? link(entityType, entityId, page.page() - 1, page.size()) : null,
                page.page() + 1 < pages ? link(entityType, entityId, page.page() + 1, page.size()) : null);
    }

    private static Row row(AuditEventResponse event, String zone) {
        String id = event.entityId() == null ? "" : event.entityId().toString();
        String page = event.entityId() == null ? null : switch (event.entityType()) {
            case "question" -> "/questions/" + id;
            case "topic" -> "/topics/" + id;
            case "user" -> "/admin/users/" + id;
            default -> null;
        };
        String filter = event.entityId() == null ? null : link(event.entityType(), id, 0, Paging.DEFAULT_SIZE);
        String actor = event.actorEmail() != null ? event.actorEmail()
                : event.actorId() != null ? "a removed user" : "Panelist (seed or system)";
        return new Row(UserWording.when(event.occurredAt(), zone), actor, event.action(), event.entityType(), id, page,
                filter, details(event.details()));
    }

    /** Each detail as "name: value"; lists joined, nested objects (such as import counts) written out inline. */
    static List<Detail> details(@Nullable Map<String, Object> details) {
        if (details == null) {
            return List.of();
        }
        return details.entrySet().stream().map(e -> new Detail(words(e.getKey()), value(e.getValue()))).toList();
    }

    private static String value(@Nullable Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> words(String.valueOf(e.getKey())) + " " + value(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(AuditView::value).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** {@code newRubricVersion} reads as "new rubric version". */
    private static String words(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String link(String entityType, String entityId, int page, int size) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("entityType", entityType);
        filters.put("entityId", entityId);
        return PageLinks.of("/admin/audit", filters, page, size);
    }
}
