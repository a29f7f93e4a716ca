package io.panelist.questionbank.packs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A question pack, {@code "format": "panelist-pack/1"}: topics as in POST /api/v1/topics, questions as in
 * POST /api/v1/questions plus a stable key (and {@code retired: true} for retired ones). Fields bind loosely so that
 * every problem can be reported with its JSON pointer instead of failing at the first.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PackDocument(@Nullable String format, @Nullable List<PackTopic> topics,
                           @Nullable List<PackQuestion> questions) {
    public static final String FORMAT = "panelist-pack/1";

    /** Whole numbers arrive as JSON numbers; anything else (text, fractions) counts as missing and is reported. */
    static Integer integer(@Nullable Object value) {
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < Integer.MAX_VALUE) {
            return number.intValue();
        }
        return null;
    }

    List<PackTopic> topicList() {
        return topics == null ? List.of() : topics;
    }

    List<PackQuestion> questionList() {
        return questions == null ? List.of() : questions;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PackTopic(@Nullable String key, @Nullable String name, @Nullable String description,
                            @Nullable List<PackAnchor> anchors) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PackAnchor(@Nullable Object score, @Nullable String label, @Nullable String descriptor) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PackQuestion(@Nullable String key, @Nullable String topicKey, @Nullable String level,
                               @Nullable String kind, @Nullable String prompt, @Nullable String guidance,
                               @Nullable List<String> followUps, @Nullable List<String> tags,
                               @Nullable Object minutes, @Nullable Boolean retired) {
    }
}
