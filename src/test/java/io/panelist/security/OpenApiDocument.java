package io.panelist.security;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The generated OpenAPI document as the build left it on the classpath, read as plain maps. */
final class OpenApiDocument {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
    final Map<String, Object> root;

    private OpenApiDocument(Map<String, Object> root) {
        this.root = root;
    }

    static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(OpenApiOperations.DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(OpenApiOperations.DOCUMENT + " is not on the classpath; compile first");
            }
            return new OpenApiDocument(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "PUT /api/v1/questions/{id}" to its operation object, in document order. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) root.get("paths")).forEach((path, item) -> item.forEach((method, op) -> {
            if (METHODS.contains(method)) {
                operations.put(method.toUpperCase() + " " + path, (Map<String, Object>) op);
            }
        }));
        return operations;
    }

    Set<String> operationsRequiringIfMatch() {
        return operations().entrySet().stream().filter(e -> ifMatch(e.getValue()).map(p -> Boolean.TRUE.equals(
                p.get("required"))).orElse(false)).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parameters(Map<String, Object> operation) {
        return (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
    }

    static java.util.Optional<Map<String, Object>> ifMatch(Map<String, Object> operation) {
        return parameters(operation).stream().filter(p -> "header".equals(p.get("in"))
                && "If-Match".equalsIgnoreCase((String) p.get("name"))).findFirst();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> responses(Map<String, Object> operation) {
        return (Map<String, Map<String, Object>>) operation.getOrDefault("responses", Map.of());
    }

    /** Open to anyone: the operation overrides the document's bearer requirement with none. */
    static boolean isOpen(Map<String, Object> operation) {
        return operation.get("security") instanceof List<?> security && security.isEmpty();
    }
}
