package io.panelist.web.selfscheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A slot button's form: the start it names (an ISO instant) and the zone the page's script found in the browser. */
@Serdeable
record SlotChoiceForm(@Nullable String startsAt, @Nullable String timeZone) {
}
