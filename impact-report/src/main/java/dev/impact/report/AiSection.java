package dev.impact.report;

import dev.impact.engine.AppliedDefault;
import dev.impact.engine.LineResult;
import dev.impact.factor.Factor;
import dev.impact.factor.Parameter;
import dev.impact.factor.Source;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.Driver;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.Summary;
import dev.impact.uncertainty.UncertainAssessment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "What AI costs": the AI lines' climate-change total and share, its range and the assumption that drives it (with an
 * uncertainty analysis), a human-scale equivalence, where each service runs (the zone the engine took) and the
 * sources of the figures. Absent when the report has no AI line.
 */
final class AiSection {
    static final String CATEGORY = "ai";

    private AiSection() {
    }

    /** The section's view, or null when no line is an AI line. */
    static Map<String, Object> of(Report r, Fmt fmt) {
        Texts t = fmt.texts();
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        List<Report.LineEntry> ai = aiLines(r);
        if (ai.isEmpty()) {
            return null;
        }
        Footprint total = sum(ai);
        double kg = total.total(gwp);
        Fmt.Scale scale = fmt.scale(gwp, kg);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("key", t.get("ai_key", fmt.scaled(kg, total.availability(gwp), scale), scale.unit(),
                fmt.percent(r.share(kg, gwp)), fmt.quantity(ai.size())));
        Optional<UncertainAssessment> u = r.uncertainty();
        if (u.isPresent()) {
            MonteCarlo mc = u.get().settings();
            Optional<Summary> s = u.get().category(CATEGORY, gwp);
            List<Driver> drivers = u.get().sensitivity(CATEGORY, gwp);
            if (s.isPresent()) {
                String driver = drivers.isEmpty() ? t.get("na")
                        : Uncertainties.variable(drivers.get(0).variable(), r, fmt) + " ("
                        + fmt.percent(drivers.get(0).varianceShare()) + ")";
                v.put("range", t.get("ai_range", fmt.approx(s.get().percentile(Uncertainties.low(mc))
                                / scale.divisor()), fmt.approx(s.get().percentile(Uncertainties.high(mc))
                                / scale.divisor()), scale.unit(), Uncertainties.rangeLabel(mc), driver));
            }
        } else {
            v.put("range", t.get("ai_no_range"));
        }
        List<Equivalence> eq = Equivalence.pick(r.equivalences(), kg);
        if (!eq.isEmpty()) {
            Equivalence e = eq.get(eq.size() - 1);
            v.put("equivalence", t.get("ai_equivalence", fmt.approx(e.amountFor(kg)), e.unit(fmt.locale()),
                    e.source()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        for (Report.LineEntry l : ai) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", l.index());
            m.put("label", l.label());
            m.put("quantity", fmt.quantity(l.quantity()));
            m.put("value", fmt.scaled(l.footprint().total(gwp), l.footprint().availability(gwp), scale));
            LineResult res = r.assessment().lines().get(l.index() - 1);
            Zone z = zone(res, l);
            m.put("where", z.basis().equals(Zone.GIVEN) ? t.get("ai_zone_given", z.zone())
                    : z.basis().isEmpty() ? t.get("ai_zone_unknown", z.zone())
                    : t.get("ai_zone_default", z.zone(), z.basis()));
            if (u.isPresent()) {
                MonteCarlo mc = u.get().settings();
                m.put("range", u.get().line(l.index() - 1, gwp).map(x -> fmt.range(
                        x.percentile(Uncertainties.low(mc)) / scale.divisor(),
                        x.percentile(Uncertainties.high(mc)) / scale.divisor())).orElse(t.get("na")));
            }
            rows.add(m);
            for (String id : l.factorIds()) {
                for (Factor f : r.factors()) {
                    if (f.id().equals(id)) {
                        sources.add(f.provenance().source());
                    }
                }
            }
            for (String id : res.parameterIds()) {
                for (Parameter p : r.parameters()) {
                    if (p.id().equals(id)) {
                        sources.add(p.provenance().source());
                    }
                }
            }
        }
        v.put("lines", rows);
        List<String> cited = new ArrayList<>();
        for (Source s : sources) {
            cited.add(s.id()); // cited in full in the sources table of the annex
        }
        v.put("sources", cited);
        v.put("caveat", t.get("ai_caveat"));
        v.put("scaledUnit", scale.unit());
        return v;
    }

    /**
     * The section as JSON (field {@code ai} of the report, since schema 1.2; absent without AI lines): the AI lines'
     * climate change (kgCO2e), its share of the total, with an uncertainty analysis its range and main driver, and per
     * line the zone whose grid was used (given, or completed and from where) and its climate change.
     */
    static void json(com.fasterxml.jackson.core.JsonGenerator g, Report r) throws java.io.IOException {
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        List<Report.LineEntry> ai = aiLines(r);
        if (ai.isEmpty()) {
            return;
        }
        double kg = sum(ai).total(gwp);
        g.writeObjectFieldStart("ai");
        g.writeNumberField("lineCount", ai.size());
        Json.number(g, "kgCo2e", kg);
        Json.number(g, "shareOfTotal", r.share(kg, gwp));
        Optional<UncertainAssessment> u = r.uncertainty();
        if (u.isPresent()) {
            MonteCarlo mc = u.get().settings();
            Optional<Summary> s = u.get().category(CATEGORY, gwp);
            if (s.isPresent()) {
                g.writeObjectFieldStart("range");
                Json.number(g, "lowPercentile", Uncertainties.low(mc));
                Json.number(g, "highPercentile", Uncertainties.high(mc));
                Json.number(g, "lowKgCo2e", s.get().percentile(Uncertainties.low(mc)));
                Json.number(g, "highKgCo2e", s.get().percentile(Uncertainties.high(mc)));
                g.writeEndObject();
            }
            List<Driver> drivers = u.get().sensitivity(CATEGORY, gwp);
            if (!drivers.isEmpty()) {
                g.writeObjectFieldStart("driver");
                g.writeStringField("variable", drivers.get(0).variable());
                Json.number(g, "varianceShare", drivers.get(0).varianceShare());
                g.writeEndObject();
            }
        }
        g.writeArrayFieldStart("lines");
        for (Report.LineEntry l : ai) {
            g.writeStartObject();
            g.writeNumberField("index", l.index());
            g.writeStringField("label", l.label());
            Zone z = zone(r.assessment().lines().get(l.index() - 1), l);
            g.writeStringField("zone", z.zone());
            g.writeStringField("zoneBasis", z.basis().isEmpty() ? "unknown" : z.basis());
            Json.number(g, "kgCo2e", l.footprint().total(gwp));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The report's AI lines, in order. */
    private static List<Report.LineEntry> aiLines(Report r) {
        List<Report.LineEntry> ai = new ArrayList<>();
        for (Report.LineEntry l : r.lines()) {
            if (l.category().equals(CATEGORY)) {
                ai.add(l);
            }
        }
        return ai;
    }

    private static Footprint sum(List<Report.LineEntry> lines) {
        Footprint.Accumulator acc = new Footprint.Accumulator();
        lines.forEach(l -> acc.add(l.footprint()));
        return acc.toFootprint();
    }

    /**
     * The zone whose grid an AI line used and where it came from: {@link #GIVEN} on the line, the source that
     * completed it (the provider's data-centre zone), or "" when unknown (the world average).
     */
    private record Zone(String zone, String basis) {
        static final String GIVEN = "given";
    }

    private static Zone zone(LineResult res, Report.LineEntry l) {
        Zone z = new Zone(res.line().zone().orElse(""), Zone.GIVEN);
        for (AppliedDefault d : l.defaults()) {
            if (d.field().equals("zone")) {
                z = new Zone(d.text(), d.source());
            }
        }
        return z;
    }
}
