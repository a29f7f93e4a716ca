package io.panelist.scheduling.findtimes;

import io.panelist.scheduling.availability.Availability;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Everything {@link SlotEngine} needs, as plain data: the window and the clock, the stage's length and topics, the
 * panel wanted, the candidate's windows and interviews, and the pool of people who may sit on the panel.
 */
record FindTimesInput(Instant from, Instant to, Instant now, int minutes, int panelSize, List<UUID> requiredPanelistIds,
                      Set<UUID> topicIds, List<Window> candidateAvailability, List<Window> candidateInterviews,
                      List<Person> pool, int limit) {

    FindTimesInput {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(now, "now");
        requiredPanelistIds = List.copyOf(requiredPanelistIds);
        topicIds = Set.copyOf(topicIds);
        candidateAvailability = List.copyOf(candidateAvailability);
        candidateInterviews = List.copyOf(candidateInterviews);
        pool = List.copyOf(pool);
    }

    /**
     * One person who may sit on the panel: their availability, their live interviews (those that touch the days and
     * weeks of the window, for the buffer and the limits), and the topics they are QUALIFIED in.
     */
    record Person(UUID id, Availability availability, List<Window> interviews, Set<UUID> qualifiedTopics) {
        Person {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(availability, "availability");
            interviews = List.copyOf(interviews);
            qualifiedTopics = Set.copyOf(qualifiedTopics);
        }
    }
}
