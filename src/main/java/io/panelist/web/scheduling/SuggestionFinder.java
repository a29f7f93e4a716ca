package io.panelist.web.scheduling;

import io.panelist.identity.IdentityService;
import io.panelist.identity.UserSummary;
import io.panelist.plans.PlanResponse;
import io.panelist.scheduling.findtimes.FindTimesQuery;
import io.panelist.scheduling.findtimes.Suggestion;
import io.panelist.scheduling.findtimes.TimeFinder;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.web.FormFields;
import io.panelist.web.recruiting.TimeWording;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The scheduling page's side of find-times: reads what the recruiter asked (days in their zone), asks
 * {@link TimeFinder}, and writes each time found with its panel's names and the fields that book it.
 */
@Singleton
class SuggestionFinder {
    static final int SHOWN = 12;
    static final String NOTHING_FITS = "No time in these days fits every rule. Try more days or a smaller panel: "
            + "each panelist must be within their weekly hours and limits, and someone QUALIFIED must cover each of "
            + "the stage's topics.";
    private final TimeFinder finder;
    private final IdentityService identity;

    SuggestionFinder(TimeFinder finder, IdentityService identity) {
        this.finder = finder;
        this.identity = identity;
    }

    FinderView find(UUID applicationId, List<PlanResponse.Stage> stages, FinderValues values, ZoneId zone) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID stageId = FormFields.uuid(values.stageId());
        PlanResponse.Stage stage = stages.stream().filter(s -> s.id().equals(stageId)).findFirst().orElse(null);
        if (stage == null) {
            errors.put("stageId", "Choose a stage of this application's plan.");
        }
        LocalDate from = date(values.text(values.from()), errors, "from",
                "Enter the first day as a date (YYYY-MM-DD).");
        LocalDate to = date(values.text(values.to()), errors, "to", "Enter the last day as a date (YYYY-MM-DD).");
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "The last day is on or after the first.");
        }
        int panelSize = panelSize(values.text(values.panelSize()), errors);
        if (!errors.isEmpty()) {
            return view(applicationId, stages, values, zone, errors, List.of(), null);
        }
        try {
            List<Suggestion> found = finder.find(new FindTimesQuery(applicationId, stage.id(),
                    from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(), panelSize,
                    List.of(), List.of(), SHOWN));
            return view(applicationId, stages, values, zone, errors, rows(found, stage, zone),
                    found.isEmpty() ? NOTHING_FITS : null);
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.fieldProblems()) {
                errors.put(problem.field().equals("to") ? "to" : "general", problem.field().equals("to")
                        ? "Ask about at most 60 days, ending after they begin." : e.getMessage());
            }
            return view(applicationId, stages, values, zone, errors, List.of(), null);
        }
    }

    private List<FinderView.Row> rows(List<Suggestion> found, PlanResponse.Stage stage, ZoneId zone) {
        Map<UUID, UserSummary> people = identity.userSummaries(found.stream()
                .flatMap(s -> s.panelistIds().stream()).distinct().toList());
        return found.stream().map(s -> new FinderView.Row(TimeWording.range(s.startsAt(), s.endsAt(), zone),
                s.panelistIds().stream().map(id -> people.containsKey(id) ? people.get(id).displayName() : "?")
                        .collect(Collectors.joining(", ")),
                stage.id().toString(), TimeWording.date(s.startsAt(), zone), TimeWording.time(s.startsAt(), zone),
                String.valueOf(stage.minutes()), s.startsAt().toString(),
                s.panelistIds().stream().map(UUID::toString).toList())).toList();
    }

    private static FinderView view(UUID applicationId, List<PlanResponse.Stage> stages, FinderValues values,
                                   ZoneId zone, Map<String, String> errors, List<FinderView.Row> rows,
                                   String message) {
        String schedule = "/applications/" + applicationId + "/schedule";
        List<SlotFormView.StageOption> options = stages.stream().map(s -> new SlotFormView.StageOption(
                s.id().toString(), s.name() + " (" + s.minutes() + " min)", s.minutes(),
                s.id().toString().equals(values.text(values.stageId())))).toList();
        return new FinderView(schedule, schedule + "/suggestions", schedule, options, values, zone.getId(), errors,
                rows, message);
    }

    private static LocalDate date(String text, Map<String, String> errors, String field, String message) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static int panelSize(String text, Map<String, String> errors) {
        try {
            int size = Integer.parseInt(text);
            if (size >= 1 && size <= 8) {
                return size;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        errors.put("panelSize", "A panel has 1 to 8 people.");
        return 0;
    }
}
