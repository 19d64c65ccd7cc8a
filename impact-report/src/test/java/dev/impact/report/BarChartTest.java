package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BarChartTest {
    private static final List<BarChart.Series> TWO = List.of(new BarChart.Series("A", "#111111"),
            new BarChart.Series("B", "#222222"));

    @Test
    void ticks_roundSteps() {
        assertThat(BarChart.ticks(7383)).containsExactly(0, 2000, 4000, 6000, 8000);
        assertThat(BarChart.ticks(100)).containsExactly(0, 20, 40, 60, 80, 100);
        assertThat(BarChart.ticks(0)).containsExactly(0, 1);
    }

    @Test
    void stacked_segmentWidthsProportional() {
        // plot width = 760 - 190 - 150 = 420; axis 0..8000 → 6000 is 315 units, 1000 is 52.5
        String svg = BarChart.stacked("t", TWO, List.of(new BarChart.Row("laptop", new double[] {6000, 1000}, "7000")),
                v -> String.format(Locale.ROOT, "%.0f", v));
        assertThat(widths(svg, "#111111")).containsExactly(315.0);
        assertThat(widths(svg, "#222222")).containsExactly(52.5);
        assertThat(svg).contains(">7000</text>").contains(">8000</text>");
    }

    @Test
    void shares_rowsScaledToTheirOwnTotal() {
        // 1:3 → 105 and 315 of 420
        String svg = BarChart.shares("t", TWO, List.of(new BarChart.Row("x", new double[] {1, 3}, ""),
                new BarChart.Row("none", new double[] {Double.NaN, Double.NaN}, "n/a")),
                v -> String.format(Locale.ROOT, "%.0f%%", 100 * v));
        assertThat(widths(svg, "#111111")).containsExactly(105.0);
        assertThat(widths(svg, "#222222")).containsExactly(315.0);
        assertThat(svg).contains(">25%</text>").contains(">75%</text>").contains(">n/a</text>");
    }

    @Test
    void stacked_longLabelShortenedWithTooltip() {
        String label = "A very long category label that goes on and on";
        String svg = BarChart.stacked("t", TWO, List.of(new BarChart.Row(label, new double[] {1, 1}, "")),
                v -> "");
        assertThat(svg).contains("<g><title>" + label + "</title>").contains(">A very long category label…</text>");
    }

    @Test
    void row_wrongValueCount() {
        assertThatThrownBy(() -> BarChart.stacked("t", TWO, List.of(new BarChart.Row("x", new double[] {1}, "")),
                v -> "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 'x' has 1 values, expected one per series (2)");
    }

    @Test
    void row_negativeValue() {
        assertThatThrownBy(() -> new BarChart.Row("x", new double[] {-1}, ""))
                .hasMessage("bar values must be >= 0 and finite (or NaN), was -1.0 in row 'x'");
    }

    private static List<Double> widths(String svg, String color) {
        Matcher m = Pattern.compile("width=\"([0-9.]+)\" height=\"[0-9.]+\" fill=\"" + color + "\"").matcher(svg);
        List<Double> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1)));
        }
        // the legend swatch is 12 wide
        out.remove(Double.valueOf(12));
        return out;
    }
}
