package io.panelist.notifications.webhooks;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a webhook can hear about; {@link #wire()} is the name receivers see in {@code type}. */
public enum WebhookEvent {
    INTERVIEW_SCHEDULED("interview.scheduled"),
    INTERVIEW_RESCHEDULED("interview.rescheduled"),
    INTERVIEW_CANCELLED("interview.cancelled"),
    SCORECARD_SUBMITTED("scorecard.submitted"),
    DECISION_RECORDED("decision.recorded"),
    CANDIDATE_ERASED("candidate.erased");

    private final String wire;

    WebhookEvent(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Every event's wire name, comma-separated, for problems that list what is allowed. */
    static String allowed() {
        return Arrays.stream(values()).map(WebhookEvent::wire).collect(Collectors.joining(", "));
    }

    /** The event of a wire name; an unknown one is a 400 that lists the allowed names. */
    static WebhookEvent parse(String field, String wire) {
        for (WebhookEvent event : values()) {
            if (event.wire.equals(wire)) {
                return event;
            }
        }
        String shown = wire.length() > 60 ? wire.substring(0, 60) + "…" : wire;
        throw new InvalidInputException(HttpStatus.BAD_REQUEST,
                "Unknown event \"" + shown + "\"; the events are: " + allowed() + ".",
                java.util.List.of(new FieldProblem(field, "must be one of " + allowed())));
    }
}
