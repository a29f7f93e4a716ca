package io.panelist.shared.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The error answers of one operation, derived from what it declares, so that a new endpoint is documented without
 * work of its own: a signed-in route answers 401 and 403 (a role, an API key's scope or an object the caller may not
 * touch); parameters or a body, 400; an id in the path, 404; a required {@code If-Match}, 428 and 412 (an optional
 * one, 412). Answers a controller declares itself (409, 422, 429, ...) keep their words. Every error answer is
 * {@code application/problem+json} with the one {@code Problem} schema.
 */
final class ErrorAnswers {
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/" + ProblemSchema.NAME;
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Invalid input: a malformed id, parameter or body; `errors` names each field. Nothing was written.",
            "401", "No valid token: missing, expired or tampered",
            "403", "Signed in, but not allowed to do this: a role or an API key scope this operation does not take,"
                    + " or an object that is not yours to change",
            "404", "No such object, or none the caller may see",
            "409", "Refused: it conflicts with the current state",
            "412", "If-Match names a version that is no longer current (the problem's `context.currentVersion` says"
                    + " which is); nothing was written. Read it again, apply your change, and send the new ETag.",
            "422", "Well-formed, but refused by a rule; the problem says which",
            "428", "If-Match is missing: send the ETag of the version you read. Nothing was written.",
            "429", "Too many requests; try again after Retry-After seconds");

    private ErrorAnswers() {
    }

    /** The error statuses an operation answers by what it declares, whatever its controller wrote. */
    @SuppressWarnings("unchecked")
    static SortedSet<String> derived(Map<String, Object> operation, boolean anonymous) {
        SortedSet<String> codes = new TreeSet<>();
        if (!anonymous) {
            codes.add("401");
            codes.add("403");
        }
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
                List.of());
        boolean takesInput = operation.containsKey("requestBody")
                || parameters.stream().anyMatch(p -> List.of("path", "query").contains(p.get("in")));
        if (takesInput) {
            codes.add("400");
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.get("in")))) {
            codes.add("404");
        }
        parameters.stream()
                .filter(p -> "header".equals(p.get("in")) && "If-Match".equalsIgnoreCase((String) p.get("name")))
                .findFirst()
                .ifPresent(ifMatch -> {
                    codes.add("412");
                    if (Boolean.TRUE.equals(ifMatch.get("required"))) {
                        codes.add("428");
                    }
                });
        return codes;
    }

    /** Adds the derived answers, gives every error answer the problem body, and opens anonymous routes. */
    @SuppressWarnings("unchecked")
    static void complete(Map<String, Object> operation, boolean anonymous) {
        Map<String, Object> responses = (Map<String, Object>) operation.computeIfAbsent("responses",
                k -> new LinkedHashMap<>());
        for (String code : derived(operation, anonymous)) {
            responses.computeIfAbsent(code, k -> ProblemSchema.map("description", DESCRIPTIONS.get(code)));
        }
        responses.forEach((code, answer) -> {
            if (code.startsWith("4")) {
                Map<String, Object> response = (Map<String, Object>) answer;
                response.putIfAbsent("description", DESCRIPTIONS.getOrDefault(code, "Refused"));
                response.put("content", ProblemSchema.map(PROBLEM_JSON,
                        ProblemSchema.map("schema", ProblemSchema.map("$ref", PROBLEM_REF))));
            }
        });
        operation.put("responses", new LinkedHashMap<>(new TreeMap<>(responses)));
        if (anonymous) {
            operation.put("security", new ArrayList<>());
        }
    }
}
