package io.panelist.security;

import io.micronaut.context.ApplicationContext;
import io.panelist.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo signing secret is published (application-demo.yml, the README): anyone could sign an administrator's
 * token with it. Outside the demo environment it stops start-up, set as PANELIST_JWT_SECRET or through the demo's
 * configuration alike.
 */
class DemoSecretOutsideTheDemoTest {
    static final String DEMO_SECRET = "panelist-demo-signing-secret-never-use-this-in-production";

    @Test
    void theDemoSecretStopsStartUpInProdAndEveryOtherEnvironmentButTheDemo() {
        for (List<String> environments : List.of(List.of("prod"), List.of("test"), List.of("prod", "demo"))) {
            Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
            properties.put("panelist.jwt.secret", DEMO_SECRET);

            assertThatThrownBy(() -> ApplicationContext.run(properties, environments.toArray(String[]::new)).close())
                    .as("environments %s", environments)
                    .satisfies(failure -> assertThat(rootMessage(failure))
                            .contains("PANELIST_JWT_SECRET is the published demo secret"));
        }
    }

    @Test
    void theDemoStartsWithItsOwnSecret() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("panelist.packs.builtin", "false");
        try (ApplicationContext demo = ApplicationContext.run(properties, "demo")) {
            assertThat(demo.getRequiredProperty("panelist.jwt.secret", String.class)).isEqualTo(DEMO_SECRET);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
