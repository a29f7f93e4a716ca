package io.panelist.web.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Deactivating or reactivating a user: the CSRF token and the version the page was read at. */
@Serdeable
record StateForm(@Nullable String csrfToken, @Nullable String version) {
}
