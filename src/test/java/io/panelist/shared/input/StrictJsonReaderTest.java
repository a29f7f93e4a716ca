package io.panelist.shared.input;

import io.micronaut.core.type.Argument;
import io.micronaut.http.codec.CodecException;
import io.panelist.recruiting.candidates.SaveCandidateRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strict JSON check on its own: one value per body, and arrays only where the bound type takes several. */
class StrictJsonReaderTest {
    private static final Argument<SaveCandidateRequest> CANDIDATE = Argument.of(SaveCandidateRequest.class);

    @Test
    void oneValueOfTheRightShapePasses() {
        for (String body : List.of("{\"name\": \"Ada\", \"email\": null}", "  {}  \n", "", "{\"unknown\": [1, [2]]}")) {
            assertThatCode(() -> check(CANDIDATE, body)).as(body).doesNotThrowAnyException();
        }
        assertThatCode(() -> check(Argument.listOf(UUID.class), "[\"" + UUID.randomUUID() + "\"]"))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(Argument.mapOf(String.class, Object.class), "{\"a\": [1], \"b\": {\"c\": []}}"))
                .doesNotThrowAnyException();
    }

    @Test
    void trailingContentOrASecondValueIsRefused() {
        for (String body : List.of("{}}", "{} {}", "{}]", "{} 1", "[] x", "{}{")) {
            assertThatThrownBy(() -> check(CANDIDATE, body)).as(body).isInstanceOf(CodecException.class);
        }
    }

    @Test
    void anArrayWhereOneValueBelongsIsRefusedAtAnyDepth() {
        assertThatThrownBy(() -> check(CANDIDATE, "{\"name\": [\"Ada\"]}")).isInstanceOf(CodecException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> check(Argument.listOf(UUID.class), "[[\"x\"]]")).isInstanceOf(CodecException.class);
        assertThatThrownBy(() -> check(Argument.mapOf(String.class, Integer.class), "{\"a\": [1]}"))
                .isInstanceOf(CodecException.class);
        assertThatThrownBy(() -> check(Argument.of(Optional.class, String.class), "[\"x\"]"))
                .isInstanceOf(CodecException.class);
        assertThatThrownBy(() -> check(Argument.of(String.class), "[\"x\"]")).isInstanceOf(CodecException.class);
    }

    @Test
    void absurdNestingIsRefusedWithoutAStackOverflow() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertThatThrownBy(() -> check(Argument.of(Object.class), deep)).isInstanceOf(CodecException.class);
        assertThatThrownBy(() -> check(CANDIDATE, "{\"a\": " + "{\"a\": ".repeat(100) + "1" + "}".repeat(101)))
                .isInstanceOf(CodecException.class);
    }

    private static void check(Argument<?> type, String body) {
        StrictJsonReader.check(type, body.getBytes(StandardCharsets.UTF_8));
    }
}
