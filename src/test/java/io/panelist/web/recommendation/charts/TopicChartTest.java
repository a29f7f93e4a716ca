package io.panelist.web.recommendation.charts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The topic chart's geometry, worked out by hand: 1 sits at x = 250, 4 at x = 610, so one point is 120 px. */
class TopicChartTest {
    private static final TopicChart.Row SECURITY = new TopicChart.Row("Security", true, 3, 2.5, 2.25,
            List.of(4, 1));
    private static final TopicChart.Row TESTING = new TopicChart.Row("Testing & CI", false, 1, 3.0, 3.0,
            List.of(3, 3, 3));
    private static final TopicChart.Row DEPLOYMENT = new TopicChart.Row("Deployment", true, 2, null, null, List.of());

    @Test
    void scoresMapOntoTheRubricScaleFromLeftToRight() {
        assertThat(TopicChart.x(1)).isEqualTo(250);
        assertThat(TopicChart.x(4)).isEqualTo(610);
        assertThat(TopicChart.x(2.5)).isCloseTo(430, within(1e-9));
        assertThat(TopicChart.rowCentre(0)).isEqualTo(46 + 27);
        assertThat(TopicChart.rowCentre(2)).isEqualTo(46 + 2 * 54 + 27);
    }

    @Test
    void aDisputedMustHaveShowsItsSpreadMeanCalibratedMeanAndMinimum() {
        SvgDrawing chart = TopicChart.draw("t", "Priya", List.of(SECURITY));
        double raw = TopicChart.rowCentre(0) + TopicChart.RAW_OFFSET;

        SvgDrawing.Line spread = (SvgDrawing.Line) chart.ofKind("spread").get(0);
        assertThat(spread.x1()).isEqualTo(250);
        assertThat(spread.x2()).isEqualTo(610);
        assertThat(spread.y1()).isEqualTo(raw);
        SvgDrawing.Diamond mean = (SvgDrawing.Diamond) chart.ofKind("mean").get(0);
        assertThat(mean.cx()).isCloseTo(430, within(1e-9));
        assertThat(mean.cy()).isEqualTo(raw);
        SvgDrawing.Circle calibrated = (SvgDrawing.Circle) chart.ofKind("calibrated").get(0);
        assertThat(calibrated.cx()).isCloseTo(400, within(1e-9));
        assertThat(calibrated.cy()).isEqualTo(TopicChart.rowCentre(0) + TopicChart.CALIBRATED_OFFSET);
        SvgDrawing.Line minimum = (SvgDrawing.Line) chart.ofKind("minimum").get(0);
        assertThat(minimum.x1()).isEqualTo(TopicChart.x(3)).isEqualTo(minimum.x2());
        assertThat(minimum.dashed()).isTrue();
        assertThat(chart.ofKind("score")).extracting(s -> ((SvgDrawing.Circle) s).cx()).containsExactly(250.0, 610.0);
        assertThat(chart.ofKind("must-have")).hasSize(1);
    }

    @Test
    void agreeingScoresDrawNoSpreadAndOneDotWithItsCount() {
        SvgDrawing chart = TopicChart.draw("t", "Jordan", List.of(TESTING));

        assertThat(chart.ofKind("spread")).isEmpty();
        assertThat(chart.ofKind("minimum")).isEmpty();
        assertThat(chart.ofKind("score")).hasSize(1);
        assertThat(((SvgDrawing.Label) chart.ofKind("score-count").get(0)).text()).isEqualTo("3×");
    }

    @Test
    void aTopicWithoutScoresSaysSoAndDrawsNoMean() {
        SvgDrawing chart = TopicChart.draw("t", "Chloe", List.of(SECURITY, DEPLOYMENT));

        assertThat(chart.ofKind("mean")).hasSize(1);
        assertThat(chart.ofKind("no-evidence")).hasSize(1);
        assertThat(((SvgDrawing.Label) chart.ofKind("no-evidence").get(0)).y())
                .isEqualTo(TopicChart.rowCentre(1) + 5);
        assertThat(chart.ofKind("minimum")).hasSize(2);
        assertThat(chart.height()).isEqualTo(46 + 2 * 54 + 44);
    }

    @Test
    void theSvgCarriesATitleAndADescriptionAndEscapesEveryLabel() {
        String svg = TopicChart.draw("topic-chart", "Ana <O'Neil>", List.of(TESTING, SECURITY)).render();

        assertThat(svg).startsWith("<div class=\"chart-frame\" tabindex=\"0\" role=\"region\"").contains("<svg ").contains("role=\"img\"",
                "aria-labelledby=\"topic-chart-title topic-chart-desc\"",
                "<title id=\"topic-chart-title\">Scores by topic for Ana &lt;O&#39;Neil&gt;</title>",
                ">Testing &amp; CI</text>",
                "Security, a must-have with a minimum of 3: mean 2.50, calibrated 2.25, from 2 scores between 1 and 4.")
                .doesNotContain("<O'Neil>", "style=", "Testing & CI");
    }
}
