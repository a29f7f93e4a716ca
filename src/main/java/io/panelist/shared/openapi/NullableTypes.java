package io.panelist.shared.openapi;

import java.util.List;
import java.util.Map;

/**
 * A nullable property whose schema is a reference (written {@code nullable: true, allOf: [$ref]}) gets the type of
 * what it refers to: OpenAPI 3.0 ignores {@code nullable} without a {@code type} beside it.
 */
final class NullableTypes {
    private static final String SCHEMAS = "#/components/schemas/";

    private NullableTypes() {
    }

    @SuppressWarnings("unchecked")
    static void fix(Object node, Map<String, Object> schemas) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> schema = (Map<String, Object>) map;
            if (Boolean.TRUE.equals(schema.get("nullable")) && !schema.containsKey("type")) {
                String type = referencedType(schema, schemas);
                if (type != null) {
                    schema.put("type", type);
                }
            }
            schema.values().forEach(value -> fix(value, schemas));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> fix(value, schemas));
        }
    }

    @SuppressWarnings("unchecked")
    private static String referencedType(Map<String, Object> schema, Map<String, Object> schemas) {
        Object composed = schema.getOrDefault("allOf", schema.getOrDefault("oneOf", schema.get("anyOf")));
        if (!(composed instanceof List<?> parts) || parts.size() != 1
                || !(parts.get(0) instanceof Map<?, ?> part) || !(part.get("$ref") instanceof String ref)
                || !ref.startsWith(SCHEMAS)) {
            return null;
        }
        Object target = schemas.get(ref.substring(SCHEMAS.length()));
        if (target instanceof Map<?, ?> targetSchema && targetSchema.get("type") instanceof String type) {
            return type;
        }
        return "object";
    }
}
