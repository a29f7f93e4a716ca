package io.panelist.scheduling.findtimes;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer of find-times: suggestions ordered by start. */
@Serdeable
record FindTimesResponse(List<Item> suggestions) {
    FindTimesResponse {
        suggestions = List.copyOf(suggestions);
    }

    static FindTimesResponse of(List<Suggestion> suggestions) {
        return new FindTimesResponse(suggestions.stream()
                .map(s -> new Item(s.startsAt(), s.endsAt(), s.panelistIds())).toList());
    }

    @Serdeable
    record Item(Instant startsAt, Instant endsAt, List<UUID> panelistIds) {
    }
}
