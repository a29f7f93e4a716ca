package io.panelist.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.TestDatabase;
import io.panelist.web.BrowserSession;
import io.panelist.web.WebTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GET operation of the OpenAPI document and every page answers with the security headers, signed in or not,
 * whatever its status; HSTS and CORS are off unless configured, and follow their configuration when they are.
 */
class SecurityHeadersTest extends WebTest {
    static final String OTHER_ORIGIN = "https://elsewhere.example";
    static final String ALLOWED_ORIGIN = "https://app.example.com";
    @Inject
    Router router;

    @Test
    void everyGetOperationAndEveryPageCarriesTheSecurityHeaders() throws IOException {
        String admin = api.login("admin@example.com", DEMO_PASSWORD);
        BrowserSession browser = signIn("admin@example.com");
        BrowserSession anonymous = new BrowserSession(server.getURI());
        List<String> operations = openApiGetPaths();
        List<String> pages = pagePaths();
        assertThat(operations).as("the OpenAPI document lists the API").hasSizeGreaterThan(20);
        assertThat(pages).as("the router knows the pages").contains("/", "/signin").hasSizeGreaterThan(10);

        int checked = 0;
        for (String path : operations) {
            checked += check(path, api.get(path, admin)) + check(path, api.get(path, null));
        }
        for (String path : pages) {
            checked += check(path, browser.page(path)) + check(path, anonymous.page(path));
        }
        assertThat(checked).isEqualTo(2 * (operations.size() + pages.size()));
    }

    @Test
    void hstsAndCorsAreOffUnlessConfigured() {
        Answer answer = api.get("/health", null);
        assertThat(answer.header("Strict-Transport-Security")).isNull();

        Answer preflight = preflight(api, OTHER_ORIGIN);
        assertThat(preflight.header("Access-Control-Allow-Origin")).as(preflight.toString()).isNull();
        assertThat(preflight(api, ALLOWED_ORIGIN).header("Access-Control-Allow-Origin")).isNull();
        assertThat(api.call("GET", "/api/v1/me").header("Origin", OTHER_ORIGIN).send()
                .header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void hstsAndCorsFollowTheirConfiguration() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("panelist.security.hsts", "true");
        properties.put("micronaut.server.cors.enabled", "true");
        properties.put("micronaut.server.cors.configurations.app.allowed-origins", List.of(ALLOWED_ORIGIN));
        try (EmbeddedServer configured = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            Api other = new Api(configured.getURI());

            assertThat(other.get("/health", null).header("Strict-Transport-Security"))
                    .isEqualTo("max-age=31536000; includeSubDomains");
            assertThat(other.get("/api/v1/me", null).header("Strict-Transport-Security")).isNotNull();
            Answer allowed = preflight(other, ALLOWED_ORIGIN);
            assertThat(allowed.header("Access-Control-Allow-Origin")).as(allowed.toString()).isEqualTo(ALLOWED_ORIGIN);
            assertThat(preflight(other, OTHER_ORIGIN).header("Access-Control-Allow-Origin")).isNull();
        }
    }

    private static Answer preflight(Api target, String origin) {
        return target.call("OPTIONS", "/api/v1/me").header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization").send();
    }

    private static int check(String path, Answer answer) {
        String what = path + " → " + answer.status();
        assertThat(answer.status()).as(what).isLessThan(500);
        assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("same-origin");
        assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(answer.header("Content-Security-Policy")).as(what).contains("frame-ancestors 'none'");
        return 1;
    }

    /** The document's GET paths, with a made-up id for every path parameter. */
    @SuppressWarnings("unchecked")
    private static List<String> openApiGetPaths() throws IOException {
        try (InputStream document = SecurityHeadersTest.class.getResourceAsStream("/META-INF/swagger/panelist.yml")) {
            assertThat(document).as("the OpenAPI document is generated at compile time").isNotNull();
            Map<String, Object> openApi = new Yaml().load(document);
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) openApi.get("paths");
            return paths.entrySet().stream().filter(e -> e.getValue().containsKey("get"))
                    .map(e -> fill(e.getKey())).toList();
        }
    }

    /** The GET routes of the page controllers (hidden from the OpenAPI document), without the tests' own. */
    private List<String> pagePaths() {
        TreeSet<String> paths = new TreeSet<>();
        router.uriRoutes().filter(route -> route.getHttpMethod() == HttpMethod.GET)
                .filter(route -> route.getDeclaringType().getPackageName().startsWith("io.panelist.web"))
                .map(route -> route.getUriMatchTemplate().toString())
                .filter(template -> !template.startsWith("/test-only/"))
                .forEach(template -> paths.add(fill(template)));
        return List.copyOf(paths);
    }

    private static String fill(String template) {
        return template.replaceAll("\\{[?&][^}]*}", "").replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
    }
}
