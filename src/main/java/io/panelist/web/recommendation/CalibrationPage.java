package io.panelist.web.recommendation;

import io.panelist.recommendation.calibration.CalibrationResponse;
import io.panelist.web.recommendation.charts.CalibrationChart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** An interviewer's calibration: the chart (overall first, then topics by name) and the same numbers in words. */
record CalibrationPage(UUID interviewerId, String interviewer, int pairs, int scoresGiven, String bias,
                       String shrunkBias, String summary, String severity, String chart, List<Line> topics) {

    static final String HELP = "Each bar shows how far this interviewer's scores sit from the rest of the panel's on "
            + "the same candidate and topic: to the right they score higher, to the left lower. The dot is the same "
            + "after allowing for how few comparisons there are; calibrated means take that amount off.";

    record Line(String topic, int pairs, String bias, String shrunkBias) {
    }

    static CalibrationPage of(CalibrationResponse calibration, String interviewer, Map<String, String> names) {
        List<CalibrationChart.Row> rows = new ArrayList<>();
        rows.add(new CalibrationChart.Row("All topics", calibration.bias(), calibration.shrunkBias(),
                calibration.pairs()));
        List<CalibrationResponse.Topic> topics = calibration.topics().stream()
                .sorted(Comparator.comparing(t -> names.getOrDefault(t.topicKey(), t.topicKey()))).toList();
        topics.forEach(t -> rows.add(new CalibrationChart.Row(names.getOrDefault(t.topicKey(), t.topicKey()), t.bias(),
                t.shrunkBias(), t.pairs())));
        String chart = CalibrationChart.draw("calibration-chart", interviewer, rows).render();
        return new CalibrationPage(calibration.interviewerId(), interviewer, calibration.pairs(),
                calibration.scoresGiven(), CalibrationChart.signed(calibration.bias(), 2),
                CalibrationChart.signed(calibration.shrunkBias(), 2), summary(calibration, interviewer),
                severity(calibration.severity(), interviewer), chart,
                topics.stream().map(t -> new Line(names.getOrDefault(t.topicKey(), t.topicKey()), t.pairs(),
                        CalibrationChart.signed(t.bias(), 2), CalibrationChart.signed(t.shrunkBias(), 2))).toList());
    }

    public String help() {
        return HELP;
    }

    /**
     * What recommendations correct for, from the joint severity estimate (which weighs everyone's history together,
     * so one lenient co-panelist does not make the others look harsh). Under 0.05 either way reads as in line.
     */
    static String severity(double severity, String interviewer) {
        if (Math.abs(severity) < 0.05) {
            return "Weighing everyone's history together, " + interviewer
                    + " scores in line with the panel: recommendations take their scores as given.";
        }
        return "Weighing everyone's history together, " + interviewer + " usually scores "
                + String.format(Locale.ROOT, "%.1f", Math.abs(severity))
                + (severity > 0 ? " above" : " below") + " the panel: recommendations adjust their scores by that much.";
    }

    /** One sentence a hiring manager can repeat in the debrief. */
    static String summary(CalibrationResponse calibration, String interviewer) {
        if (calibration.pairs() == 0) {
            return interviewer + " has not yet scored a topic that someone else scored for the same candidate.";
        }
        double bias = calibration.bias();
        String lean = Math.abs(bias) < 0.25 ? "scores in line with the rest of the panel"
                : bias > 0 ? "scores higher than the rest of the panel" : "scores lower than the rest of the panel";
        return interviewer + " " + lean + ": " + CalibrationChart.signed(bias, 2) + " points on average over "
                + calibration.pairs() + (calibration.pairs() == 1 ? " comparison." : " comparisons.");
    }
}
