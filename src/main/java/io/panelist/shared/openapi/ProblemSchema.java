package io.panelist.shared.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one schema of every error answer: {@link io.panelist.shared.problem.Problem}, an RFC 9457 document. */
final class ProblemSchema {
    static final String NAME = "Problem";

    private ProblemSchema() {
    }

    static Map<String, Object> schema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", text("A stable URN naming the kind of problem, e.g. urn:panelist:problem:stale-version"));
        properties.put("title", text("The HTTP status in words"));
        properties.put("status", map("type", "integer", "format", "int32", "description", "The HTTP status"));
        properties.put("detail", text("What went wrong and what to do, for a person"));
        properties.put("instance", text("The request path"));
        properties.put("errors", map("type", "array", "description", "Each invalid field, for invalid input",
                "items", map("type", "object", "required", new ArrayList<>(List.of("field", "message")), "properties",
                        map("field", text("A property path or JSON pointer"), "message", text("What is wrong")))));
        properties.put("requestId", text("The id the logs carry for this request (also in X-Request-Id)"));
        properties.put("context", map("type", "object", "additionalProperties", true,
                "description", "Facts about the refusal, e.g. currentVersion for a stale If-Match"));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", "An RFC 9457 problem document: every error answer has this body");
        schema.put("required", new ArrayList<>(List.of("type", "title", "status", "detail")));
        schema.put("properties", properties);
        return schema;
    }

    private static Map<String, Object> text(String description) {
        return map("type", "string", "description", description);
    }

    /** In the order given, so that the document comes out the same on every build. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
