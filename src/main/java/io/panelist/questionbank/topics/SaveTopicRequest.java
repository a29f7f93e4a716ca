package io.panelist.questionbank.topics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.questionbank.BankRules;
import io.panelist.shared.input.HasText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A topic with its rubric: exactly four anchors, one per score 1..4. Changing the anchors makes a new rubric version. */
@Serdeable
public record SaveTopicRequest(@NotBlank @Size(max = BankRules.TOPIC_KEY_MAX)
                               @Pattern(regexp = BankRules.KEY_PATTERN, message = "must be a lowercase slug such as api-design")
                               String key,
                               @NotNull @HasText @Size(max = BankRules.NAME_MAX) String name,
                               @Nullable @Size(max = BankRules.DESCRIPTION_MAX) String description,
                               @NotNull @Size(min = 4, max = 4, message = "must hold exactly four anchors, one per score 1..4")
                               List<@Valid @NotNull AnchorInput> anchors) {
    public SaveTopicRequest {
        anchors = anchors == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(anchors));
    }
}
