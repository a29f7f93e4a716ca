package io.panelist.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.panelist.support.TestDatabase;

import java.util.HashMap;
import java.util.Map;

/**
 * A second Panelist server in the same JVM, as a load balancer's second instance: the test's configuration, its own
 * random port, and the same PostgreSQL unless {@code overrides} point its pool elsewhere.
 */
final class OtherInstance {
    private OtherInstance() {
    }

    static EmbeddedServer start(Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("micronaut.server.port", -1);
        properties.putAll(overrides);
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    static void stop(EmbeddedServer server) {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }
}
