package io.panelist.scheduling.links;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A new link: its token and URL are shown this once (only the token's hash is kept). */
@Serdeable
public record CreatedSchedulingLinkResponse(UUID id, String token, String url) {
}
