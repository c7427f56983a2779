package app.routecard.portal.scorecards;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A supplier's composite score and its lower bound over the last weeks, drawn on the server as an SVG line chart
 * (no script, no chart library to load), with a sentence saying the same for screen readers.
 */
public record TrendChart(List<Point> points) {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 180;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    /** One point of the marketplace's history: as of when, the composite and its lower bound (0 to 1). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Point(OffsetDateTime asOf, double composite, double compositeLowerBound) {
    }

    /** In words: where the composite and its lower bound went over the period. */
    public String summary() {
        if (points.isEmpty()) {
            return "No history yet.";
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        return String.format(Locale.ROOT, "Over the last %d weeks the composite score went from %.1f %% to %.1f %%,"
                        + " its lower bound from %.1f %% to %.1f %%.", points.size() - 1, first.composite() * 100,
                last.composite() * 100, first.compositeLowerBound() * 100, last.compositeLowerBound() * 100);
    }

    /** The chart: a solid line for the composite, a dashed one for its lower bound, the scale in percent. */
    public String svg() {
        if (points.size() < 2) {
            return "";
        }
        double low = Math.floor(points.stream().mapToDouble(Point::compositeLowerBound).min().orElse(0) * 10) / 10;
        low = Math.max(0, Math.min(low, 0.9));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\""
                + " aria-label=\"%s\" class=\"trend\">", WIDTH, HEIGHT, summary()));
        for (double tick = low; tick <= 1.0001; tick += (1 - low) / 2) {
            double y = y(tick, low);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f %%</text>", LEFT, WIDTH - RIGHT, y, y,
                    LEFT - 6, y + 4, tick * 100));
        }
        svg.append(line(low, true)).append(line(low, false));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>"
                        + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", LEFT, HEIGHT - 6,
                points.get(0).asOf().toLocalDate(), WIDTH - RIGHT, HEIGHT - 6,
                points.get(points.size() - 1).asOf().toLocalDate()));
        return svg.append("</svg>").toString();
    }

    private String line(double low, boolean composite) {
        StringBuilder coordinates = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double value = composite ? points.get(i).composite() : points.get(i).compositeLowerBound();
            coordinates.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i), y(value, low)));
        }
        return String.format(Locale.ROOT, "<polyline points=\"%s\" class=\"%s\" fill=\"none\"/>",
                coordinates.toString().strip(), composite ? "composite" : "lower-bound");
    }

    private double x(int index) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) index / (points.size() - 1);
    }

    private static double y(double value, double low) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - low) / (1 - low));
    }
}
