package dev.impact.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.impact.measure.Availability;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.Driver;
import dev.impact.uncertainty.Summary;
import dev.impact.uncertainty.UncertainAssessment;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The optional {@code uncertainty} object of a report's JSON (schema 1.1). */
final class UncertaintyJson {
    private UncertaintyJson() {
    }

    static void write(JsonGenerator g, Report r, UncertainAssessment u) throws IOException {
        g.writeObjectFieldStart("uncertainty");
        Json.simulation(g, Sim.of(u.settings()));
        g.writeArrayFieldStart("variables");
        for (String v : u.variables()) {
            g.writeString(v);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("constantLines");
        for (int line : u.constantLines()) {
            g.writeNumber(line + 1);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("totals");
        for (Indicator i : Indicator.values()) {
            Optional<Summary> s = u.total(i);
            if (s.isPresent()) {
                g.writeFieldName(i.code());
                stats(g, i, r.total().total(i), r.total().availability(i), s.get());
            }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("categories");
        for (Report.CategoryEntry c : r.categories()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeObjectFieldStart("indicators");
            for (Indicator i : Indicator.values()) {
                Optional<Summary> s = u.category(c.name(), i);
                if (s.isPresent()) {
                    g.writeFieldName(i.code());
                    stats(g, i, c.footprint().total(i), c.footprint().availability(i), s.get());
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("lines");
        for (Report.LineEntry l : r.lines()) {
            g.writeStartObject();
            g.writeNumberField("index", l.index());
            indicators(g, r, u, l.index() - 1);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("drivers");
        for (Indicator i : Indicator.values()) {
            List<Driver> drivers = u.sensitivity(i);
            if (drivers.isEmpty()) {
                continue;
            }
            g.writeArrayFieldStart(i.code());
            for (Driver d : drivers) {
                g.writeStartObject();
                g.writeStringField("variable", d.variable());
                g.writeStringField("uncertainty", d.uncertainty().toString());
                Json.number(g, "varianceShare", d.varianceShare());
                Json.number(g, "rankCorrelation", d.rankCorrelation());
                Json.number(g, "low", d.low());
                Json.number(g, "high", d.high());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void indicators(JsonGenerator g, Report r, UncertainAssessment u, int line) throws IOException {
        g.writeObjectFieldStart("indicators");
        Report.LineEntry l = r.lines().get(line);
        for (Indicator i : Indicator.values()) {
            Optional<Summary> s = u.line(line, i);
            if (s.isPresent()) {
                g.writeFieldName(i.code());
                stats(g, i, l.footprint().total(i), l.footprint().availability(i), s.get());
            }
        }
        g.writeEndObject();
    }

    private static void stats(JsonGenerator g, Indicator i, double central, Availability a, Summary s)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("unit", i.unit());
        g.writeStringField("availability", a.name().toLowerCase(java.util.Locale.ROOT));
        Json.number(g, "central", central);
        Json.number(g, "mean", s.mean());
        Json.number(g, "median", s.median());
        Json.number(g, "standardDeviation", s.standardDeviation());
        g.writeObjectFieldStart("percentiles");
        for (java.util.Map.Entry<Double, Double> e : s.percentiles().entrySet()) {
            Json.number(g, Json.percentileKey(e.getKey()), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
