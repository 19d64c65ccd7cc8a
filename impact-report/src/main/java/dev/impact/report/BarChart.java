package dev.impact.report;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * Horizontal stacked bar charts: one row per item (a category, an indicator), one coloured segment per series (a
 * life-cycle phase), a value label at the end of each bar, a legend on top and a value axis with round ticks below.
 * Rows are laid out in the given order.
 */
final class BarChart {
    /** Width of the image, in user units (it scales down with the page). */
    static final double WIDTH = 760;
    static final double LABEL_WIDTH = 190;
    static final double VALUE_WIDTH = 150;
    static final double ROW = 30;
    static final double BAR = 20;
    static final double LEGEND = 34;
    static final double AXIS = 28;
    static final int MAX_LABEL = 28;

    private BarChart() {
    }

    /**
     * A series: its name (in the legend and tooltips) and its fill colour.
     *
     * @param name  the series name
     * @param color a CSS colour, e.g. {@code #0072B2}
     */
    record Series(String name, String color) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(color, "color");
        }
    }

    /**
     * A row: its label, one value per series ({@link Double#NaN} or 0 draws nothing), and the text shown after the
     * bar (e.g. the formatted total; may be empty).
     *
     * @param label      the row's label (shortened to fit, in full in a tooltip)
     * @param values     one value per series, >= 0 or NaN
     * @param valueLabel the text after the bar
     */
    record Row(String label, double[] values, String valueLabel) {
        public Row {
            Objects.requireNonNull(label, "label");
            values = values.clone();
            Objects.requireNonNull(valueLabel, "valueLabel");
            for (double v : values) {
                if (v < 0 || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("bar values must be >= 0 and finite (or NaN), was " + v
                            + " in row '" + label + "'");
                }
            }
        }

        /** Sum of the values with data. */
        public double total() {
            double s = 0;
            for (double v : values) {
                s += Double.isNaN(v) ? 0 : v;
            }
            return s;
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /**
     * A stacked bar chart. The value axis runs from 0 to a round number above the longest bar; {@code format} writes
     * its tick labels and the segment tooltips.
     *
     * @throws IllegalArgumentException if a row does not have one value per series
     */
    public static String stacked(String title, List<Series> series, List<Row> rows, DoubleFunction<String> format) {
        return draw(title, series, rows, format, Double.NaN);
    }

    /**
     * A 100 % stacked bar chart: every row is scaled to its own total; segments of 8 % or more are labelled with
     * their share using {@code percent}; a row without data shows its value label only.
     */
    public static String shares(String title, List<Series> series, List<Row> rows, DoubleFunction<String> percent) {
        return draw(title, series, rows, percent, 1);
    }

    private static String draw(String title, List<Series> series, List<Row> rows, DoubleFunction<String> format,
                               double fixedMax) {
        Objects.requireNonNull(format, "format");
        for (Row r : rows) {
            if (r.values.length != series.size()) {
                throw new IllegalArgumentException("row '" + r.label + "' has " + r.values.length
                        + " values, expected one per series (" + series.size() + ")");
            }
        }
        boolean normalised = !Double.isNaN(fixedMax);
        boolean legend = series.size() > 1;
        double top = legend ? LEGEND : 8;
        double height = top + Math.max(rows.size(), 1) * ROW + AXIS;
        Svg svg = Svg.of(WIDTH, height, title);
        double plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

        if (legend) {
            double x = LABEL_WIDTH;
            for (Series s : series) {
                svg.rect(x, 8, 12, 12, s.color, s.name);
                svg.text(x + 17, 18, s.name, "start", "legend");
                x += 17 + s.name.length() * 7.2 + 22;
            }
        }
        double max = normalised ? fixedMax : 0;
        if (!normalised) {
            for (Row r : rows) {
                max = Math.max(max, r.total());
            }
        }
        double[] ticks = normalised ? new double[] {0, 0.25, 0.5, 0.75, 1} : ticks(max);
        double axisMax = ticks[ticks.length - 1];
        double bottom = top + rows.size() * ROW;
        for (double t : ticks) {
            double x = LABEL_WIDTH + plot * t / axisMax;
            svg.line(x, top, x, bottom, t == 0 ? "axis" : "grid");
            svg.text(x, bottom + 16, format.apply(t), "middle", "tick");
        }
        double y = top;
        for (Row r : rows) {
            String shortLabel = shorten(r.label);
            svg.text(LABEL_WIDTH - 8, y + ROW / 2 + 4, shortLabel, "end", "label", r.label);
            double total = r.total();
            double x = LABEL_WIDTH;
            for (int s = 0; s < series.size(); s++) {
                double v = r.values[s];
                if (Double.isNaN(v) || v <= 0 || axisMax <= 0) {
                    continue;
                }
                double share = normalised ? (total > 0 ? v / total : 0) : v;
                double w = plot * share / axisMax;
                svg.rect(x, y + (ROW - BAR) / 2, w, BAR, series.get(s).color,
                        series.get(s).name + ": " + format.apply(share));
                if (normalised && share >= 0.08) {
                    svg.text(x + w / 2, y + ROW / 2 + 4, format.apply(share), "middle", "inbar");
                }
                x += w;
            }
            if (!r.valueLabel.isEmpty()) {
                svg.text(x + 6, y + ROW / 2 + 4, r.valueLabel, "start", "value");
            }
            y += ROW;
        }
        return svg.toSvg();
    }

    /** Round tick values from 0 to at least {@code max}: steps of 1, 2 or 5 × 10^k, about five of them. */
    static double[] ticks(double max) {
        if (!(max > 0)) {
            return new double[] {0, 1};
        }
        double raw = max / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / mag;
        double step = (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
        int count = (int) Math.ceil(max / step - 1e-9);
        double[] t = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            t[i] = i * step;
        }
        return t;
    }

    static String shorten(String label) {
        String one = label.replaceAll("\\s+", " ").trim();
        return one.length() <= MAX_LABEL ? one : one.substring(0, MAX_LABEL - 1).stripTrailing() + "…";
    }
}
