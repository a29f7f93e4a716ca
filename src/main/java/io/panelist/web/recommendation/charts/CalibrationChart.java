package io.panelist.web.recommendation.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How an interviewer scores next to their co-panelists, overall and per topic: a bar from the centre line to the
 * bias (right: scores higher than the others, left: lower) and a dot at the shrunk bias, the amount calibrated means
 * take off. The scale is symmetric and grows in whole points to fit the largest value (at most 3).
 */
public final class CalibrationChart {
    static final double WIDTH = 740;
    static final double X0 = 250;
    static final double X1 = 610;
    static final double TOP = 34;
    static final double ROW = 38;
    static final double BAR = 14;

    public record Row(String name, double bias, double shrunkBias, int pairs) {
    }

    private CalibrationChart() {
    }

    /** Half the width of the scale: 1, 2 or 3 points, enough for every value drawn. */
    static int reach(List<Row> rows) {
        double largest = rows.stream().mapToDouble(r -> Math.max(Math.abs(r.bias()), Math.abs(r.shrunkBias())))
                .max().orElse(0);
        return (int) Math.max(1, Math.min(3, Math.ceil(largest - 1e-9)));
    }

    static double x(double value, int reach) {
        double clamped = Math.max(-reach, Math.min(reach, value));
        return centre() + clamped / reach * (X1 - X0) / 2;
    }

    static double centre() {
        return (X0 + X1) / 2;
    }

    static double rowCentre(int index) {
        return TOP + ROW * index + ROW / 2;
    }

    public static SvgDrawing draw(String id, String interviewer, List<Row> rows) {
        int reach = reach(rows);
        List<SvgDrawing.Shape> shapes = new ArrayList<>();
        double bottom = TOP + ROW * rows.size();
        for (int step = -reach; step <= reach; step++) {
            shapes.add(new SvgDrawing.Line(step == 0 ? "zero" : "grid", x(step, reach), TOP - 4, x(step, reach), bottom,
                    step == 0 ? SvgDrawing.MUTED : SvgDrawing.LINE, step == 0 ? 1.5 : 1, false));
            String label = step == 0 ? "0 same as the panel" : signed(step, 0);
            shapes.add(new SvgDrawing.Label("axis", x(step, reach), TOP - 12, label, "middle", 12, SvgDrawing.MUTED,
                    false));
        }
        for (int i = 0; i < rows.size(); i++) {
            drawRow(shapes, rows.get(i), rowCentre(i), reach);
        }
        return new SvgDrawing(id, WIDTH, bottom + 10, "Scoring next to the panel: " + interviewer, describe(rows),
                shapes);
    }

    private static void drawRow(List<SvgDrawing.Shape> shapes, Row row, double cy, int reach) {
        shapes.add(new SvgDrawing.Label("topic", 8, cy - 2, SvgDrawing.fit(row.name(), 32), "start", 13,
                SvgDrawing.INK, true));
        shapes.add(new SvgDrawing.Label("pairs", 8, cy + 13, row.pairs() + (row.pairs() == 1 ? " comparison"
                : " comparisons"), "start", 11, SvgDrawing.MUTED, false));
        if (row.pairs() == 0) {
            shapes.add(new SvgDrawing.Label("no-data", centre() + 8, cy + 4, "No shared scores yet", "start", 12,
                    SvgDrawing.MUTED, false));
            return;
        }
        double end = x(row.bias(), reach);
        shapes.add(new SvgDrawing.Rect("bias", Math.min(centre(), end), cy - BAR / 2, Math.abs(end - centre()), BAR,
                row.bias() >= 0 ? SvgDrawing.ACCENT : SvgDrawing.WARN));
        shapes.add(new SvgDrawing.Circle("shrunk", x(row.shrunkBias(), reach), cy, 4.5, SvgDrawing.INK, "#ffffff"));
        shapes.add(new SvgDrawing.Label("value", X1 + 14, cy + 4, signed(row.bias(), 2), "start", 12, SvgDrawing.INK,
                true));
    }

    static String describe(List<Row> rows) {
        StringBuilder text = new StringBuilder("Mean difference between this interviewer's scores and the rest of "
                + "the panel's on the same candidate and topic; positive means they score higher.");
        for (Row row : rows) {
            text.append(' ').append(row.name()).append(": ");
            if (row.pairs() == 0) {
                text.append("no shared scores yet.");
            } else {
                text.append(signed(row.bias(), 2)).append(" over ").append(row.pairs())
                        .append(row.pairs() == 1 ? " comparison" : " comparisons").append(", shrunk ")
                        .append(signed(row.shrunkBias(), 2)).append('.');
            }
        }
        return text.toString();
    }

    public static String signed(double value, int places) {
        String text = String.format(Locale.ROOT, "%." + places + "f", Math.abs(value));
        boolean zero = Double.parseDouble(text) == 0;
        return (zero ? "" : value > 0 ? "+" : "−") + text;
    }
}
