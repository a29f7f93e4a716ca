package io.panelist.scheduling;

import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.Size;

/** Books past a panelist's daily or weekly limit on purpose; the reason goes to the audit log. */
@Serdeable
public record LoadLimitOverride(@HasText @Size(max = 500) String reason) {
}
