package io.panelist.shared;

import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedFailureTest extends IntegrationTest {

    @Test
    void anUnexpectedFailureIsA500ProblemWithoutInternals() {
        Answer answer = api.call("GET", "/test-only/failure").header("X-Request-Id", "failure-1").send();

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.problemType()).isEqualTo("internal-error");
        assertThat(answer.json().get("requestId").asText()).isEqualTo("failure-1");
        assertThat(answer.text()).doesNotContain("secret internal detail", "IllegalStateException", "io.panelist");
    }
}
