package io.panelist.scheduling.findtimes;

import java.util.Arrays;

/**
 * The cheapest panel for one start: {@code seats} people out of the candidates (sorted by load, cheapest first)
 * whose QUALIFIED topics together cover {@code uncovered}, with the smallest sum of loads. Branch and bound: take the
 * uncovered topic with the fewest people who cover it, try each of them (one per distinct cover, the cheapest), and
 * fill the seats left once every topic is covered with the cheapest of the rest. A branch that cannot beat the best
 * panel found so far, even with the cheapest people, is dropped. With no topic to cover it is simply the cheapest.
 */
final class PanelSearch {
    private final int[] loads;
    private final int[] covers;
    private final boolean[] chosen;
    private final int[] picks;
    private int depth;
    private int best = Integer.MAX_VALUE;
    private int[] bestPanel;

    private PanelSearch(int[] loads, int[] covers, int seats) {
        this.loads = loads;
        this.covers = covers;
        this.chosen = new boolean[loads.length];
        this.picks = new int[seats];
    }

    /** Indices of the chosen candidates, or null when no panel covers every topic. */
    static int[] choose(int[] loads, int[] covers, int seats, int uncovered) {
        int coverable = 0;
        for (int cover : covers) {
            coverable |= cover;
        }
        if ((uncovered & ~coverable) != 0 || seats > loads.length) {
            return null;
        }
        PanelSearch search = new PanelSearch(loads, covers, seats);
        search.search(uncovered, seats, 0);
        return search.bestPanel;
    }

    private void search(int uncovered, int seatsLeft, int sum) {
        if (uncovered == 0) {
            fill(seatsLeft, sum);
            return;
        }
        if (seatsLeft == 0 || sum + cheapest(seatsLeft) >= best) {
            return;
        }
        int topic = rarest(uncovered);
        if (topic == 0) {
            return;
        }
        int[] tried = new int[loads.length];
        int triedCount = 0;
        for (int i = 0; i < loads.length; i++) {
            if (chosen[i] || (covers[i] & topic) == 0) {
                continue;
            }
            int cover = covers[i] & uncovered;
            if (contains(tried, triedCount, cover)) {
                continue; // someone cheaper with the same cover was tried
            }
            tried[triedCount++] = cover;
            chosen[i] = true;
            picks[depth++] = i;
            search(uncovered & ~cover, seatsLeft - 1, sum + loads[i]);
            depth--;
            chosen[i] = false;
        }
    }

    private void fill(int seatsLeft, int sum) {
        int[] panel = Arrays.copyOf(picks, depth + seatsLeft);
        int total = sum;
        int filled = depth;
        for (int i = 0; i < loads.length && filled < panel.length; i++) {
            if (!chosen[i]) {
                panel[filled++] = i;
                total += loads[i];
            }
        }
        if (filled == panel.length && total < best) {
            best = total;
            bestPanel = panel;
        }
    }

    /** The sum of the {@code seats} cheapest loads not chosen yet (too large when there are not enough people). */
    private int cheapest(int seats) {
        int sum = 0;
        int taken = 0;
        for (int i = 0; i < loads.length && taken < seats; i++) {
            if (!chosen[i]) {
                sum += loads[i];
                taken++;
            }
        }
        return taken < seats ? Integer.MAX_VALUE / 2 : sum;
    }

    /** The uncovered topic (as its bit) the fewest unchosen candidates cover, or 0 when one is covered by nobody. */
    private int rarest(int uncovered) {
        int rarest = 0;
        int fewest = Integer.MAX_VALUE;
        for (int rest = uncovered; rest != 0; rest &= rest - 1) {
            int topic = Integer.lowestOneBit(rest);
            int count = 0;
            for (int i = 0; i < loads.length; i++) {
                if (!chosen[i] && (covers[i] & topic) != 0) {
                    count++;
                }
            }
            if (count == 0) {
                return 0;
            }
            if (count < fewest) {
                fewest = count;
                rarest = topic;
            }
        }
        return rarest;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
