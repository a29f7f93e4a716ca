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
                new ReliabilityChart.Row("Security", 0.8, 3, 7),
                new ReliabilityChart.Row("Testing", 0.5, 2, 4),
                new ReliabilityChart.Row("Operations", 0.25, 2, 4)));

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
    void aNegativeIccDrawsNoBarAndAMissingOneSaysThereIsNotEnoughData() {
        SvgDrawing chart = ReliabilityChart.draw("r", "Backend", List.of(
                new ReliabilityChart.Row("Security", -0.2, 3, 6),
                new ReliabilityChart.Row("Testing", null, 1, 2)));

        assertThat(chart.ofKind("bar")).isEmpty();
        assertThat(((SvgDrawing.Label) chart.ofKind("value").get(0)).text()).isEqualTo("below 0 (−0.20)");
        assertThat(((SvgDrawing.Label) chart.ofKind("value").get(0)).x()).isEqualTo(278);
        assertThat(((SvgDrawing.Label) chart.ofKind("no-data").get(0)).text()).isEqualTo("Not enough data yet");
        assertThat(ReliabilityChart.describe(List.of(new ReliabilityChart.Row("Testing", null, 1, 2))))
                .endsWith("Testing: not enough data over 1 candidate, 2 scores.");
    }

    @Test
    void theSvgNamesThePositionAndEscapesTopicNames() {
        String svg = ReliabilityChart.draw("reliability-chart", "R&D \"lead\"",
                List.of(new ReliabilityChart.Row("<script>", 0.9, 2, 4))).render();

        assertThat(svg).contains("<title id=\"reliability-chart-title\">Panel reliability by topic for R&amp;D "
                + "&quot;lead&quot;</title>", "&lt;script&gt;").doesNotContain("<script>");
    }
}
