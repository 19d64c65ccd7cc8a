package dev.impact.cli;

import dev.impact.engine.LineResult;
import dev.impact.io.StreamingAssessor;
import dev.impact.report.AtomicOutput;
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

    void commit() {
        out.commit();
    }

    @Override
    public void close() {
        out.close();
    }
}
