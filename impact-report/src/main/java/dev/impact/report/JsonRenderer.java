package dev.impact.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.impact.engine.AppliedDefault;
import dev.impact.factor.Factor;
import dev.impact.factor.Parameter;
import dev.impact.factor.Source;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * JSON following {@code report.schema.json} (see {@link Report#SCHEMA_RESOURCE}): fields in a fixed order,
 * two-space indentation, LF line ends, numbers in plain notation with at most 12 significant digits, {@code null}
 * for a value that is not available (with its {@code availability}). Locale-independent.
 */
final class JsonRenderer {

    private JsonRenderer() {
    }

    static void render(Report report, Locale locale, java.io.Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(locale, "locale");
        Json.write(g -> write(report, g), out);
    }

    private static void write(Report r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("schemaVersion", Report.SCHEMA_VERSION);
        g.writeStringField("title", r.title());

        Json.options(g, r.options());
        Json.catalog(g, r.catalogName(), r.catalogVersion(), r.catalogChecksum());

        g.writeArrayFieldStart("models");
        for (String m : r.models()) {
            g.writeString(m);
        }
        g.writeEndArray();

        g.writeFieldName("total");
        footprint(g, r.total());

        g.writeArrayFieldStart("categories");
        for (Report.CategoryEntry c : r.categories()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeNumberField("lineCount", c.lineCount());
            g.writeFieldName("footprint");
            footprint(g, c.footprint());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("lines");
        for (Report.LineEntry l : r.lines()) {
            g.writeStartObject();
            g.writeNumberField("index", l.index());
            g.writeStringField("label", l.label());
            g.writeStringField("category", l.category());
            number(g, "quantity", l.quantity());
            strings(g, "factorIds", l.factorIds());
            g.writeArrayFieldStart("defaults");
            for (AppliedDefault d : l.defaults()) {
                g.writeString(d.field());
            }
            g.writeEndArray();
            g.writeFieldName("footprint");
            footprint(g, l.footprint());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("defaults");
        for (AppliedDefault d : r.defaults()) {
            g.writeStartObject();
            g.writeStringField("field", d.field());
            number(g, "value", d.value());
            g.writeStringField("text", d.text());
            g.writeStringField("unit", d.unit());
            g.writeStringField("status", d.status().name().toLowerCase(Locale.ROOT));
            g.writeStringField("basis", d.basis());
            g.writeStringField("source", d.source());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("factors");
        for (Factor f : r.factors()) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("key", f.key());
            g.writeStringField("name", f.name());
            g.writeStringField("unit", f.unit().symbol());
            g.writeStringField("zone", f.provenance().zone());
            g.writeNumberField("year", f.year());
            g.writeBooleanField("estimate", f.provenance().estimate());
            g.writeStringField("note", f.provenance().note());
            g.writeStringField("uncertainty", f.uncertainty().toString());
            source(g, f.provenance().source());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("parameters");
        for (Parameter p : r.parameters()) {
            g.writeStartObject();
            g.writeStringField("id", p.id());
            number(g, "value", p.value());
            g.writeStringField("unit", p.unit());
            g.writeStringField("zone", p.provenance().zone());
            g.writeNumberField("year", p.provenance().year());
            g.writeBooleanField("estimate", p.provenance().estimate());
            g.writeStringField("note", p.provenance().note());
            g.writeStringField("uncertainty", p.uncertainty().toString());
            source(g, p.provenance().source());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("equivalences");
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        double climate = r.total().total(gwp);
        for (Equivalence e : r.equivalences()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("unit", e.unitEn());
            number(g, "kgCo2ePerUnit", e.kgCo2ePerUnit());
            number(g, "amount", e.amountFor(climate));
            g.writeBooleanField("lowerBound", r.total().availability(gwp) == Availability.PARTIAL);
            g.writeStringField("source", e.source());
            g.writeStringField("locator", e.locator());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (r.uncertainty().isPresent()) {
            UncertaintyJson.write(g, r, r.uncertainty().get());
        }
        AiSection.json(g, r);
        if (r.conventionDifference().isPresent()) {
            dev.impact.engine.ConventionDifference d = r.conventionDifference().get();
            g.writeObjectFieldStart("conventionDifference");
            g.writeStringField("peer", d.peer().label());
            number(g, "impactKgCo2e", d.impactKgCo2e());
            number(g, "peerKgCo2e", d.peerKgCo2e());
            g.writeArrayFieldStart("choices");
            for (dev.impact.engine.ConventionDifference.Choice c : d.choices()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeNumberField("lines", c.lines());
                number(g, "impactKgCo2e", c.impactKgCo2e());
                number(g, "peerKgCo2e", c.peerKgCo2e());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** {indicator code: {unit, total: cell, phases: {phase code: cell}}}. */
    static void footprint(JsonGenerator g, Footprint f) throws IOException {
        g.writeStartObject();
        for (Indicator i : Indicator.values()) {
            g.writeObjectFieldStart(i.code());
            g.writeStringField("unit", i.unit());
            g.writeFieldName("total");
            cell(g, f.total(i), f.availability(i));
            g.writeObjectFieldStart("phases");
            for (Phase p : Phase.values()) {
                g.writeFieldName(p.code());
                cell(g, f.value(p, i), f.availability(p, i));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void cell(JsonGenerator g, double value, Availability a) throws IOException {
        g.writeStartObject();
        number(g, "value", a == Availability.NOT_AVAILABLE ? Double.NaN : value);
        g.writeStringField("availability", a.name().toLowerCase(Locale.ROOT));
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        Json.number(g, name, v);
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static void source(com.fasterxml.jackson.core.JsonGenerator g, Source s) throws java.io.IOException {
        g.writeObjectFieldStart("source");
        g.writeStringField("id", s.id());
        g.writeStringField("title", s.title());
        g.writeStringField("publisher", s.publisher());
        g.writeNumberField("year", s.year());
        g.writeStringField("locator", s.locator());
        g.writeStringField("licence", s.licence());
        g.writeEndObject();
    }
}
