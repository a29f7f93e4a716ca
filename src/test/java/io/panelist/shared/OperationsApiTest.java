package io.panelist.shared;

import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsApiTest extends IntegrationTest {

    @Test
    void healthIncludesTheDatabaseAndNeedsNoToken() {
        Answer health = api.get("/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsNeedNoToken() {
        Answer metrics = api.get("/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentDeclaresBearerAuthAndEveryIdentityRoute() {
        Answer spec = api.get("/swagger/panelist.yml", null);

        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.text()).contains("bearerAuth", "scheme: bearer", "/api/v1/me:", "/api/v1/me/password:",
                "/api/v1/users:", "/api/v1/users/{id}:", "/api/v1/audit:", "/login:", "/oauth/access_token:",
                "/logout:", "CreateUserRequest", "UserResponse");
    }

    @Test
    void swaggerUiIsServedWithoutATokenAndWithoutACdn() {
        Answer ui = api.get("/swagger-ui/index.html", null);

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.text()).contains("swagger-ui").contains("panelist.yml");
    }

    @Test
    void otherManagementEndpointsAreNotExposed() {
        assertThat(api.get("/env", null).status()).isIn(401, 404);
        assertThat(api.get("/beans", null).status()).isIn(401, 404);
    }
}
