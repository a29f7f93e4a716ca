package io.panelist.shared.openapi;

import io.micronaut.security.endpoints.LoginController;
import io.micronaut.security.endpoints.OauthController;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A build step, run by Maven right after compiling (see pom.xml): completes the OpenAPI document that
 * micronaut-openapi generated with what it cannot know or leaves out, so that every operation lists each error it
 * can answer ({@link ErrorAnswers}) with the one {@link ProblemSchema}, anonymous routes need no token, and
 * {@code @redocly/cli lint} finds no error. Running it twice changes nothing.
 * <p>
 * Arguments: the document ({@code target/classes/META-INF/swagger/panelist.yml}) and the compiled classes folder.
 */
public final class OpenApiCompletion {
    /** What Application includes with {@code @OpenAPIInclude}, an annotation the compiled class no longer has. */
    static final List<Class<?>> INCLUDED = List.of(LoginController.class, OauthController.class);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
    /** The library's routes, whose source carries no summary and no refusals of its own. */
    private static final Map<String, LibraryRoute> LIBRARY = Map.of(
            "POST /login", new LibraryRoute("Sign in with email and password", Map.of(
                    "401", "Wrong email or password, or a deactivated account",
                    "429", "Too many failed sign-ins for this account or address; try again after Retry-After seconds")),
            "POST /oauth/access_token", new LibraryRoute("Trade a refresh token for a new access token", Map.of(
                    "401", "The refresh token is unknown, spent, revoked or expired")),
            "GET /oauth/access_token", new LibraryRoute("Trade the refresh token cookie for a new access token",
                    Map.of("401", "No refresh token cookie, or one that is unknown, spent, revoked or expired")));

    private OpenApiCompletion() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: OpenApiCompletion <openapi.yml> <classes folder>");
        }
        Path document = Path.of(args[0]);
        Routes routes = Routes.of(Path.of(args[1]), Thread.currentThread().getContextClassLoader(), INCLUDED);
        Map<String, Object> openApi;
        try (Reader in = Files.newBufferedReader(document, StandardCharsets.UTF_8)) {
            openApi = new Yaml(new LoaderOptions()).load(in);
        }
        complete(openApi, routes);
        try (Writer out = Files.newBufferedWriter(document, StandardCharsets.UTF_8)) {
            new Yaml(dumperOptions()).dump(openApi, out);
        }
    }

    @SuppressWarnings("unchecked")
    static void complete(Map<String, Object> openApi, Routes routes) {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) openApi.get("paths");
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            Map<String, Object> responses = (Map<String, Object>) operation.computeIfAbsent("responses",
                    k -> new LinkedHashMap<>());
            String name = method.toUpperCase() + " " + path;
            Routes.Route route = routes.route(method, path).orElseThrow(() -> new IllegalStateException(
                    "The OpenAPI document has " + name + " but no compiled controller has that route; if it comes "
                            + "from a library controller, add it to OpenApiCompletion.INCLUDED"));
            Map<String, String> refusals = LIBRARY.containsKey(name) ? LIBRARY.get(name).refusals() : route.refusals();
            refusals.forEach((code, when) -> responses.putIfAbsent(code, ProblemSchema.map("description", when)));
            if (LIBRARY.containsKey(name)) {
                operation.putIfAbsent("summary", LIBRARY.get(name).summary());
            }
            ErrorAnswers.complete(operation, route.anonymous());
        }));
        Map<String, Object> components = (Map<String, Object>) openApi.computeIfAbsent("components",
                k -> new LinkedHashMap<>());
        Map<String, Object> schemas = (Map<String, Object>) components.computeIfAbsent("schemas",
                k -> new LinkedHashMap<>());
        schemas.put(ProblemSchema.NAME, ProblemSchema.schema());
        NullableTypes.fix(openApi, schemas);
    }

    private static DumperOptions dumperOptions() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(120);
        options.setSplitLines(false);
        return options;
    }

    private record LibraryRoute(String summary, Map<String, String> refusals) {
    }
}
