package io.panelist.questionbank.topics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.questionbank.BankRules;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One rubric anchor as written; the label defaults to the score's usual name. */
@Serdeable
public record AnchorInput(@NotNull @Min(1) @Max(4) Integer score,
                          @Nullable @Size(max = BankRules.LABEL_MAX) String label,
                          @NotNull @HasText @Size(max = BankRules.DESCRIPTOR_MAX) String descriptor) {

    Anchor toAnchor() {
        String name = label == null || label.isBlank() ? Anchor.DEFAULT_LABELS.get(score - 1) : label.trim();
        return new Anchor(score, name, descriptor.trim());
    }
}
