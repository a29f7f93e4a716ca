package io.panelist.web.recommendation;

import io.panelist.recommendation.calibration.PanelMember;
import io.panelist.recommendation.RankingItem;
import io.panelist.recommendation.calibration.ReliabilityResponse;
import io.panelist.recruiting.positions.PositionResponse;
import io.panelist.web.recommendation.charts.ReliabilityChart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A position's ranking as the page shows it: rows in the service's order, the reliability chart, the panel. */
record RankingPage(PositionResponse position, List<Row> rows, int withheld, String reliabilityChart,
                   boolean reliabilityEmpty, List<String> reliabilityNotes, List<PanelMember> panel,
                   boolean calibrationVisible, String csvHref) {

    static final String RELIABILITY_HELP = "Each bar shows how closely panelists agree when they score the same "
            + "candidate on a topic, from 0 (no better than chance) to 1 (always the same): at 0.75 or more the "
            + "scores can be trusted; under 0.5, read any single panelist's score with care. The line under a bar "
            + "is where the true agreement lies, 95% sure; a grey bar has fewer than 5 candidates behind it.";

    /** decisionStale: a scorecard was submitted or amended after the standing decision. */
    record Row(int rank, UUID applicationId, String candidate, String outcome, String outcomeClass, String score,
               String confidence, String confidenceClass, int flags, String decision, boolean withheld,
               boolean decisionStale) {
    }

    static RankingPage of(PositionResponse position, List<RankingItem> ranking, ReliabilityResponse reliability,
                          Map<String, String> topicNames, List<PanelMember> panel) {
        List<Row> rows = new ArrayList<>();
        for (RankingItem item : ranking) {
            boolean hidden = item.withheld();
            rows.add(new Row(rows.size() + 1, item.applicationId(), item.candidateName(),
                    hidden ? "Withheld" : ReviewWording.outcome(item.outcome()),
                    hidden ? "outcome outcome-withheld" : ReviewWording.outcomeClass(item.outcome()),
                    hidden ? "–" : ReviewWording.score(item.overallScore()),
                    hidden ? "–" : ReviewWording.confidence(item.confidence()),
                    hidden ? "" : ReviewWording.confidenceClass(item.confidence()), hidden ? 0 : item.flagCount(),
                    ReviewWording.decision(item.decision()), hidden, item.decisionStale()));
        }
        List<ReliabilityChart.Row> bars = reliability.topics().stream().map(t -> new ReliabilityChart.Row(
                topicNames.getOrDefault(t.topicKey(), t.topicKey()), t.icc(), t.ci95Low(), t.ci95High(),
                t.enoughData(), t.targets(), t.scores())).toList();
        String chart = ReliabilityChart.draw("reliability-chart", position.title(), bars).render();
        List<String> notes = reliability.topics().stream().map(t -> ReliabilityWording.sentence(
                topicNames.getOrDefault(t.topicKey(), t.topicKey()), t)).toList();
        return new RankingPage(position, rows, (int) rows.stream().filter(Row::withheld).count(), chart,
                bars.isEmpty(), notes, panel, panel.stream().anyMatch(PanelMember::calibrationVisible),
                "/api/v1/positions/" + position.id() + "/scores.csv");
    }

    public String reliabilityHelp() {
        return RELIABILITY_HELP;
    }
}
