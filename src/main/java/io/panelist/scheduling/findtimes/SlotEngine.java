package io.panelist.scheduling.findtimes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Find-times without I/O. The starts are walked in order, in slices of the window (a day, then two, four, eight),
 * since the earliest suggestions are usually found in the first day or two and working out every person's calendar
 * for all of a long window would be wasted. In each slice, each person's free minutes, limits and weekly loads are
 * worked out once; then each start where the candidate is free and every required panelist fits gets its cheapest
 * panel ({@link PanelSearch}), until {@code limit} are found. Consecutive starts usually see the same people free
 * with the same loads, so a panel is searched once per such combination.
 */
final class SlotEngine {
    /** The first slice: a day of starts. */
    private static final int FIRST_SLICE = 96;

    private SlotEngine() {
    }

    static List<Suggestion> suggest(FindTimesInput input) {
        Grid whole = Grid.of(input.from(), input.to(), input.now(), input.minutes());
        if (whole.quarters() == 0 || input.limit() < 1) {
            return List.of();
        }
        Map<UUID, Integer> topicBits = topicBits(input);
        List<Integer> covers = input.pool().stream().map(person -> covers(person, topicBits)).toList();
        List<PersonCalendar.Counts> counts = input.pool().stream().map(PersonCalendar.Counts::of).toList();
        Optional<int[]> required = requiredIndices(input);
        if (required.isEmpty() || required.get().length > input.panelSize()) {
            return List.of();
        }
        int allTopics = topicBits.isEmpty() ? 0 : (1 << topicBits.size()) - 1;
        List<Suggestion> found = new ArrayList<>();
        int size = FIRST_SLICE;
        for (int first = 0; first < whole.quarters() && found.size() < input.limit(); first += size, size *= 2) {
            Grid grid = whole.slice(first, size);
            List<PersonCalendar> people = new ArrayList<>(input.pool().size());
            for (int i = 0; i < input.pool().size(); i++) {
                people.add(PersonCalendar.of(grid, input.pool().get(i), covers.get(i), counts.get(i)));
            }
            suggestIn(grid, input, people, new Panels(people, required.get(), input.panelSize(), allTopics), found);
        }
        return found;
    }

    /** Adds the slice's suggestions, in order, until there are {@code limit}. */
    private static void suggestIn(Grid grid, FindTimesInput input, List<PersonCalendar> people, Panels panels,
                                  List<Suggestion> found) {
        BitSet candidate = candidateFree(grid, input);
        for (int quarter = 0; quarter < grid.quarters() && found.size() < input.limit(); quarter++) {
            if (!grid.allSet(candidate, quarter)) {
                continue;
            }
            panels.advanceTo(quarter);
            BitSet free = new BitSet(people.size());
            for (int i = 0; i < people.size(); i++) {
                if (people.get(i).fits(grid, quarter)) {
                    free.set(i);
                }
            }
            int q = quarter;
            panels.best(free).ifPresent(panel -> found.add(new Suggestion(grid.start(q),
                    grid.start(q).plusSeconds(grid.length() * 60L), panel)));
        }
    }

    private static Map<UUID, Integer> topicBits(FindTimesInput input) {
        Map<UUID, Integer> bits = new HashMap<>();
        input.topicIds().stream().sorted().forEach(topic -> bits.put(topic, 1 << bits.size()));
        return bits;
    }

    private static int covers(FindTimesInput.Person person, Map<UUID, Integer> topicBits) {
        return person.qualifiedTopics().stream().mapToInt(topic -> topicBits.getOrDefault(topic, 0))
                .reduce(0, (a, b) -> a | b);
    }

    /** The required panelists' places in the pool, or empty when one is not in it. */
    private static Optional<int[]> requiredIndices(FindTimesInput input) {
        List<UUID> ids = input.pool().stream().map(FindTimesInput.Person::id).toList();
        int[] indices = input.requiredPanelistIds().stream().distinct().mapToInt(ids::indexOf).toArray();
        return java.util.Arrays.stream(indices).anyMatch(i -> i < 0) ? Optional.empty() : Optional.of(indices);
    }

    /** Minutes inside the candidate's windows (all when none are given) and clear of their live interviews. */
    private static BitSet candidateFree(Grid grid, FindTimesInput input) {
        BitSet free = new BitSet(grid.minutes());
        if (input.candidateAvailability().isEmpty()) {
            free.set(0, grid.minutes());
        } else {
            input.candidateAvailability().forEach(window -> grid.setInside(free, window.from(), window.to()));
        }
        input.candidateInterviews().forEach(interview -> grid.clearTouching(free, interview.from(), interview.to()));
        return free;
    }

    /** The best panel for each set of free people, remembered while nobody's weekly load changes. */
    private static final class Panels {
        private final List<PersonCalendar> people;
        private final int[] required;
        private final int seats;
        private final int uncovered;
        private final Map<BitSet, Optional<List<UUID>>> remembered = new HashMap<>();
        private int[] loads;

        Panels(List<PersonCalendar> people, int[] required, int panelSize, int allTopics) {
            this.people = people;
            this.required = required;
            this.seats = panelSize - required.length;
            int covered = 0;
            for (int i : required) {
                covered |= people.get(i).topics();
            }
            this.uncovered = allTopics & ~covered;
        }

        /** Takes the weekly loads at {@code quarter}, forgetting the panels found when any of them changed. */
        void advanceTo(int quarter) {
            if (loads != null && sameLoads(quarter)) {
                return;
            }
            loads = new int[people.size()];
            for (int i = 0; i < loads.length; i++) {
                loads[i] = people.get(i).weekLoad(quarter);
            }
            remembered.clear();
        }

        private boolean sameLoads(int quarter) {
            for (int i = 0; i < loads.length; i++) {
                if (loads[i] != people.get(i).weekLoad(quarter)) {
                    return false;
                }
            }
            return true;
        }

        Optional<List<UUID>> best(BitSet free) {
            for (int i : required) {
                if (!free.get(i)) {
                    return Optional.empty();
                }
            }
            return remembered.computeIfAbsent(free, this::search);
        }

        private Optional<List<UUID>> search(BitSet free) {
            BitSet others = (BitSet) free.clone();
            for (int i : required) {
                others.clear(i);
            }
            List<Integer> order = others.stream().boxed().sorted(Comparator.<Integer>comparingInt(i -> loads[i])
                    .thenComparing(i -> people.get(i).id())).toList();
            int[] candidateLoads = order.stream().mapToInt(i -> loads[i]).toArray();
            int[] candidateCovers = order.stream().mapToInt(i -> people.get(i).topics()).toArray();
            int[] chosen = PanelSearch.choose(candidateLoads, candidateCovers, seats, uncovered);
            if (chosen == null) {
                return Optional.empty();
            }
            List<UUID> panel = new ArrayList<>();
            for (int i : required) {
                panel.add(people.get(i).id());
            }
            java.util.Arrays.stream(chosen).sorted().forEach(c -> panel.add(people.get(order.get(c)).id()));
            return Optional.of(panel);
        }
    }
}
