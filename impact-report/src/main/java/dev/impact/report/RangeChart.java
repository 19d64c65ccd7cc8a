package dev.impact.report;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * Horizontal interval charts on a value axis that may run below zero: one row per item, each with bar segments
 * between two values, an optional whisker (an interval with end caps, e.g. p5–p95) and an optional dot, a vertical
 * reference line (0, or a central value for a tornado chart) and the row's value text in a column on the right.
 * One layout serves offers with uncertainty whiskers, scenario deltas (negative = saving) and tornado charts.
 */
final class RangeChart {
    static final double WIDTH = BarChart.WIDTH;
    static final double LABEL_WIDTH = BarChart.LABEL_WIDTH;
    static final double VALUE_WIDTH = 170;
    static final double ROW = 30;
    static final double BAR = 16;
    static final double CAP = 6;
    static final double LEGEND = 34;
    static final double AXIS = 28;

    private RangeChart() {
    }

    /**
     * A bar segment from {@code from} to {@code to} (either order).
     *
     * @param from    one end, in axis units
     * @param to      the other end
     * @param color   a CSS colour
     * @param tooltip its tooltip (may be empty)
     */
    record Segment(double from, double to, String color, String tooltip) {
        public Segment {
            finite(from, "segment from");
            finite(to, "segment to");
            Objects.requireNonNull(color, "color");
            Objects.requireNonNull(tooltip, "tooltip");
        }
    }

    /**
     * A row.
     *
     * @param label          the row's label (shortened to fit, in full in a tooltip)
     * @param segments       bar segments, drawn in order
     * @param whiskerLow     lower end of the whisker, or NaN for none
     * @param whiskerHigh    upper end of the whisker, or NaN for none
     * @param whiskerTooltip the whisker's tooltip (may be empty)
     * @param marker         where to draw a dot, or NaN for none
     * @param valueLabel     the text in the value column (may be empty)
     */
    record Row(String label, List<Segment> segments, double whiskerLow, double whiskerHigh,
                      String whiskerTooltip, double marker, String valueLabel) {
        public Row {
            Objects.requireNonNull(label, "label");
            segments = List.copyOf(segments);
            Objects.requireNonNull(whiskerTooltip, "whiskerTooltip");
            Objects.requireNonNull(valueLabel, "valueLabel");
            if (Double.isInfinite(whiskerLow) || Double.isInfinite(whiskerHigh) || Double.isInfinite(marker)) {
                throw new IllegalArgumentException("whisker and marker must be finite or NaN, was " + whiskerLow
                        + ", " + whiskerHigh + ", " + marker + " in row '" + label + "'");
            }
        }

        /** A row with one bar from {@code from} to {@code to}, a whisker and a value text. */
        public static Row bar(String label, double from, double to, String color, String tooltip, double low,
                              double high, String whiskerTooltip, String valueLabel) {
            return new Row(label, List.of(new Segment(from, to, color, tooltip)), low, high, whiskerTooltip,
                    Double.NaN, valueLabel);
        }
    }

    /**
     * The chart. The axis covers {@code reference} and every segment, whisker and marker, with round ticks;
     * {@code format} writes the tick labels.
     *
     * @param legend series shown in a legend on top (may be empty)
     */
    public static String draw(String title, List<BarChart.Series> legend, List<Row> rows, double reference,
                              DoubleFunction<String> format) {
        Objects.requireNonNull(format, "format");
        finite(reference, "reference");
        double min = reference;
        double max = reference;
        for (Row r : rows) {
            for (Segment s : r.segments) {
                min = Math.min(min, Math.min(s.from, s.to));
                max = Math.max(max, Math.max(s.from, s.to));
            }
            for (double v : new double[] {r.whiskerLow, r.whiskerHigh, r.marker}) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double[] ticks = ticks(min, max);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        double top = legend.isEmpty() ? 8 : LEGEND;
        double height = top + Math.max(rows.size(), 1) * ROW + AXIS;
        double plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 10;
        DoubleUnaryX x = v -> LABEL_WIDTH + plot * (v - lo) / (hi - lo);
        Svg svg = Svg.of(WIDTH, height, title);

        double lx = LABEL_WIDTH;
        for (BarChart.Series s : legend) {
            svg.rect(lx, 8, 12, 12, s.color(), s.name());
            svg.text(lx + 17, 18, s.name(), "start", "legend");
            lx += 17 + s.name().length() * 7.2 + 22;
        }
        double bottom = top + rows.size() * ROW;
        for (double t : ticks) {
            svg.line(x.at(t), top, x.at(t), bottom, "grid");
            svg.text(x.at(t), bottom + 16, format.apply(t), "middle", "tick");
        }
        double y = top;
        for (Row r : rows) {
            double mid = y + ROW / 2;
            svg.text(LABEL_WIDTH - 8, mid + 4, BarChart.shorten(r.label), "end", "label", r.label);
            for (Segment s : r.segments) {
                double a = x.at(Math.min(s.from, s.to));
                double b = x.at(Math.max(s.from, s.to));
                svg.rect(a, mid - BAR / 2, Math.max(b - a, 0.75), BAR, s.color, s.tooltip);
            }
            if (!Double.isNaN(r.whiskerLow) && !Double.isNaN(r.whiskerHigh)) {
                double a = x.at(Math.min(r.whiskerLow, r.whiskerHigh));
                double b = x.at(Math.max(r.whiskerLow, r.whiskerHigh));
                svg.group(r.whiskerTooltip, "whisker");
                svg.line(a, mid, b, mid, "whisker");
                svg.line(a, mid - CAP, a, mid + CAP, "whisker");
                svg.line(b, mid - CAP, b, mid + CAP, "whisker");
                svg.endGroup();
            }
            if (!Double.isNaN(r.marker)) {
                svg.circle(x.at(r.marker), mid, 4, "#1d2733", "");
            }
            if (!r.valueLabel.isEmpty()) {
                svg.text(WIDTH - VALUE_WIDTH + 4, mid + 4, r.valueLabel, "start", "value");
            }
            y += ROW;
        }
        // the reference line on top of the bars
        svg.line(x.at(reference), top - 4, x.at(reference), bottom, "ref");
        return svg.toSvg();
    }

    @FunctionalInterface
    private interface DoubleUnaryX {
        double at(double v);
    }

    /**
     * Round ticks covering [{@code min}, {@code max}] (steps of 1, 2 or 5 × 10^k, about five of them), including 0
     * when the range spans it.
     */
    static double[] ticks(double min, double max) {
        if (!(max > min)) {
            double m = Math.abs(min) > 0 ? Math.abs(min) : 1;
            return ticks(min - m / 2, max + m / 2);
        }
        double raw = (max - min) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / mag;
        double step = (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
        long first = (long) Math.floor(min / step + 1e-9);
        long last = (long) Math.ceil(max / step - 1e-9);
        double[] t = new double[(int) (last - first) + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = (first + i) * step;
            if (Math.abs(t[i]) < step * 1e-9) {
                t[i] = 0;
            }
        }
        return t;
    }

    private static void finite(double v, String name) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + v);
        }
    }
}
