package io.panelist.web.recommendation.charts;

import java.util.List;
import java.util.Locale;

/**
 * A chart as plain shapes, turned into SVG text here and only here: numbers are formatted, every label is escaped,
 * and styling uses presentation attributes (the page's CSP forbids style attributes). Each shape has a {@code kind}
 * (rendered as its class) so tests and readers can tell a mean from a score.
 */
public record SvgDrawing(String id, double width, double height, String title, String description, List<Shape> shapes) {
    static final String INK = "#1d2430";
    static final String MUTED = "#5b6576";
    static final String LINE = "#d9dee7";
    static final String ACCENT = "#2554c7";
    static final String GOOD = "#1d7a46";
    static final String WARN = "#9a5b00";
    static final String BAD = "#b3261e";
    static final String CALIBRATED = "#7a3fb0";

    public SvgDrawing {
        shapes = List.copyOf(shapes);
    }

    sealed interface Shape permits Line, Rect, Circle, Diamond, Label {
        String kind();
    }

    record Line(String kind, double x1, double y1, double x2, double y2, String stroke, double strokeWidth,
                boolean dashed) implements Shape {
    }

    record Rect(String kind, double x, double y, double width, double height, String fill) implements Shape {
    }

    record Circle(String kind, double cx, double cy, double r, String fill, String stroke) implements Shape {
    }

    /** A square turned on its corner, centred on (cx, cy), reaching r in each direction. */
    record Diamond(String kind, double cx, double cy, double r, String fill) implements Shape {
    }

    record Label(String kind, double x, double y, String text, String anchor, double size, String fill, boolean bold)
            implements Shape {
    }

    /** The shapes of one kind, in drawing order. */
    List<Shape> ofKind(String kind) {
        return shapes.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    /**
     * The chart in a frame that scrolls sideways on narrow screens: the SVG keeps a width at which its smallest text
     * stays readable (see responsive.css), and the frame is focusable so a keyboard can scroll it too.
     */
    public String render() {
        return "<div class=\"chart-frame\" tabindex=\"0\" role=\"region\" aria-label=\"" + escape(title)
                + " (scrolls sideways on narrow screens)\">" + svg() + "</div>";
    }

    String svg() {
        StringBuilder svg = new StringBuilder(256 + shapes.size() * 96);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" role=\"img\" viewBox=\"0 0 ")
                .append(n(width)).append(' ').append(n(height)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" aria-labelledby=\"").append(escape(id))
                .append("-title ").append(escape(id)).append("-desc\">");
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description)).append("</desc>");
        shapes.forEach(shape -> svg.append(render(shape)));
        return svg.append("</svg>").toString();
    }

    private static String render(Shape shape) {
        if (shape instanceof Line l) {
            return "<line class=\"" + escape(l.kind()) + "\" x1=\"" + n(l.x1()) + "\" y1=\"" + n(l.y1())
                    + "\" x2=\"" + n(l.x2()) + "\" y2=\"" + n(l.y2()) + "\" stroke=\"" + l.stroke()
                    + "\" stroke-width=\"" + n(l.strokeWidth()) + "\" stroke-linecap=\"round\""
                    + (l.dashed() ? " stroke-dasharray=\"3 3\"" : "") + "/>";
        }
        if (shape instanceof Rect r) {
            return "<rect class=\"" + escape(r.kind()) + "\" x=\"" + n(r.x()) + "\" y=\"" + n(r.y())
                    + "\" width=\"" + n(r.width()) + "\" height=\"" + n(r.height()) + "\" rx=\"2\" fill=\""
                    + r.fill() + "\"/>";
        }
        if (shape instanceof Circle c) {
            return "<circle class=\"" + escape(c.kind()) + "\" cx=\"" + n(c.cx()) + "\" cy=\"" + n(c.cy())
                    + "\" r=\"" + n(c.r()) + "\" fill=\"" + c.fill() + "\""
                    + (c.stroke() == null ? "" : " stroke=\"" + c.stroke() + "\" stroke-width=\"2\"") + "/>";
        }
        if (shape instanceof Diamond d) {
            return "<polygon class=\"" + escape(d.kind()) + "\" points=\"" + n(d.cx()) + "," + n(d.cy() - d.r())
                    + " " + n(d.cx() + d.r()) + "," + n(d.cy()) + " " + n(d.cx()) + "," + n(d.cy() + d.r()) + " "
                    + n(d.cx() - d.r()) + "," + n(d.cy()) + "\" fill=\"" + d.fill() + "\"/>";
        }
        Label t = (Label) shape;
        return "<text class=\"" + escape(t.kind()) + "\" x=\"" + n(t.x()) + "\" y=\"" + n(t.y())
                + "\" text-anchor=\"" + t.anchor() + "\" font-size=\"" + n(t.size()) + "\" fill=\"" + t.fill() + "\""
                + (t.bold() ? " font-weight=\"600\"" : "") + ">" + escape(t.text()) + "</text>";
    }

    /** Text for SVG content or an attribute value: the five XML specials escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** A label that fits its column: long names end with an ellipsis (the full name is in the description). */
    static String fit(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars - 1).stripTrailing() + "…";
    }

    static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
