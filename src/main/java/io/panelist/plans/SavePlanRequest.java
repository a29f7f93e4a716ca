package io.panelist.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A whole plan as written: {@code PUT} replaces every stage. Drafts may break the plan rules while being built (the
 * answer lists the problems); what cannot be stored at all (unknown ids, out-of-range numbers) is refused.
 */
@Serdeable
public record SavePlanRequest(@NotNull UUID positionId,
                              @NotNull @HasText @Size(max = 200) String name,
                              @Nullable @Valid Policy policy,
                              @NotNull @Size(max = 20) List<@Valid @NotNull StageInput> stages) {
    public SavePlanRequest {
        stages = stages == null ? null : List.copyOf(stages);
    }

    Policy policyOrDefault() {
        return policy == null ? Policy.DEFAULT : policy;
    }

    /** The decision policy: an overall score of at least {@code hireThreshold} hires, of {@code strongHireThreshold} strongly. */
    @Serdeable
    public record Policy(@NotNull @DecimalMin("1.0") @DecimalMax("4.0") @Digits(integer = 1, fraction = 2)
                         BigDecimal hireThreshold,
                         @NotNull @DecimalMin("1.0") @DecimalMax("4.0") @Digits(integer = 1, fraction = 2)
                         BigDecimal strongHireThreshold) {
        static final Policy DEFAULT = new Policy(new BigDecimal("3.0"), new BigDecimal("3.5"));

        boolean isOrdered() {
            return hireThreshold.compareTo(strongHireThreshold) <= 0;
        }
    }

    /** One round. {@code id} keeps a stage's identity across edits of a draft. */
    @Serdeable
    public record StageInput(@Nullable UUID id,
                             @NotNull @HasText @Size(max = 200) String name,
                             @NotNull StageKind kind,
                             @NotNull @Min(5) @Max(480) Integer minutes,
                             @NotNull @Size(max = 20) List<@Valid @NotNull TopicInput> topics,
                             @NotNull @Size(max = 40) List<@Valid @NotNull QuestionInput> questions) {
        public StageInput {
            topics = topics == null ? null : List.copyOf(topics);
            questions = questions == null ? null : List.copyOf(questions);
        }
    }

    @Serdeable
    public record TopicInput(@NotBlank @Size(max = 60) String topicKey,
                             @NotNull @DecimalMin(value = "0.01", message = "must be greater than 0")
                             @DecimalMax("100.0") @Digits(integer = 3, fraction = 2) BigDecimal weight,
                             @Nullable Boolean mustHave,
                             @NotNull @Min(1) @Max(4) Integer minScore) {
    }

    /** A question of the stage; {@code revision} defaults to the one already pinned, else the current one. */
    @Serdeable
    public record QuestionInput(@NotNull UUID questionId,
                                @Nullable @Min(1) Integer revision,
                                @Nullable @Min(1) @Max(90) Integer minutes) {
    }
}
