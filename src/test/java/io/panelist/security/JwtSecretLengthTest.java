package io.panelist.security;

import io.micronaut.context.ApplicationContext;
import io.panelist.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A signing secret under 256 bits stops start-up, with a message that says what to set. */
class JwtSecretLengthTest {

    @Test
    void aSecretShorterThan256BitsStopsStartUp() {
        for (String secret : new String[] {"", "31-bytes-is-one-byte-too-short!"}) {
            Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
            properties.put("panelist.jwt.secret", secret);

            assertThatThrownBy(() -> ApplicationContext.run(properties, "test").close())
                    .as("secret of %d bytes", secret.length())
                    .satisfies(failure -> assertThat(rootMessage(failure))
                            .contains("PANELIST_JWT_SECRET must be set to a secret of at least 32 bytes"));
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
