package io.panelist.web.recommendation.charts;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The panel's reliability per topic: one bar per topic for its ICC on a 0-1 scale, with dashed lines at 0.5 (fair)
 * and 0.75 (good), and under it a line for the 95% interval (cut at 0, the axis's end). A value under 0 is written
 * as "no agreement", never drawn as an empty bar; a topic with fewer than five candidates has its bar in grey and
 * says it is early; a topic without an ICC says there is not enough data.
 */
public final class ReliabilityChart {
    static final double WIDTH = 760;
    static final double X0 = 270;
    static final double X1 = 630;
    static final double TOP = 34;
    static final double ROW = 38;
    static final double BAR = 14;
    static final double FAIR = 0.5;
    static final double GOOD = 0.75;
    static final int ENOUGH_CANDIDATES = 5;
    /** How far left of zero a negative value's bar may reach, so it never runs into the topic's name. */
    static final double LOWEST_DRAWN = -0.15;

    public record Row(String name, @Nullable Double icc, @Nullable Double ci95Low, @Nullable Double ci95High,
                      boolean enoughData, int targets, int scores) {
    }

    private ReliabilityChart() {
    }

    static double x(double icc) {
        return X0 + Math.max(0, Math.min(1, icc)) * (X1 - X0);
    }

    static double rowCentre(int index) {
        return TOP + ROW * index + ROW / 2;
    }

    public static SvgDrawing draw(String id, String position, List<Row> rows) {
        List<SvgDrawing.Shape> shapes = new ArrayList<>();
        double bottom = TOP + ROW * rows.size();
        shapes.add(new SvgDrawing.Line("grid", x(0), TOP - 4, x(0), bottom, SvgDrawing.LINE, 1, false));
        shapes.add(new SvgDrawing.Line("grid", x(1), TOP - 4, x(1), bottom, SvgDrawing.LINE, 1, false));
        shapes.add(new SvgDrawing.Line("fair", x(FAIR), TOP - 4, x(FAIR), bottom, SvgDrawing.MUTED, 1, true));
        shapes.add(new SvgDrawing.Line("good", x(GOOD), TOP - 4, x(GOOD), bottom, SvgDrawing.GOOD, 1, true));
        shapes.add(new SvgDrawing.Label("axis", x(0), TOP - 12, "0", "middle", 12, SvgDrawing.MUTED, false));
        shapes.add(new SvgDrawing.Label("axis", x(FAIR), TOP - 12, "0.5 fair", "middle", 12, SvgDrawing.MUTED, false));
        shapes.add(new SvgDrawing.Label("axis", x(GOOD), TOP - 12, "0.75 good", "middle", 12, SvgDrawing.GOOD, false));
        shapes.add(new SvgDrawing.Label("axis", x(1), TOP - 12, "1", "middle", 12, SvgDrawing.MUTED, false));
        for (int i = 0; i < rows.size(); i++) {
            drawRow(shapes, rows.get(i), rowCentre(i));
        }
        return new SvgDrawing(id, WIDTH, bottom + 10, "Panel reliability by topic for " + position, describe(rows),
                shapes);
    }

    private static void drawRow(List<SvgDrawing.Shape> shapes, Row row, double cy) {
        shapes.add(new SvgDrawing.Label("topic", 8, cy - 2, SvgDrawing.fit(row.name(), 28), "start", 13,
                SvgDrawing.INK, true));
        String behind = row.enoughData() || row.targets() >= ENOUGH_CANDIDATES ? candidates(row)
                : row.targets() + " of " + ENOUGH_CANDIDATES + " candidates, " + scores(row);
        shapes.add(new SvgDrawing.Label("targets", 8, cy + 13, behind, "start", 11, SvgDrawing.MUTED, false));
        if (row.icc() == null) {
            shapes.add(new SvgDrawing.Label("no-data", X0 + 8, cy + 4, "Not enough data yet", "start", 12,
                    SvgDrawing.MUTED, false));
            return;
        }
        double icc = row.icc();
        if (row.ci95Low() != null && row.ci95High() != null && row.ci95High() > 0) {
            double from = x(row.ci95Low());
            double to = x(row.ci95High());
            double y = cy + BAR / 2 + 4;
            shapes.add(new SvgDrawing.Line("interval", from, y, to, y, SvgDrawing.INK, 1.5, false));
            shapes.add(new SvgDrawing.Line("interval-end", to, y - 3, to, y + 3, SvgDrawing.INK, 1.5, false));
            if (row.ci95Low() >= 0) {
                shapes.add(new SvgDrawing.Line("interval-end", from, y - 3, from, y + 3, SvgDrawing.INK, 1.5, false));
            }
        }
        if (icc < 0) {
            double width = Math.max(Math.max(icc, LOWEST_DRAWN) * -(X1 - X0), 2);
            shapes.add(new SvgDrawing.Rect("bar-negative", X0 - width, cy - BAR / 2, width, BAR, SvgDrawing.BAD));
            shapes.add(new SvgDrawing.Label("no-agreement", X0 + 8, cy + 4, "No agreement (" + number(icc) + ")",
                    "start", 12, SvgDrawing.BAD, true));
            return;
        }
        shapes.add(new SvgDrawing.Rect("bar", X0, cy - BAR / 2, Math.max(x(icc) - X0, 2), BAR,
                row.enoughData() ? colour(icc) : SvgDrawing.MUTED));
        String value = row.enoughData() ? number(icc) : number(icc) + ", early";
        shapes.add(new SvgDrawing.Label("value", Math.max(x(icc), X0 + 2) + 8, cy + 4, value, "start", 12,
                SvgDrawing.INK, true));
    }

    static String colour(double icc) {
        if (icc >= GOOD) {
            return SvgDrawing.GOOD;
        }
        return icc >= FAIR ? SvgDrawing.ACCENT : SvgDrawing.WARN;
    }

    private static String candidates(Row row) {
        return row.targets() + (row.targets() == 1 ? " candidate, " : " candidates, ") + scores(row);
    }

    private static String scores(Row row) {
        return row.scores() + (row.scores() == 1 ? " score" : " scores");
    }

    static String describe(List<Row> rows) {
        StringBuilder text = new StringBuilder("Agreement between panelists scoring the same candidate, from 0 (none) "
                + "to 1 (full); 0.75 or more is good.");
        if (rows.isEmpty()) {
            text.append(" No topic has two scores for the same candidate yet.");
        }
        for (Row row : rows) {
            text.append(' ').append(row.name()).append(": ").append(value(row))
                    .append(" over ").append(candidates(row)).append('.');
        }
        return text.toString();
    }

    private static String value(Row row) {
        if (row.icc() == null) {
            return "not enough data";
        }
        String value = row.icc() < 0 ? "no agreement (" + number(row.icc()) + ")" : number(row.icc());
        if (row.ci95Low() != null && row.ci95High() != null) {
            value += ", between " + number(row.ci95Low()) + " and " + number(row.ci95High()) + " 95% sure";
        }
        return value;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replace('-', '−');
    }
}
