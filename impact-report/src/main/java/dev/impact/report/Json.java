package dev.impact.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.impact.uncertainty.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The JSON conventions of every report: fields in a fixed order, two-space indentation, LF line ends, numbers in
 * plain notation with at most 12 significant digits, {@code null} for a value that is not available.
 */
final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private Json() {
    }

    /** Writes one document. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** Writes one document into {@code out} as it is generated (memory bounded by the generator's buffer). */
    static void write(Body body, java.io.Writer out) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentArraysWith(indenter);
        pp.indentObjectsWith(indenter);
        try {
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.setPrettyPrinter(pp);
                body.write(g);
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number field, {@code null} for NaN. */
    /** {@code "options": {reportingYear, periodYears, accounting, defaultZone}}: the same in every report's JSON. */
    static void options(JsonGenerator g, dev.impact.engine.AssessmentOptions o) throws IOException {
        g.writeObjectFieldStart("options");
        g.writeNumberField("reportingYear", o.reportingYear());
        number(g, "periodYears", o.periodYears());
        g.writeStringField("accounting", o.accounting().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("defaultZone", o.defaultZone());
        g.writeEndObject();
    }

    /** {@code "catalog": {name, version, checksum}}: the catalog the figures were computed with. */
    static void catalog(JsonGenerator g, String name, String version, String checksum) throws IOException {
        g.writeObjectFieldStart("catalog");
        g.writeStringField("name", name);
        g.writeStringField("version", version);
        g.writeStringField("checksum", checksum);
        g.writeEndObject();
    }

    static void number(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        number(g, v);
    }

    /** A number, {@code null} for NaN. */
    static void number(JsonGenerator g, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeNull();
        } else {
            g.writeNumber(new BigDecimal(Csv.number(v, "")));
        }
    }

    /** The percentage as a key: 5 → "5", 2.5 → "2.5". */
    static String percentileKey(double q) {
        return new BigDecimal(Double.toString(q)).stripTrailingZeros().toPlainString();
    }

    /** {central, mean, median, standardDeviation, percentiles: {"5": ..}}, in the simulated quantity's unit. */
    static void stats(JsonGenerator g, double central, Summary s) throws IOException {
        g.writeStartObject();
        number(g, "central", central);
        number(g, "mean", s.mean());
        number(g, "median", s.median());
        number(g, "standardDeviation", s.standardDeviation());
        g.writeObjectFieldStart("percentiles");
        for (Map.Entry<Double, Double> e : s.percentiles().entrySet()) {
            number(g, percentileKey(e.getKey()), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {method, draws, seed, percentiles, inputs: [{target, input, uncertainty}]}; seed and inputs if known. */
    static void simulation(JsonGenerator g, Sim mc) throws IOException {
        g.writeObjectFieldStart("simulation");
        g.writeStringField("method", "monte_carlo");
        g.writeNumberField("draws", mc.draws());
        if (mc.seed().isPresent()) {
            g.writeNumberField("seed", mc.seed().getAsLong());
        }
        g.writeArrayFieldStart("percentiles");
        for (double p : mc.percentiles()) {
            number(g, p);
        }
        g.writeEndArray();
        if (mc.inputs().isPresent()) {
            g.writeArrayFieldStart("inputs");
            for (dev.impact.uncertainty.InputUncertainty in : mc.inputs().get()) {
                g.writeStartObject();
                g.writeStringField("target", in.target());
                g.writeStringField("input", in.input().field());
                g.writeStringField("uncertainty", in.uncertainty().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
