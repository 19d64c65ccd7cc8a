package dev.impact.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.impact.io.Problem;
import dev.impact.io.StreamSummary;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link StreamSummary} as JSON ({@code "kind": "impact-summary"}, {@code schemaVersion} 1.0) or CSV (one row per
 * scope × indicator × phase). Not available values are JSON {@code null} / empty CSV cells, never 0.
 */
final class SummaryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SummaryJson() {
    }

    static String toJson(StreamSummary s) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(sw)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("kind", "impact-summary");
            g.writeStringField("schemaVersion", "1.0");
            g.writeStringField("inventory", s.inventoryName());
            g.writeObjectFieldStart("options");
            g.writeNumberField("reportingYear", s.options().reportingYear());
            g.writeNumberField("periodYears", s.options().periodYears());
            g.writeStringField("accounting", s.options().accounting().name().toLowerCase(Locale.ROOT));
            g.writeStringField("defaultZone", s.options().defaultZone());
            g.writeEndObject();
            g.writeObjectFieldStart("catalog");
            g.writeStringField("name", s.catalogName());
            g.writeStringField("version", s.catalogVersion());
            g.writeStringField("checksum", s.catalogChecksum());
            g.writeEndObject();
            g.writeObjectFieldStart("lines");
            g.writeNumberField("read", s.linesRead());
            g.writeNumberField("assessed", s.linesAssessed());
            g.writeNumberField("invalid", s.linesInvalid());
            g.writeEndObject();
            g.writeFieldName("total");
            footprint(g, s.total());
            g.writeArrayFieldStart("categories");
            for (Map.Entry<String, StreamSummary.CategoryTotal> e : s.categories().entrySet()) {
                g.writeStartObject();
                g.writeStringField("name", e.getKey());
                g.writeNumberField("lines", e.getValue().lines());
                g.writeNumberField("quantity", e.getValue().quantity());
                g.writeFieldName("footprint");
                footprint(g, e.getValue().footprint());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("invalid");
            g.writeNumberField("problemCount", s.problemCount());
            g.writeObjectFieldStart("reasons");
            for (Map.Entry<String, Long> r : s.reasons().entrySet()) {
                g.writeNumberField(r.getKey(), r.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("problems");
            for (Problem p : s.problems()) {
                g.writeStartObject();
                g.writeStringField("file", p.file());
                g.writeNumberField("line", p.line());
                g.writeStringField("column", p.column());
                g.writeStringField("reason", p.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("notices");
            for (String n : s.notices()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw + "\n";
    }

    /** {indicator code: {unit, total, partial, phases: {phase: value}}}. */
    private static void footprint(JsonGenerator g, Footprint f) throws IOException {
        g.writeStartObject();
        for (Indicator i : Indicator.values()) {
            g.writeObjectFieldStart(i.code());
            g.writeStringField("unit", i.unit());
            number(g, "total", f.total(i));
            g.writeBooleanField("partial", f.availability(i) == Availability.PARTIAL);
            g.writeObjectFieldStart("phases");
            for (Phase p : Phase.values()) {
                number(g, p.name().toLowerCase(Locale.ROOT), f.value(p, i));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    /** scope,lines,quantity,indicator,unit,phase,value — scope "total" then each category. */
    static String toCsv(StreamSummary s) {
        StringBuilder sb = new StringBuilder("scope,lines,quantity,indicator,unit,phase,value\n");
        rows(sb, "total", s.linesAssessed(), Double.NaN, s.total());
        s.categories().forEach((k, v) -> rows(sb, k, v.lines(), v.quantity(), v.footprint()));
        return sb.toString();
    }

    private static void rows(StringBuilder sb, String scope, long lines, double quantity, Footprint f) {
        for (Indicator i : Indicator.values()) {
            for (Phase p : Phase.values()) {
                double v = f.value(p, i);
                sb.append(LineCsv.csv(scope)).append(',').append(lines).append(',')
                        .append(Double.isNaN(quantity) ? "" : LineCsv.num(quantity)).append(',').append(i.code())
                        .append(',').append(i.unit()).append(',').append(p.name().toLowerCase(Locale.ROOT))
                        .append(',').append(Double.isNaN(v) ? "" : LineCsv.num(v)).append('\n');
            }
        }
    }
}
