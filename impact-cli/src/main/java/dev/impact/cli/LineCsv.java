package dev.impact.cli;

import dev.impact.cli.internal.AtomicOutput;
import dev.impact.io.StreamingAssessor;
import dev.impact.engine.LineResult;
import java.io.IOException;

/** Per-line results as CSV ({@link StreamingAssessor#csvLineSink}) into an atomically replaced file. */
final class LineCsv implements StreamingAssessor.LineSink, AutoCloseable {
    private final AtomicOutput out;
    private final StreamingAssessor.LineSink csv;

    LineCsv(AtomicOutput out) {
        this.out = out;
        try {
            this.csv = StreamingAssessor.csvLineSink(out.writer());
        } catch (IOException e) {
            throw out.failure(e);
        }
    }

    @Override
    public void accept(long lineNumber, LineResult r) {
        try {
            csv.accept(lineNumber, r);
        } catch (IOException e) {
            throw out.failure(e);
        }
    }

    /** A number as the CSV outputs write it: whole numbers without a decimal part, else Java's shortest form. */
    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
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

    void commit() {
        out.commit();
    }

    @Override
    public void close() {
        out.close();
    }
}
