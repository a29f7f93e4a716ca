package io.panelist.web.recruiting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** "Apply to a position" on the candidate page: the position picked and the page's CSRF token. */
@Serdeable
record ApplyForm(@Nullable String positionId, @Nullable String csrfToken) {
}
