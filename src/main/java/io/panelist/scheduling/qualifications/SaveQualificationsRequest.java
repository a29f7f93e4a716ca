package io.panelist.scheduling.qualifications;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A person's whole list of qualifications; what is left out is no longer recorded. An empty list clears it. */
@Serdeable
public record SaveQualificationsRequest(@NotNull @Size(max = MAX_TOPICS) List<@Valid @NotNull Topic> topics) {
    static final int MAX_TOPICS = 200;

    /**
     * One topic by its key, and the level: QUALIFIED or TRAINEE. The level binds as text so that a wrong one is
     * refused naming its field, like any other invalid value.
     */
    @Serdeable
    public record Topic(@NotBlank @Size(max = 100) String topicKey,
                        @NotNull @Pattern(regexp = QualificationLevel.PATTERN, message = "must be QUALIFIED or TRAINEE")
                        @Schema(allowableValues = {"QUALIFIED", "TRAINEE"}) String level) {

        QualificationLevel levelValue() {
            return QualificationLevel.valueOf(level);
        }
    }
}
