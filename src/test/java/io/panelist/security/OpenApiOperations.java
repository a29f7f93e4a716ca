package io.panelist.security;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Every operation (method and path) of the generated OpenAPI document, as the build put it on the classpath. */
final class OpenApiOperations {
    static final String DOCUMENT = "META-INF/swagger/panelist.yml";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

    private OpenApiOperations() {
    }

    /** "GET /api/v1/me", ... in document order. */
    @SuppressWarnings("unchecked")
    static Set<String> all() {
        try (InputStream in = OpenApiOperations.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the classpath; compile first");
            }
            Map<String, Object> document = new Yaml().load(in);
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
            Set<String> operations = new LinkedHashSet<>();
            paths.forEach((path, item) -> item.keySet().stream().filter(METHODS::contains)
                    .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
            return operations;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> writes() {
        Set<String> writes = new LinkedHashSet<>();
        all().stream().filter(op -> Row.WRITES.contains(op.substring(0, op.indexOf(' ')))).forEach(writes::add);
        return writes;
    }
}
