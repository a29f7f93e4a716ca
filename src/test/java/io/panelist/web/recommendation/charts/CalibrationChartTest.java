package io.panelist.web.recommendation.charts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Calibration bars grow from the centre (x = 430) by 180 px per reach; the reach is 1, 2 or 3 points. */
class CalibrationChartTest {

    @Test
    void theScaleGrowsInWholePointsToFitTheLargestValue() {
        assertThat(CalibrationChart.reach(List.of(new CalibrationChart.Row("All", 0.4, 0.2, 3)))).isEqualTo(1);
        assertThat(CalibrationChart.reach(List.of(new CalibrationChart.Row("All", -1.5, -0.5, 2)))).isEqualTo(2);
        assertThat(CalibrationChart.reach(List.of(new CalibrationChart.Row("All", 3.0, 0.4, 1)))).isEqualTo(3);
        assertThat(CalibrationChart.reach(List.of())).isEqualTo(1);
        assertThat(CalibrationChart.x(0, 2)).isEqualTo(430);
        assertThat(CalibrationChart.x(-2, 2)).isEqualTo(250);
        assertThat(CalibrationChart.x(5, 2)).isEqualTo(610);
    }

    @Test
    void aPositiveBiasRunsRightOfTheCentreAndANegativeOneLeft() {
        SvgDrawing chart = CalibrationChart.draw("c", "Ana", List.of(
                new CalibrationChart.Row("All topics", 0.5, 0.25, 12),
                new CalibrationChart.Row("Security", -1.5, -0.5, 3)));

        SvgDrawing.Rect high = (SvgDrawing.Rect) chart.ofKind("bias").get(0);
        SvgDrawing.Rect low = (SvgDrawing.Rect) chart.ofKind("bias").get(1);
        assertThat(high.x()).isEqualTo(430);
        assertThat(high.width()).isCloseTo(45, within(1e-9));
        assertThat(high.fill()).isEqualTo(SvgDrawing.ACCENT);
        assertThat(low.x()).isCloseTo(295, within(1e-9));
        assertThat(low.width()).isCloseTo(135, within(1e-9));
        assertThat(low.fill()).isEqualTo(SvgDrawing.WARN);
        assertThat(((SvgDrawing.Circle) chart.ofKind("shrunk").get(1)).cx()).isCloseTo(385, within(1e-9));
        assertThat(((SvgDrawing.Label) chart.ofKind("value").get(0)).text()).isEqualTo("+0.50");
        assertThat(((SvgDrawing.Label) chart.ofKind("value").get(1)).text()).isEqualTo("−1.50");
        assertThat(chart.ofKind("zero")).hasSize(1);
    }

    @Test
    void noComparisonsDrawNoBar() {
        SvgDrawing chart = CalibrationChart.draw("c", "Ben", List.of(new CalibrationChart.Row("All topics", 0, 0, 0)));

        assertThat(chart.ofKind("bias")).isEmpty();
        assertThat(chart.ofKind("no-data")).hasSize(1);
        assertThat(chart.render()).contains("<title id=\"c-title\">Scoring next to the panel: Ben</title>",
                "All topics: no shared scores yet.");
    }
}
