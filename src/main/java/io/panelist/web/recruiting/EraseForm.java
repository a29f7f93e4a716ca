package io.panelist.web.recruiting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The erasure's second step: the explicit confirmation box and the page's CSRF token. */
@Serdeable
record EraseForm(@Nullable String confirm, @Nullable String csrfToken) {
    boolean confirmed() {
        return "yes".equals(confirm);
    }
}
