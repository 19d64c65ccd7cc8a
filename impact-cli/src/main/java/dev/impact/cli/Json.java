package dev.impact.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.impact.engine.AssessmentOptions;
import dev.impact.factor.FactorCatalog;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.Summary;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * JSON output of the decision commands, in the report's style: two-space indentation, {@code "key": value}, LF line
 * ends; a value that is not available is {@code null}, never 0 or NaN.
 */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** Writes one JSON document with {@code body} and returns it, ending with a newline. */
    static String write(Body body) {
        StringWriter out = new StringWriter(16 * 1024);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentArraysWith(indenter);
        pp.indentObjectsWith(indenter);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(pp);
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** What goes into a document. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** A number, or null when NaN or infinite. */
    static void number(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }

    /** {@code "options": {reportingYear, periodYears, accounting, defaultZone}}. */
    static void options(JsonGenerator g, AssessmentOptions o) throws IOException {
        g.writeObjectFieldStart("options");
        g.writeNumberField("reportingYear", o.reportingYear());
        g.writeNumberField("periodYears", o.periodYears());
        g.writeStringField("accounting", o.accounting().name().toLowerCase(Locale.ROOT));
        g.writeStringField("defaultZone", o.defaultZone());
        g.writeEndObject();
    }

    /** {@code "catalog": {name, version, checksum}}. */
    static void catalog(JsonGenerator g, FactorCatalog c) throws IOException {
        g.writeObjectFieldStart("catalog");
        g.writeStringField("name", c.name());
        g.writeStringField("version", c.version());
        g.writeStringField("checksum", c.checksum());
        g.writeEndObject();
    }

    /** {@code "monteCarlo": {draws, seed, percentiles: [..]}}. */
    static void monteCarlo(JsonGenerator g, MonteCarlo mc) throws IOException {
        g.writeObjectFieldStart("monteCarlo");
        g.writeNumberField("draws", mc.draws());
        g.writeNumberField("seed", mc.seed());
        g.writeArrayFieldStart("percentiles");
        for (double p : mc.percentiles()) {
            g.writeNumber(p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The statistics' fields, inside an object: mean, median, sd, standardError, percentiles {p5: …}. */
    static void statistics(JsonGenerator g, Summary s) throws IOException {
        number(g, "mean", s.mean());
        number(g, "median", s.median());
        number(g, "sd", s.standardDeviation());
        number(g, "standardError", s.standardError());
        g.writeObjectFieldStart("percentiles");
        for (Map.Entry<Double, Double> e : s.percentiles().entrySet()) {
            number(g, MonteCarloOptions.key(e.getKey()), e.getValue());
        }
        g.writeEndObject();
    }
}
