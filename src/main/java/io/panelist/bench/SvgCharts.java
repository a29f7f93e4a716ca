package io.panelist.bench;

import java.util.List;
import java.util.Locale;

/** Small, self-contained SVG charts for the benchmark report: grouped bars and lines, every label escaped. */
final class SvgCharts {
    private static final String[] COLOURS = {"#1f5fa8", "#e08a1e", "#3b8f4a", "#a83a3a"};
    private static final int WIDTH = 760;
    private static final int LEFT = 150;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BAR = 14;

    private SvgCharts() {
    }

    /** One named series of values, one per category (NaN for none). */
    record Series(String name, double[] values) {
    }

    /**
     * Horizontal bars: a group per category, a bar per series, each labelled with its value. An optional dashed
     * guide marks a target ({@code NaN} for none).
     */
    static String groupedBars(String title, String unit, List<String> categories, List<Series> series, double guide,
                              String guideLabel) {
        double max = Double.isNaN(guide) ? 0 : guide;
        for (Series s : series) {
            for (double v : s.values()) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        max = max <= 0 ? 1 : max * 1.15;
        int groupHeight = series.size() * (BAR + 3) + 14;
        int plotHeight = categories.size() * groupHeight;
        int height = TOP + plotHeight + 40 + 20 * ((series.size() + 3) / 4);
        double plotWidth = WIDTH - LEFT - RIGHT;
        StringBuilder svg = start(title, height);
        for (int c = 0; c < categories.size(); c++) {
            int y0 = TOP + c * groupHeight;
            svg.append(text(LEFT - 8, y0 + groupHeight / 2.0, "end", categories.get(c), 12));
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values()[c];
                double y = y0 + 4 + s * (BAR + 3);
                if (Double.isNaN(v)) {
                    continue;
                }
                double w = Math.max(1, v / max * plotWidth);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s, %s: %s %s</title></rect>%n",
                        LEFT, y, w, BAR, COLOURS[s % COLOURS.length], escape(categories.get(c)),
                        escape(series.get(s).name()), number(v), escape(unit)));
                svg.append(text(LEFT + w + 4, y + BAR - 3, "start", number(v), 10));
            }
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n",
                LEFT, TOP - 4, LEFT, TOP + plotHeight));
        if (!Double.isNaN(guide)) {
            double x = LEFT + guide / max * plotWidth;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#a83a3a\" stroke-dasharray=\"5,4\"/>%n",
                    x, TOP - 8, x, TOP + plotHeight));
            svg.append(text(x + 4, TOP - 10, "start", guideLabel, 11));
        }
        svg.append(text(LEFT, TOP + plotHeight + 20, "start", unit, 11));
        legend(svg, series.stream().map(Series::name).toList(), TOP + plotHeight + 34);
        return svg.append("</svg>\n").toString();
    }

    /** Lines over categories on the x axis (drawn evenly spaced), with every point labelled. */
    static String lines(String title, String xLabel, String unit, List<String> xs, List<Series> series) {
        int plotHeight = 260;
        int height = TOP + plotHeight + 60 + 20 * ((series.size() + 3) / 4);
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        max = max <= 0 ? 1 : max * 1.15;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double step = xs.size() > 1 ? plotWidth / (xs.size() - 1) : 0;
        StringBuilder svg = start(title, height);
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n",
                LEFT, TOP, LEFT, TOP + plotHeight, LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight));
        for (int i = 0; i < xs.size(); i++) {
            svg.append(text(LEFT + i * step, TOP + plotHeight + 16, "middle", xs.get(i), 11));
        }
        svg.append(text(LEFT + plotWidth / 2, TOP + plotHeight + 34, "middle", xLabel, 11));
        svg.append(text(LEFT - 8, TOP + 4, "end", number(max) + " " + unit, 10));
        svg.append(text(LEFT - 8, TOP + plotHeight, "end", "0", 10));
        for (int s = 0; s < series.size(); s++) {
            StringBuilder points = new StringBuilder();
            double[] values = series.get(s).values();
            for (int i = 0; i < values.length; i++) {
                if (Double.isNaN(values[i])) {
                    continue;
                }
                double x = LEFT + i * step;
                double y = TOP + plotHeight - values[i] / max * plotHeight;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s at %s: %s %s</title></circle>%n",
                        x, y, COLOURS[s % COLOURS.length], escape(series.get(s).name()), escape(xs.get(i)),
                        number(values[i]), escape(unit)));
                svg.append(text(x + 6, y - 6, "start", number(values[i]), 10));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    points.toString().trim(), COLOURS[s % COLOURS.length]));
        }
        legend(svg, series.stream().map(Series::name).toList(), TOP + plotHeight + 50);
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder start(String title, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" role=\"img\">%n<title>%s</title>%n"
                        + "<rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/>%n",
                WIDTH, height, WIDTH, height, escape(title)));
        svg.append(text(WIDTH / 2.0, 24, "middle", title, 15));
        return svg;
    }

    private static void legend(StringBuilder svg, List<String> names, int y) {
        for (int i = 0; i < names.size(); i++) {
            int x = LEFT + (i % 4) * 150;
            int row = y + (i / 4) * 20;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                    x, row - 10, COLOURS[i % COLOURS.length]));
            svg.append(text(x + 17, row, "start", names.get(i), 11));
        }
    }

    private static String text(double x, double y, String anchor, String content, int size) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
                x, y, anchor, size, escape(content));
    }

    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
