package io.panelist.scheduling.findtimes;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over random weekly hours, exceptions, bookings, buffers, limits, qualifications, candidate windows and zones, the
 * engine's answer is checked against {@link RuleChecker}, which shares no code with it: every suggestion meets every
 * rule, no start that some panel could take is missing, each start comes once with a panel as light as any valid
 * one, the answer is ordered by start, and a limit keeps the earliest.
 */
class SlotEnginePropertiesTest {
    private static final int NO_LIMIT = 100_000;

    @Property(tries = 400)
    void everySuggestionMeetsEveryRule(@ForAll("seeds") long seed) {
        FindTimesInput input = RandomInputs.input(new Random(seed), NO_LIMIT);
        RuleChecker checker = new RuleChecker(input);

        for (Suggestion suggestion : SlotEngine.suggest(input)) {
            assertThat(checker.broken(suggestion)).as(suggestion + " of seed " + seed).isEmpty();
        }
    }

    @Property(tries = 400)
    void noStartThatAPanelCouldTakeIsMissingAndEachHasTheLightestPanel(@ForAll("seeds") long seed) {
        FindTimesInput input = RandomInputs.input(new Random(seed), NO_LIMIT);
        RuleChecker checker = new RuleChecker(input);

        List<Suggestion> suggestions = SlotEngine.suggest(input);
        // how often the random inputs leave something to offer: about half of them do
        Statistics.collect(suggestions.isEmpty() ? "none" : suggestions.size() < 20 ? "few" : "many",
                input.topicIds().isEmpty() ? "no topics" : "topics",
                input.requiredPanelistIds().isEmpty() ? "free" : "required");

        List<RuleChecker.Feasible> offered = suggestions.stream()
                .map(s -> new RuleChecker.Feasible(s.startsAt(), checker.load(s.panelistIds(), s.startsAt()))).toList();
        assertThat(offered).as("seed " + seed).containsExactlyElementsOf(checker.feasibleStarts());
    }

    @Property(tries = 200)
    void aLimitKeepsTheEarliestStarts(@ForAll("seeds") long seed, @ForAll @IntRange(min = 1, max = 12) int limit) {
        List<Suggestion> all = SlotEngine.suggest(RandomInputs.input(new Random(seed), NO_LIMIT));
        List<Suggestion> limited = SlotEngine.suggest(RandomInputs.input(new Random(seed), limit));

        assertThat(limited.stream().map(Suggestion::startsAt).toList())
                .containsExactlyElementsOf(all.stream().limit(limit).map(Suggestion::startsAt).toList());
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).startsAt()).isAfter(all.get(i - 1).startsAt());
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
