package io.panelist.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.web.WebTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input, generated from the OpenAPI document for every operation that takes a body or parameters: malformed
 * JSON, bodies that are not objects, trailing content, missing fields, nulls, extra fields, wrong types, arrays for
 * single values, 1 MB strings, control characters and unicode, a wrong Content-Type, negative and huge page and
 * size, invalid ids and dates. Every refusal is a 4xx problem+json (never a 5xx), and no refused request changes
 * the row count of any table; no problem shows class names or stack traces. The callers may do each operation (an admin, or the panelist, or the hiring
 * manager), with real ids from the demo world, so the refusals come from input checking.
 */
class BadInputSweepTest extends WebTest {
    private static final String ONE_MEGABYTE = "x".repeat(1024 * 1024 + 1);
    private static final String CONTROL_AND_UNICODE = "a\u0000b\u0001\u001b[31m\u007f\u202e\u2028 Ünïcödé 😀 \uFEFF";

    /** One request the sweep sends; {@code mustRefuse} is false where the input is odd but acceptable. */
    private record Case(String operation, String what, String method, String path, String contentType, String body,
                        boolean mustRefuse) {
    }

    private Map<String, Object> document;
    private Map<String, String> tokens;
    private Map<String, String> ids;

    @Test
    void everyOperationRefusesBadInputWithAProblemAndWritesNothing() throws Exception {
        document = openApi();
        signInAndFindTheWorld();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String method = operation.getKey().toUpperCase();
                if (path.getKey().equals("/logout") || path.getKey().startsWith("/oauth")) {
                    continue; // the framework's token endpoints: covered by the identity tests
                }
                @SuppressWarnings("unchecked")
                List<Case> cases = casesFor(method, path.getKey(), (Map<String, Object>) operation.getValue());
                if (cases.isEmpty()) {
                    continue;
                }
                Map<String, Long> before = rowCounts();
                boolean anyAccepted = false;
                for (Case c : cases) {
                    sent++;
                    Answer answer = send(c);
                    String label = c.method() + " " + c.path().substring(0, Math.min(c.path().length(), 120))
                            + " [" + c.what() + "]";
                    if (answer.status() >= 500) {
                        failures.add(label + " -> " + answer);
                    } else if (answer.status() >= 400 && !answer.isProblem()) {
                        failures.add(label + " -> not problem+json (" + answer.contentType() + "): " + answer);
                    } else if (answer.status() >= 400 && (answer.text().contains("io.panelist")
                            || answer.text().contains("Exception") || answer.text().contains("\tat "))) {
                        failures.add(label + " -> the problem shows internals: " + answer);
                    } else if (answer.status() < 400 && c.mustRefuse()) {
                        failures.add(label + " -> accepted: " + answer);
                    }
                    anyAccepted |= answer.status() < 400;
                }
                Map<String, Long> after = rowCounts();
                if (!anyAccepted && !before.equals(after)) {
                    failures.add(method + " " + path.getKey() + " -> refused requests changed rows: "
                            + changed(before, after));
                }
            }
        }
        assertThat(sent).as("cases sent").isGreaterThan(500);
        assertThat(failures).as(failures.size() + " failures of " + sent + " cases:\n" + String.join("\n", failures))
                .isEmpty();
    }

    private List<Case> casesFor(String method, String path, Map<String, Object> operation) {
        List<Case> cases = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
                List.of());
        Map<String, Object> bodySchema = bodySchema(operation);
        String name = method + " " + path;
        String realPath = path;
        for (Map<String, Object> parameter : parameters) {
            if ("path".equals(parameter.get("in"))) {
                realPath = realPath.replace("{" + parameter.get("name") + "}", idFor(path));
            }
        }
        String validBody = bodySchema == null ? null : "{}";
        for (Map<String, Object> parameter : parameters) {
            String in = (String) parameter.get("in");
            String param = (String) parameter.get("name");
            Map<String, Object> schema = resolve(map(parameter.get("schema")));
            if ("path".equals(in)) {
                for (String bad : List.of("not-a-uuid", "12345", "00000000-0000-0000-0000-00000000000g",
                        "%F0%9F%98%80", "%00", "%20", "..%2F..%2Fetc", "-1")) {
                    cases.add(new Case(name, "path " + param + "=" + bad, method,
                            path.replace("{" + param + "}", bad).replaceAll("\\{[a-zA-Z]+}", idFor(path)),
                            validBody == null ? null : "application/json", validBody, true));
                }
            } else if ("query".equals(in)) {
                for (Map.Entry<String, Boolean> bad : badQueryValues(param, schema).entrySet()) {
                    String value = bad.getKey();
                    String shown = value.length() > 40 ? value.length() + " characters" : value;
                    cases.add(new Case(name, "query " + param + "=" + shown, method, realPath + "?" + param + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8),
                            validBody == null ? null : "application/json", validBody, bad.getValue()));
                }
            }
        }
        if (bodySchema != null) {
            addBodyCases(cases, name, method, realPath, resolve(bodySchema));
        }
        return cases;
    }

    private void addBodyCases(List<Case> cases, String name, String method, String path, Map<String, Object> schema) {
        Map<String, Object> properties = map(schema.getOrDefault("properties", Map.of()));
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) schema.getOrDefault("required", List.of());
        String first = properties.isEmpty() ? "value" : properties.keySet().iterator().next();
        String json = "application/json";
        cases.add(new Case(name, "malformed", method, path, json, "{\"" + first + "\": ", true));
        cases.add(new Case(name, "unclosed string", method, path, json, "{\"" + first + "\": \"abc", true));
        cases.add(new Case(name, "single quotes", method, path, json, "{'" + first + "': 'x'}", true));
        cases.add(new Case(name, "comment", method, path, json, "{/* c */}", !required.isEmpty()));
        for (String notAnObject : List.of("[]", "\"text\"", "42", "true", "null", "[{}]")) {
            cases.add(new Case(name, "body " + notAnObject, method, path, json, notAnObject, true));
        }
        cases.add(new Case(name, "trailing content", method, path, json, "{}}", true));
        cases.add(new Case(name, "two documents", method, path, json, "{} {}", true));
        cases.add(new Case(name, "empty body", method, path, json, "", true));
        cases.add(new Case(name, "text/plain", method, path, "text/plain", "{}", true));
        cases.add(new Case(name, "application/xml", method, path, "application/xml", "<a/>", true));
        cases.add(new Case(name, "form", method, path, "application/x-www-form-urlencoded",
                first + "=x", true));
        cases.add(new Case(name, "1 MB string", method, path, json, write(Map.of(first, ONE_MEGABYTE)), true));
        if (!required.isEmpty()) {
            // with required fields missing the body is invalid whatever else it holds
            cases.add(new Case(name, "missing fields", method, path, json, "{}", true));
            Map<String, Object> nulls = new LinkedHashMap<>();
            properties.keySet().forEach(p -> nulls.put(p, null));
            cases.add(new Case(name, "all null", method, path, json, write(nulls), true));
            cases.add(new Case(name, "extra fields", method, path, json,
                    write(Map.of("unexpected", true, "__proto__", Map.of("admin", true), "id", "x")), true));
        }
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            String p = property.getKey();
            Map<String, Object> type = resolve(map(property.getValue()));
            for (Object wrong : wrongValues(type)) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put(p, wrong);
                cases.add(new Case(name, p + "=" + abbreviate(wrong), method, path, json, write(body), true));
            }
            if ("string".equals(type.get("type")) && type.get("enum") == null && type.get("format") == null) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put(p, CONTROL_AND_UNICODE);
                // a NUL can never be stored; with required fields missing the body is invalid anyway
                cases.add(new Case(name, p + " with control characters", method, path, json, write(body), true));
                if (required.stream().anyMatch(r -> !r.equals(p))) {
                    // unicode is welcome; here another required field is missing, so the body is still refused
                    body.put(p, "Ünïcödé 😀 \u202e");
                    cases.add(new Case(name, p + " unicode", method, path, json, write(body), true));
                }
            }
        }
    }

    /** Values of the wrong type for a property, each certain to be refused. */
    private List<Object> wrongValues(Map<String, Object> type) {
        Object kind = type.get("type");
        List<Object> wrong = new ArrayList<>();
        if (type.get("enum") != null) {
            wrong.add("NOT_A_VALUE");
            wrong.add(List.of(((List<?>) type.get("enum")).get(0)));
            wrong.add(7);
        } else if ("string".equals(kind)) {
            wrong.add(Map.of("a", 1));
            wrong.add(List.of("x"));
            if ("uuid".equals(type.get("format"))) {
                wrong.add("not-a-uuid");
                wrong.add("00000000-0000-0000-0000-00000000000g");
            }
            if ("date-time".equals(type.get("format"))) {
                wrong.add("2026-02-30T25:00:00Z");
                wrong.add("yesterday");
            }
        } else if ("integer".equals(kind) || "number".equals(kind)) {
            wrong.add("abc");
            wrong.add(Map.of());
            wrong.add(List.of(1));
            wrong.add(new java.math.BigInteger("99999999999999999999999999"));
            if ("integer".equals(kind)) {
                wrong.add(1.5);
            }
        } else if ("boolean".equals(kind)) {
            wrong.add("maybe");
            wrong.add(List.of(true));
        } else if ("array".equals(kind)) {
            wrong.add(Map.of("a", 1));
            Map<String, Object> items = resolve(map(type.getOrDefault("items", Map.of())));
            if ("object".equals(items.get("type")) || items.get("properties") != null) {
                wrong.add(List.of("not an object"));
            } else if (items.get("enum") != null) {
                wrong.add(List.of("NOT_A_VALUE"));
            } else if ("uuid".equals(items.get("format"))) {
                wrong.add(List.of("not-a-uuid"));
            }
        } else if (type.get("properties") != null) {
            wrong.add("not an object");
            wrong.add(List.of(Map.of()));
        }
        return wrong;
    }

    /** Bad query values: true where the value must be refused, false where it may also be accepted. */
    private Map<String, Boolean> badQueryValues(String name, Map<String, Object> schema) {
        Map<String, Boolean> values = new LinkedHashMap<>();
        Object kind = schema.get("type");
        if (schema.get("enum") != null) {
            values.put("NOT_A_VALUE", true);
        } else if ("integer".equals(kind)) {
            values.put("abc", true);
            values.put("1.5", true);
            values.put("-1", true);
            values.put("99999999999999999999", true);
            values.put("2147483648", true);
            if ("size".equals(name)) {
                values.put("0", true);
                values.put("101", true);
            }
        } else if ("boolean".equals(kind)) {
            values.put("maybe", true);
        } else if ("uuid".equals(schema.get("format"))) {
            values.put("not-a-uuid", true);
            values.put("", false);
        } else if (name.equals("from") || name.equals("to")) {
            values.put("2026-13-45", true);
            values.put("yesterday", true);
            values.put("2026-02-30T25:00:00Z", true);
        } else {
            values.put("x".repeat(70_000), true);
            values.put(CONTROL_AND_UNICODE, false);
            values.put("' OR 1=1 --", false);
            values.put("%", false);
        }
        return values;
    }

    private Map<String, Object> bodySchema(Map<String, Object> operation) {
        Map<String, Object> body = map(operation.get("requestBody"));
        Map<String, Object> content = map(body == null ? null : body.get("content"));
        Map<String, Object> json = map(content == null ? null : content.get("application/json"));
        return json == null ? null : map(json.get("schema"));
    }

    /** Follows a $ref, and a nullable allOf of one $ref, to the schema itself. */
    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null) {
            return Map.of();
        }
        if (schema.get("$ref") != null) {
            String name = ((String) schema.get("$ref")).substring("#/components/schemas/".length());
            return resolve(map(map(map(document.get("components")).get("schemas")).get(name)));
        }
        if (schema.get("allOf") instanceof List<?> all && all.size() == 1) {
            return resolve(map(all.get(0)));
        }
        return schema;
    }

    /** The real id a path's parameters stand for, from the collection the path names. */
    private String idFor(String path) {
        String collection = path.replaceFirst("^/api/v1/", "").replaceFirst("^/", "").replaceFirst("/.*", "");
        return Objects.requireNonNull(ids.get(collection), "no id for " + path);
    }

    /** The caller allowed to do an operation: the panelist for scorecards, the manager for decisions. */
    private String tokenFor(String method, String path) {
        if (path.matches("/api/v1/interviews/[^/]+/scorecard.*")) {
            return tokens.get("ana");
        }
        if (!method.equals("GET") && path.matches("/api/v1/applications/[^/]+/(decision|reopen).*")) {
            return tokens.get("manager");
        }
        if (path.startsWith("/login")) {
            return null;
        }
        return tokens.get("admin");
    }

    private Answer send(Case c) {
        Api.Call call = api.call(c.method(), c.path()).token(tokenFor(c.method(), c.path()));
        // versioned writes need If-Match: with one, the bad input itself is what gets refused
        if (c.method().equals("PUT") || c.method().equals("PATCH")
                || c.path().contains("/scorecard") && !c.method().equals("GET")) {
            call.header("If-Match", "\"1\"");
        }
        if (c.body() != null) {
            call.raw(c.body(), c.contentType());
        }
        return call.send();
    }

    private void signInAndFindTheWorld() {
        tokens = new LinkedHashMap<>();
        for (String who : List.of("admin", "manager", "ana")) {
            tokens.put(who, api.login(who + "@example.com", DEMO_PASSWORD));
        }
        String admin = tokens.get("admin");
        ids = new LinkedHashMap<>();
        for (String collection : List.of("users", "topics", "questions", "positions", "plans", "candidates",
                "applications")) {
            JsonNode list = api.get("/api/v1/" + collection + "?size=1", admin).json();
            ids.put(collection, (list.has("items") ? list.get("items") : list).get(0).get("id").asText());
        }
        JsonNode agenda = api.get("/api/v1/me/interviews", tokens.get("ana")).json().get("items");
        ids.put("interviews", agenda.get(0).get("interviewId").asText());
        ids.put("applications", agenda.get(0).get("applicationId").asText());
        ids.put("interviewers", api.get("/api/v1/me", tokens.get("ana")).json().get("id").asText());
        ids.put("admin", heldMail());
        // the demo has no webhook: one at a public address (an IP literal, so no DNS is needed)
        ids.put("webhooks", api.post("/api/v1/webhooks", admin, Map.of("url", "https://203.0.113.10/hooks",
                "events", List.of("interview.scheduled"))).json().get("id").asText());
        ids.put("api-keys", api.post("/api/v1/api-keys", admin, Map.of("name", "Sweep", "scopes",
                List.of("interviews:read"), "expiresAt", java.time.Instant.now().plus(java.time.Duration.ofDays(30))
                        .toString())).json().get("id").asText());
        selfSchedulingIds(admin);
    }

    /** A self-scheduling link of Ana's application (its token for the public paths) and the admin's calendar feed. */
    private void selfSchedulingIds(String admin) {
        String application = ids.get("applications");
        String plan = api.get("/api/v1/applications/" + application, admin).json().get("planId").asText();
        String stage = api.get("/api/v1/plans/" + plan, admin).json().at("/stages/0/id").asText();
        java.time.Instant from = java.time.Instant.now().plus(java.time.Duration.ofDays(1));
        JsonNode link = api.post("/api/v1/applications/" + application + "/scheduling-links", admin, Map.of(
                "stageId", stage, "from", from.toString(), "to", from.plus(java.time.Duration.ofDays(7)).toString(),
                "panelSize", 1, "expiresAt", from.plus(java.time.Duration.ofDays(7)).toString())).json();
        ids.put("scheduling-links", link.get("id").asText());
        ids.put("public", link.get("token").asText());
        String feed = api.post("/api/v1/me/calendar-feed", admin, Map.of()).json().get("url").asText();
        ids.put("calendar", feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length()));
    }

    /** The demo enqueues no mail yet: one HELD message for the outbox's routes. */
    private static String heldMail() {
        String id = java.util.UUID.randomUUID().toString();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO outbox (id, kind, status, recipient, subject, payload, "
                    + "next_attempt_at, created_at) VALUES ('" + id + "', 'INVITATION', 'HELD', 'ana@example.com', "
                    + "'Interview', '{}', now(), now())");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            // public_request_counts counts every public request, refused or not: that is what it is for
            try (ResultSet rs = statement.executeQuery("SELECT quote_ident(tablename) FROM pg_tables "
                    + "WHERE schemaname = 'public' AND tablename NOT IN ('flyway_schema_history',"
                    + " 'public_request_counts') ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            String query = String.join(" UNION ALL ", tables.stream()
                    .map(t -> "SELECT '" + t + "', count(*) FROM " + t).toList());
            try (ResultSet rs = statement.executeQuery(query)) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    private static String changed(Map<String, Long> before, Map<String, Long> after) {
        List<String> changes = new ArrayList<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changes.add(table + " " + before.get(table) + " -> " + count);
            }
        });
        return String.join(", ", changes);
    }

    private static Map<String, Object> openApi() throws IOException {
        try (InputStream in = BadInputSweepTest.class.getResourceAsStream("/META-INF/swagger/panelist.yml")) {
            assertThat(in).as("the OpenAPI document on the classpath").isNotNull();
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static String write(Object value) {
        try {
            return Api.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
