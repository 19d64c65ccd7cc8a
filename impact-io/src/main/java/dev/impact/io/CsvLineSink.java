package dev.impact.io;

import dev.impact.engine.LineResult;
import dev.impact.measure.Indicator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;

/**
 * Per-line results as CSV, written as they are computed: {@code line,kind,label,category,quantity} then one column
 * per indicator ({@code gwp_kgco2e}…, whole period, all phases; empty when not available). Decimal points; a text
 * starting with {@code = + - @}, a tab or a carriage return (also behind quotes) gets one more leading {@code '} so that a
 * spreadsheet does not run it as a formula ({@link SpreadsheetText}).
 */
final class CsvLineSink implements StreamingAssessor.LineSink {
    private final Writer w;

    CsvLineSink(Writer out) throws IOException {
        this.w = Objects.requireNonNull(out, "out");
        w.write("line,kind,label,category,quantity");
        for (Indicator i : Indicator.values()) {
            w.write("," + i.code() + "_" + i.unit().toLowerCase(Locale.ROOT));
        }
        w.write('\n');
    }

    @Override
    public void accept(long lineNumber, LineResult r) throws IOException {
        w.write(Long.toString(lineNumber));
        w.write(',');
        w.write(LineKind.of(r.line()).code());
        w.write(',');
        w.write(text(r.line().label()));
        w.write(',');
        w.write(text(r.line().category()));
        w.write(',');
        w.write(Decimals.format(r.line().quantity()));
        for (Indicator i : Indicator.values()) {
            w.write(',');
            double v = r.footprint().total(i);
            if (!Double.isNaN(v)) {
                w.write(Decimals.format(v));
            }
        }
        w.write('\n');
    }

    static String text(String s) {
        String t = SpreadsheetText.guard(s);
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }
}
