package io.panelist.scheduling.findtimes;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rules a find-times query must meet, each refusal naming its field. */
final class QueryChecks {
    static final Duration LONGEST_WINDOW = Duration.ofDays(60);
    static final int LARGEST_PANEL = 8;

    private QueryChecks() {
    }

    /** The query's own shape: 400 naming every field that is wrong. */
    static void checkShape(FindTimesQuery query) {
        List<FieldProblem> problems = new ArrayList<>();
        require(problems, query.applicationId() != null, "applicationId", "is required");
        require(problems, query.stageId() != null, "stageId", "is required");
        require(problems, query.from() != null, "from", "is required");
        require(problems, query.to() != null, "to", "is required");
        if (query.from() != null && query.to() != null) {
            require(problems, query.to().isAfter(query.from()), "to", "must be after from");
            require(problems, Duration.between(query.from(), query.to()).compareTo(LONGEST_WINDOW) <= 0, "to",
                    "the window is at most 60 days");
        }
        require(problems, query.panelSize() >= 1 && query.panelSize() <= LARGEST_PANEL, "panelSize",
                "must be between 1 and " + LARGEST_PANEL);
        require(problems, query.limit() >= 1, "limit", "must be at least 1");
        for (int i = 0; i < query.candidateAvailability().size(); i++) {
            Window window = query.candidateAvailability().get(i);
            require(problems, window.to().isAfter(window.from()), "candidateAvailability[" + i + "].to",
                    "must be after from");
        }
        for (int i = 0; i < query.requiredPanelistIds().size(); i++) {
            require(problems, query.requiredPanelistIds().get(i) != null, "requiredPanelistIds[" + i + "]",
                    "is required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(HttpStatus.BAD_REQUEST, "The request is not valid.", problems);
        }
    }

    /**
     * The required panelists against who may sit on a panel ({@code eligible}: known users and whether each may):
     * 422 for someone unknown or not an active interviewer or hiring manager, or more of them than seats.
     */
    static void checkRequired(FindTimesQuery query, Map<UUID, Boolean> eligible) {
        List<FieldProblem> problems = new ArrayList<>();
        List<UUID> required = query.requiredPanelistIds();
        for (int i = 0; i < required.size(); i++) {
            Boolean may = eligible.get(required.get(i));
            if (may == null) {
                problems.add(new FieldProblem("requiredPanelistIds[" + i + "]", "is not a known user"));
            } else if (!may) {
                problems.add(new FieldProblem("requiredPanelistIds[" + i + "]",
                        "must be an active interviewer or hiring manager"));
            }
        }
        if (required.stream().distinct().count() > query.panelSize()) {
            problems.add(new FieldProblem("requiredPanelistIds", "more required panelists than panelSize"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "The panel asked for cannot be formed.", problems);
        }
    }

    static InvalidInputException stageNotInPlan() {
        return new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY,
                "The stage is not a stage of the application's plan.",
                List.of(new FieldProblem("stageId", "is not a stage of the application's plan")));
    }

    private static void require(List<FieldProblem> problems, boolean holds, String field, String message) {
        if (!holds) {
            problems.add(new FieldProblem(field, message));
        }
    }
}
