package io.panelist.scheduling.agenda;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A panelist's interviews between two instants, shown in {@code timeZone}. */
@Serdeable
public record Agenda(Instant from, Instant to, String timeZone, List<AgendaItem> items) {
}
