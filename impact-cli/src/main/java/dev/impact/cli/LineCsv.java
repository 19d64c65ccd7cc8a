package dev.impact.cli;

import dev.impact.cli.internal.AtomicOutput;
import dev.impact.io.LineKind;
import dev.impact.engine.LineResult;
import dev.impact.measure.Indicator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Per-line results as CSV, written as they are computed: {@code line,kind,label,category,quantity} then one column
 * per indicator ({@code gwp_kgco2e}…, whole period, all phases; empty when not available). Decimal points, UTF-8.
 */
final class LineCsv implements dev.impact.io.StreamingAssessor.LineSink, AutoCloseable {
    private final AtomicOutput out;
    private final Writer w;

    LineCsv(AtomicOutput out) throws IOException {
        this.out = out;
        this.w = out.writer();
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
        w.write(csv(r.line().label()));
        w.write(',');
        w.write(csv(r.line().category()));
        w.write(',');
        w.write(num(r.line().quantity()));
        for (Indicator i : Indicator.values()) {
            w.write(',');
            double v = r.footprint().total(i);
            if (!Double.isNaN(v)) {
                w.write(num(v));
            }
        }
        w.write('\n');
    }

    static String num(double v) {
        return dev.impact.io.Decimals.format(v);
    }

    static String csv(String s) {
        String t = s;
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t; // a spreadsheet would read it as a formula
        }
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    void commit() throws IOException {
        out.commit();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
