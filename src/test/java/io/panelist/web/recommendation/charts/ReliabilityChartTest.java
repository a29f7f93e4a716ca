package io.panelist.web.recommendation.charts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reliability bars on a 0-1 scale from x = 270 to x = 630 (360 px for the whole range). */
class ReliabilityChartTest {

    @Test
    void barsRunFromZeroToTheIccAndTakeTheColourOfTheirBand() {
        SvgDrawing chart = ReliabilityChart.draw("r", "Backend", List.of(
                new ReliabilityChart.Row("Security", 0.8, null, null, true, 6, 14),
                new ReliabilityChart.Row("Testing", 0.5, null, null, true, 5, 10),
                new ReliabilityChart.Row("Operations", 0.25, null, null, true, 5, 10)));

        List<SvgDrawing.Shape> bars = chart.ofKind("bar");
        assertThat(bars).hasSize(3);
        SvgDrawing.Rect first = (SvgDrawing.Rect) bars.get(0);
        assertThat(first.x()).isEqualTo(270);
        assertThat(first.width()).isCloseTo(288, within(1e-9));
        assertThat(first.y()).isEqualTo(ReliabilityChart.rowCentre(0) - 7);
        assertThat(first.fill()).isEqualTo(SvgDrawing.GOOD);
        assertThat(((SvgDrawing.Rect) bars.get(1)).fill()).isEqualTo(SvgDrawing.ACCENT);
        assertThat(((SvgDrawing.Rect) bars.get(2)).width()).isCloseTo(90, within(1e-9));
        assertThat(((SvgDrawing.Rect) bars.get(2)).fill()).isEqualTo(SvgDrawing.WARN);
        assertThat(((SvgDrawing.Line) chart.ofKind("good").get(0)).x1()).isCloseTo(540, within(1e-9));
        assertThat(((SvgDrawing.Line) chart.ofKind("fair").get(0)).x1()).isCloseTo(450, within(1e-9));
    }

    @Test
    void aNegativeIccIsARedBarLeftOfZeroWrittenAsNoAgreementAndAMissingOneSaysThereIsNotEnoughData() {
        SvgDrawing chart = ReliabilityChart.draw("r", "Backend", List.of(
                new ReliabilityChart.Row("Security", -0.2, null, null, true, 6, 12),
                new ReliabilityChart.Row("Testing", null, null, null, false, 1, 2)));

        assertThat(chart.ofKind("bar")).isEmpty();
        assertThat(chart.ofKind("value")).isEmpty();
        SvgDrawing.Rect negative = (SvgDrawing.Rect) chart.ofKind("bar-negative").get(0);
        assertThat(negative.x() + negative.width()).as("ends at zero").isCloseTo(270, within(1e-9));
        assertThat(negative.width()).as("0.15 at most: 54 px").isCloseTo(54, within(1e-9));
        assertThat(negative.fill()).isEqualTo(SvgDrawing.BAD);
        SvgDrawing.Rect slight = (SvgDrawing.Rect) ReliabilityChart.draw("r", "Backend", List.of(
                new ReliabilityChart.Row("Security", -0.05, null, null, true, 6, 12))).ofKind("bar-negative").get(0);
        assertThat(slight.width()).isCloseTo(18, within(1e-9));
        SvgDrawing.Label none = (SvgDrawing.Label) chart.ofKind("no-agreement").get(0);
        assertThat(none.text()).isEqualTo("No agreement (−0.20)");
        assertThat(none.x()).isEqualTo(278);
        assertThat(((SvgDrawing.Label) chart.ofKind("no-data").get(0)).text()).isEqualTo("Not enough data yet");
        assertThat(ReliabilityChart.describe(List.of(new ReliabilityChart.Row("Testing", null, null, null, false, 1,
                2)))).endsWith("Testing: not enough data over 1 candidate, 2 scores.");
    }

    @Test
    void theIntervalRunsUnderTheBarCutAtZeroAndAnIccOfZeroStillHasABar() {
        // Shrout and Fleiss's example: 0.1657, between -0.1329 and 0.7226; x(0.7226) = 270 + 0.7226 * 360 = 530.136
        SvgDrawing chart = ReliabilityChart.draw("r", "Backend", List.of(
                new ReliabilityChart.Row("Security", 0.1657, -0.1329, 0.7226, true, 6, 24),
                new ReliabilityChart.Row("Testing", 0.0, 0.2, 0.5, true, 5, 10)));

        SvgDrawing.Line first = (SvgDrawing.Line) chart.ofKind("interval").get(0);
        assertThat(first.x1()).isEqualTo(270);
        assertThat(first.x2()).isCloseTo(530.136, within(1e-9));
        assertThat(first.y1()).isEqualTo(ReliabilityChart.rowCentre(0) + 11);
        // an end tick at the high end only: the low end lies past the axis
        assertThat(chart.ofKind("interval-end")).hasSize(1 + 2);
        assertThat(((SvgDrawing.Rect) chart.ofKind("bar").get(1)).width()).isEqualTo(2);
        assertThat(ReliabilityChart.describe(List.of(new ReliabilityChart.Row("Security", 0.1657, -0.1329, 0.7226,
                true, 6, 24)))).endsWith("Security: 0.17, between −0.13 and 0.72 95% sure over 6 candidates, "
                + "24 scores.");
    }

    @Test
    void fewerThanFiveCandidatesGreyTheBarAndSayItIsEarly() {
        SvgDrawing chart = ReliabilityChart.draw("r", "Backend", List.of(
                new ReliabilityChart.Row("Security", 0.8, 0.1, 0.99, false, 3, 6)));

        assertThat(((SvgDrawing.Rect) chart.ofKind("bar").get(0)).fill()).isEqualTo(SvgDrawing.MUTED);
        assertThat(((SvgDrawing.Label) chart.ofKind("value").get(0)).text()).isEqualTo("0.80, early");
        assertThat(((SvgDrawing.Label) chart.ofKind("targets").get(0)).text()).isEqualTo("3 of 5 candidates, 6 scores");
    }

    @Test
    void theSvgNamesThePositionAndEscapesTopicNames() {
        String svg = ReliabilityChart.draw("reliability-chart", "R&D \"lead\"",
                List.of(new ReliabilityChart.Row("<script>", 0.9, null, null, true, 5, 10))).render();

        assertThat(svg).contains("<title id=\"reliability-chart-title\">Panel reliability by topic for R&amp;D "
                + "&quot;lead&quot;</title>", "&lt;script&gt;").doesNotContain("<script>");
    }
}
