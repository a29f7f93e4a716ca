package io.panelist.shared.openapi;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The routes of the compiled controllers, read from their annotations ({@code "PUT /api/v1/questions/{id}"}), with
 * what the OpenAPI generator leaves out: whether a route is open to anyone ({@code @Secured(isAnonymous())}), and the
 * {@link Refusal}s its method declares.
 */
final class Routes {
    private static final List<Verb> VERBS = List.of(
            new Verb("GET", Get.class, a -> ((Get) a).value(), a -> ((Get) a).uris()),
            new Verb("POST", Post.class, a -> ((Post) a).value(), a -> ((Post) a).uris()),
            new Verb("PUT", Put.class, a -> ((Put) a).value(), a -> ((Put) a).uris()),
            new Verb("PATCH", Patch.class, a -> ((Patch) a).value(), a -> ((Patch) a).uris()),
            new Verb("DELETE", Delete.class, a -> ((Delete) a).value(), a -> ((Delete) a).uris()));

    private final Map<String, Route> routes;

    /** What the OpenAPI generator does not write: open to anyone, and the refusals the controller declares. */
    record Route(boolean anonymous, Map<String, String> refusals) {
    }

    private Routes(Map<String, Route> routes) {
        this.routes = routes;
    }

    /** Every controller compiled into {@code classes}, and the library controllers the document includes. */
    static Routes of(Path classes, ClassLoader loader, List<Class<?>> included) {
        Map<String, Route> routes = new HashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith("Controller.class") && !name.contains("$"))
                    .map(name -> load(name.substring(0, name.length() - ".class".length())
                            .replace('/', '.').replace('\\', '.'), loader))
                    .forEach(type -> add(type, routes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        included.forEach(type -> add(type, routes));
        return new Routes(routes);
    }

    /** The route of an operation of the document; empty when no compiled controller has it. */
    Optional<Route> route(String method, String path) {
        return Optional.ofNullable(routes.get(method.toUpperCase() + " " + path));
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Cannot load " + name, e);
        }
    }

    private static void add(Class<?> type, Map<String, Route> routes) {
        Controller controller = type.getAnnotation(Controller.class);
        if (controller == null) {
            return;
        }
        Secured classRule = type.getAnnotation(Secured.class);
        for (Method method : type.getDeclaredMethods()) {
            Secured rule = method.isAnnotationPresent(Secured.class) ? method.getAnnotation(Secured.class) : classRule;
            boolean open = rule != null && Arrays.equals(rule.value(), new String[] {SecurityRule.IS_ANONYMOUS});
            Map<String, String> refusals = new TreeMap<>();
            for (Refusal refusal : method.getAnnotationsByType(Refusal.class)) {
                refusals.merge(String.valueOf(refusal.status().getCode()), refusal.when(), (a, b) -> a + "; " + b);
            }
            Route route = new Route(open, refusals);
            for (Verb verb : VERBS) {
                Annotation mapping = method.getAnnotation(verb.annotation());
                if (mapping != null) {
                    verb.uris(mapping).forEach(uri -> routes.put(verb.name() + " " + path(controller.value(), uri),
                            route));
                }
            }
        }
    }

    /** As the OpenAPI document writes it: placeholders resolved to their defaults, no query or regex parts. */
    static String path(String base, String uri) {
        String joined = ("/" + resolve(base) + "/" + resolve(uri))
                .replaceAll("\\{[?&][^}]*}", "")
                .replaceAll("\\{([A-Za-z0-9_]+):[^}]*}", "{$1}")
                .replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String resolve(String value) {
        return value.replaceAll("\\$\\{[^:}]+:([^}]*)}", "$1");
    }

    private record Verb(String name, Class<? extends Annotation> annotation, Function<Annotation, String> value,
                        Function<Annotation, String[]> uris) {
        List<String> uris(Annotation mapping) {
            String[] many = uris.apply(mapping);
            return many.length > 1 ? List.of(many) : List.of(value.apply(mapping));
        }
    }
}
