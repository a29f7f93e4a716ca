package io.panelist.web.plans;

import io.micronaut.core.annotation.Nullable;
import io.panelist.plans.SavePlanRequest;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.ViolationFields;
import jakarta.validation.ConstraintViolation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Input the plan cannot store at all (a stage of 0 minutes, a weight of 0, a missing name, a topic the bank does
 * not know), in the words the builder shows: "Stage 2 · Deep dive · topic security, weight: must be greater than
 * 0". Names come from the request itself, since nothing was saved.
 */
final class UnstorableDraftWording {
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "name"),
            Map.entry("kind", "kind"), Map.entry("minutes", "minutes"), Map.entry("weight", "weight"),
            Map.entry("minScore", "minimum score"), Map.entry("mustHave", "must-have"),
            Map.entry("topicKey", "topic"), Map.entry("questionId", "question"), Map.entry("revision", "revision"),
            Map.entry("hireThreshold", "hire threshold"), Map.entry("strongHireThreshold", "strong-hire threshold"),
            Map.entry("positionId", "position"), Map.entry("stages", "stages"), Map.entry("topics", "topics"),
            Map.entry("questions", "questions"), Map.entry("policy", "decision policy"));

    /** A part of a violation's field: an index in brackets, or a name. */
    private static final Pattern PATH_PART = Pattern.compile("\\[([^\\]]*)\\]|([^.\\[\\]]+)");

    /** A place in the request: a stage (by index), a topic or question of it, and the field. */
    private record Place(@Nullable Integer stage, @Nullable String list, @Nullable Integer item, @Nullable String field) {
    }

    private UnstorableDraftWording() {
    }

    static List<String> of(Set<ConstraintViolation<SavePlanRequest>> violations, SavePlanRequest request) {
        List<String> lines = new ArrayList<>();
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> lines.add(words(placeOf(ViolationFields.path(v)), request) + ": "
                        + message(v.getMessage())));
        return List.copyOf(lines);
    }

    /** Problems the service found in the input, each named by a JSON pointer or a property name. */
    static List<String> of(List<FieldProblem> problems, SavePlanRequest request) {
        return problems.stream().map(p -> words(place(p.field()), request) + ": " + p.message()).toList();
    }

    /** "stages[0].topics[1].topicKey", as ViolationFields names a violation's field: the first index is the stage's. */
    private static Place placeOf(String path) {
        Integer stage = null;
        Integer item = null;
        String list = null;
        String field = null;
        Matcher part = PATH_PART.matcher(path);
        while (part.find()) {
            if (part.group(1) != null) {
                Integer index = index(part.group(1));
                if (index != null && stage == null) {
                    stage = index;
                } else if (index != null) {
                    item = index;
                }
            } else {
                String name = part.group(2);
                list = name.equals("topics") || name.equals("questions") ? name : list;
                field = name;
            }
        }
        return new Place(stage, list, item, field);
    }

    /** "/stages/0/topics/1/topicKey" or "policy". */
    private static Place place(String pointer) {
        String[] parts = pointer.replaceFirst("^/", "").split("/");
        if (parts.length < 2 || !parts[0].equals("stages")) {
            return new Place(null, null, null, parts[parts.length - 1]);
        }
        Integer stage = index(parts[1]);
        String list = parts.length > 2 ? parts[2] : null;
        Integer item = parts.length > 3 ? index(parts[3]) : null;
        return new Place(stage, list, item, parts.length > 4 ? parts[4] : list);
    }

    private static String words(Place place, SavePlanRequest request) {
        if (place.stage() == null) {
            String named = place.field() == null ? "the plan" : FIELDS.getOrDefault(place.field(), place.field());
            return named.equals("name") ? "Plan name" : Character.toUpperCase(named.charAt(0)) + named.substring(1);
        }
        SavePlanRequest.StageInput stage = request.stages() != null && place.stage() < request.stages().size()
                ? request.stages().get(place.stage()) : null;
        StringBuilder words = new StringBuilder("Stage ").append(place.stage() + 1);
        if (stage != null && stage.name() != null && !stage.name().isBlank()) {
            words.append(" · ").append(stage.name().trim());
        }
        if (place.list() != null && place.item() != null) {
            words.append(" · ").append(item(stage, place.list(), place.item()));
        }
        if (place.field() != null && !place.field().equals(place.list()) && !place.field().equals("stages")) {
            words.append(", ").append(FIELDS.getOrDefault(place.field(), place.field()));
        }
        return words.toString();
    }

    private static String item(@Nullable SavePlanRequest.StageInput stage, String list, int item) {
        if (list.equals("topics")) {
            boolean known = stage != null && stage.topics() != null && item < stage.topics().size()
                    && stage.topics().get(item) != null && stage.topics().get(item).topicKey() != null;
            return "topic " + (known ? stage.topics().get(item).topicKey() : String.valueOf(item + 1));
        }
        return "question " + (item + 1);
    }

    private static Integer index(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String message(String message) {
        return "must not be null".equals(message) ? "is missing" : message;
    }
}
