package io.panelist.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A question as written. {@code key} is optional on creation (one is made) and cannot change afterwards. */
@Serdeable
public record SaveQuestionRequest(@Nullable @Size(max = BankRules.QUESTION_KEY_MAX)
                                  @Pattern(regexp = BankRules.KEY_PATTERN, message = "must be a lowercase slug")
                                  String key,
                                  @NotBlank @Size(max = BankRules.TOPIC_KEY_MAX) String topicKey,
                                  @NotNull Level level,
                                  @NotNull QuestionKind kind,
                                  @NotNull @HasText @Size(max = BankRules.PROMPT_MAX) String prompt,
                                  @NotNull @HasText @Size(max = BankRules.GUIDANCE_MAX) String guidance,
                                  @Nullable @Size(max = BankRules.FOLLOW_UPS_MAX)
                                  List<@NotNull @HasText @Size(max = BankRules.FOLLOW_UP_MAX) String> followUps,
                                  @Nullable @Size(max = BankRules.TAGS_MAX)
                                  List<@NotBlank @Size(max = BankRules.TAG_MAX)
                                  @Pattern(regexp = "(?i)" + BankRules.TAG_PATTERN, message = "must be a short word such as jwt")
                                  String> tags,
                                  @NotNull @Min(BankRules.MINUTES_MIN) @Max(BankRules.MINUTES_MAX) Integer minutes) {

    public List<String> followUpList() {
        return followUps == null ? List.of() : followUps.stream().map(String::trim).toList();
    }

    /** Tags are lowercase and unique, in the order given. */
    public List<String> tagList() {
        return tags == null ? List.of() : tags.stream().map(t -> t.trim().toLowerCase(java.util.Locale.ROOT))
                .distinct().toList();
    }
}
