package io.panelist.web.audit;

import io.micronaut.core.annotation.Nullable;
import io.panelist.audit.AuditActions;
import io.panelist.audit.AuditEventResponse;
import io.panelist.identity.UserResponse;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.web.PageLinks;
import io.panelist.web.identity.UserWording;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One page of the audit log, newest first: when, who, what, to which record and the details in words, each id named
 * (a panelist by name, a stage, a plan, an erased candidate as erased); and the filter form as it was sent.
 */
record AuditView(List<Row> rows, String summary, Form form, List<String> entityTypes, List<Option> people,
                 List<Option> actionPrefixes, List<Option> actions, String pageLabel, @Nullable String previous,
                 @Nullable String next) {
    /** The entity types the features record, offered in the filter. */
    static final List<String> ENTITY_TYPES = List.of("api-key", "application", "candidate", "interview",
            "outbox-message", "plan", "position", "question", "question-pack", "scheduling-link", "scorecard", "topic",
            "user", "webhook");

    /** The filter form's fields as sent, trimmed; empty: any. */
    record Form(String entityType, String entityId, String actorId, String action, String from, String to) {
        public boolean any() {
            return Stream.of(entityType, entityId, actorId, action, from, to).anyMatch(v -> !v.isEmpty());
        }

        String link(int page, int size) {
            Map<String, String> filters = new LinkedHashMap<>();
            filters.put("entityType", entityType);
            filters.put("entityId", entityId);
            filters.put("actorId", actorId);
            filters.put("action", action);
            filters.put("from", from);
            filters.put("to", to);
            return PageLinks.of("/admin/audit", filters, page, size);
        }
    }

    record Option(String value, String label, boolean selected) {
    }

    record Row(String when, String actor, @Nullable String actorEmail, String action, String entityType,
               String entityName, @Nullable String entityLink, @Nullable String entityFilter, List<Detail> details) {
    }

    record Detail(String name, String value) {
    }

    static AuditView of(Page<AuditEventResponse> page, Form form, List<UserResponse> users, String zone) {
        List<Row> rows = page.items().stream().map(e -> row(e, zone)).toList();
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        String summary = page.total() == 0 ? "No events match."
                : page.total() + (page.total() == 1 ? " event" : " events") + ", newest first.";
        List<String> types = ENTITY_TYPES.contains(form.entityType()) || form.entityType().isEmpty() ? ENTITY_TYPES
                : Stream.concat(ENTITY_TYPES.stream(), Stream.of(form.entityType())).toList();
        return new AuditView(rows, summary, form, types, people(users, form, page), options(AuditActions.prefixes(),
                form.action(), p -> "any " + p.substring(0, p.length() - 1) + " action"),
                options(AuditActions.sorted(), form.action(), a -> a), "Page " + (page.page() + 1) + " of " + pages,
                page.page() > 0 ? form.link(page.page() - 1, page.size()) : null,
                page.page() + 1 < pages ? form.link(page.page() + 1, page.size()) : null);
    }

    /** Everyone who may act, by name; an actor the list lacks (an API key) keeps its own option, named. */
    private static List<Option> people(List<UserResponse> users, Form form, Page<AuditEventResponse> page) {
        List<Option> people = new ArrayList<>(users.stream().map(u -> new Option(u.id().toString(),
                u.displayName() + " (" + u.email() + ")", u.id().toString().equals(form.actorId()))).toList());
        if (!form.actorId().isEmpty() && people.stream().noneMatch(Option::selected)) {
            String name = page.items().stream().filter(e -> e.actorName() != null).map(AuditEventResponse::actorName)
                    .findFirst().orElse(form.actorId());
            people.add(new Option(form.actorId(), name, true));
        }
        return people;
    }

    private static List<Option> options(List<String> values, String selected,
                                        java.util.function.Function<String, String> label) {
        return values.stream().map(v -> new Option(v, label.apply(v), v.equals(selected))).toList();
    }

    private static Row row(AuditEventResponse event, String zone) {
        String id = event.entityId() == null ? "" : event.entityId().toString();
        String page = event.entityId() == null ? null : switch (event.entityType()) {
            case "question" -> "/questions/" + id;
            case "topic" -> "/topics/" + id;
            case "user" -> "/admin/users/" + id;
            case "application" -> "/applications/" + id;
            case "candidate" -> "/candidates/" + id;
            case "plan" -> "/plans/" + id;
            case "interview" -> "/interviews/" + id;
            default -> null;
        };
        String filter = event.entityId() == null ? null
                : new Form(event.entityType(), id, "", "", "", "").link(0, Paging.DEFAULT_SIZE);
        String actor = event.actorName() != null ? event.actorName()
                : event.actorId() != null ? "a removed user" : "Panelist (seed or system)";
        String entity = event.entityName() != null ? event.entityName() : id;
        return new Row(UserWording.when(event.occurredAt(), zone), actor, event.actorEmail(), event.action(),
                event.entityType(), entity, page, filter, details(event.details(), event.names()));
    }

    /**
     * Each detail as "name: value"; lists joined, nested objects (such as import counts) written out inline, and ids
     * as the names of what they name ({@code panelistIds} reads "panelists: Ana Interviewer, Ben Interviewer").
     */
    static List<Detail> details(@Nullable Map<String, Object> details, Map<String, String> names) {
        if (details == null) {
            return List.of();
        }
        return details.entrySet().stream().map(e -> new Detail(key(e.getKey(), e.getValue(), names),
                value(e.getValue(), names))).toList();
    }

    private static String key(String key, @Nullable Object value, Map<String, String> names) {
        boolean named = value instanceof String text ? names.containsKey(text)
                : value instanceof Collection<?> list && !list.isEmpty()
                  && list.stream().allMatch(v -> names.containsKey(String.valueOf(v)));
        String shown = named ? key.replaceAll("Ids$", "s").replaceAll("Id$", "") : key;
        return words(shown);
    }

    private static String value(@Nullable Object value, Map<String, String> names) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> words(String.valueOf(e.getKey())) + " "
                    + value(e.getValue(), names)).collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "none"
                    : list.stream().map(v -> value(v, names)).collect(Collectors.joining(", "));
        }
        return names.getOrDefault(String.valueOf(value), String.valueOf(value));
    }

    /** {@code newRubricVersion} reads as "new rubric version". */
    private static String words(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
