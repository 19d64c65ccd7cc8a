package dev.impact.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.impact.compare.ScenarioResult;
import dev.impact.compare.Trajectory;
import dev.impact.engine.Assessment;
import dev.impact.engine.FleetOutlook;
import dev.impact.engine.Totals;
import dev.impact.measure.Indicator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The views of a {@link TrajectoryReport}: already localised texts for the HTML and Markdown templates, and its JSON.
 * Computes nothing but shares and sums of what the core gives.
 */
final class TrajectoryView {
    private TrajectoryView() {
    }

    private static Assessment last(Trajectory t) {
        return t.years().get(t.years().size() - 1);
    }

    /** The groups of every year, ordered by the last year's total (largest first), then first appearance. */
    private static List<String> groups(Trajectory t) {
        Set<String> all = new LinkedHashSet<>();
        Indicator i = t.indicator();
        List<Map.Entry<String, Totals.GroupTotal>> lastGroups = new ArrayList<>(last(t).groups().entrySet());
        lastGroups.sort((a, b) -> Double.compare(b.getValue().footprint().total(i), a.getValue().footprint()
                .total(i)));
        lastGroups.forEach(e -> all.add(e.getKey()));
        t.years().forEach(a -> all.addAll(a.groups().keySet()));
        return List.copyOf(all);
    }

    static Map<String, Object> of(TrajectoryReport report, Fmt fmt) {
        Trajectory tr = report.trajectory();
        Texts t = fmt.texts();
        Indicator ind = tr.indicator();
        String unit = fmt.unit(ind);
        Assessment last = last(tr);
        Assessment first = tr.years().get(0);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("t", t.all());
        v.put("lang", t.language().getLanguage());
        v.put("kicker", t.get("trj_kicker"));
        v.put("title", report.title());
        v.put("heading", t.get("trj_kicker") + " — " + report.title());
        List<String> yearNames = new ArrayList<>();
        tr.years().forEach(a -> yearNames.add(String.valueOf(a.options().reportingYear())));
        v.put("years", yearNames);
        v.put("subtitle", t.get("trj_subtitle", String.join(", ", yearNames),
                t.get("accounting_" + last.options().accounting().name().toLowerCase(Locale.ROOT)), fmt.label(ind)));
        v.put("unit", unit);

        // key message: first to last year
        double from = first.total(ind);
        double to = last.total(ind);
        String key = t.get("trj_key", yearNames.get(0), yearNames.get(yearNames.size() - 1),
                fmt.signedPercent(to / from - 1), fmt.approx(from), fmt.approx(to), unit);
        v.put("key", key);

        List<Map<String, Object>> rows = new ArrayList<>();
        for (int k = 0; k < tr.years().size(); k++) {
            Map<String, Object> m = new LinkedHashMap<>();
            Assessment a = tr.years().get(k);
            m.put("year", String.valueOf(a.options().reportingYear()));
            m.put("total", fmt.value(a.total(ind), a.total().availability(ind)));
            if (k == 0) {
                m.put("change", "");
                m.put("fleet", "");
                m.put("factors", "");
                m.put("method", "");
            } else {
                Trajectory.Step s = tr.steps().get(k - 1);
                m.put("change", fmt.signed(s.change(), true) + " (" + fmt.signedPercent(s.change() / s.from()) + ")");
                m.put("fleet", fmt.signed(s.fleet(), true));
                m.put("factors", fmt.signed(s.factors(), true));
                m.put("method", fmt.signed(s.method(), true));
            }
            rows.add(m);
        }
        v.put("rows", rows);

        // sites, services: each group per year, with its share of the last year
        List<Map<String, Object>> groups = new ArrayList<>();
        double lastTotal = last.total(ind);
        for (String g : groups(tr)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", g.equals(Totals.UNGROUPED) ? t.get("trj_no_group") : g);
            List<String> values = new ArrayList<>();
            for (Assessment a : tr.years()) {
                Totals.GroupTotal gt = a.groups().get(g);
                values.add(gt == null ? "–" : fmt.approx(gt.footprint().total(ind)));
            }
            m.put("values", values);
            Totals.GroupTotal gl = last.groups().get(g);
            double share = gl == null ? 0 : gl.footprint().total(ind) / lastTotal;
            m.put("share", gl == null ? "–" : fmt.percent(share));
            m.put("top", gl == null ? "" : topCategory(gl, ind, fmt));
            groups.add(m);
        }
        v.put("groups", groups);
        v.put("lastYear", yearNames.get(yearNames.size() - 1));
        v.put("shareHeader", t.get("trj_col_share_last", yearNames.get(yearNames.size() - 1)));
        v.put("topHeader", t.get("trj_col_top", yearNames.get(yearNames.size() - 1)));

        // e-waste ahead and the age pyramid, from the last year
        FleetOutlook o = FleetOutlook.of(last, TrajectoryReport.OUTLOOK_YEARS);
        List<Map<String, Object>> waste = new ArrayList<>();
        o.wasteKg().forEach((year, byCategory) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", String.valueOf(year));
            m.put("kg", fmt.approx(o.wasteKg(year)));
            List<Map.Entry<String, Double>> cats = new ArrayList<>(byCategory.entrySet());
            cats.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
            List<String> top = new ArrayList<>();
            for (int k = 0; k < Math.min(3, cats.size()); k++) {
                top.add(t.category(cats.get(k).getKey()) + " " + fmt.approx(cats.get(k).getValue()) + " kg");
            }
            m.put("top", String.join(", ", top));
            waste.add(m);
        });
        v.put("waste", waste);
        v.put("wasteNote", t.get("trj_waste_note", fmt.approx(o.overdueKg()), fmt.quantity(o.undatedUnits())));
        List<Map<String, Object>> ages = new ArrayList<>();
        o.ages().forEach((age, byCategory) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("age", String.valueOf(age));
            m.put("units", fmt.quantity(byCategory.values().stream().mapToDouble(Double::doubleValue).sum()));
            ages.add(m);
        });
        v.put("ages", ages);

        // target and levers
        Optional<Trajectory.Target> target = report.targetView();
        target.ifPresent(g -> v.put("target", t.get(g.reachedAlready() ? "trj_target_reached" : "trj_target",
                fmt.percent(1 - g.target() / g.reference()), String.valueOf(g.referenceYear()),
                String.valueOf(g.targetYear()), fmt.approx(g.target()), unit, fmt.percent(g.yearlyReduction()),
                String.valueOf(g.lastYear()), fmt.approx(g.gap()))));
        report.scenario().ifPresent(s -> {
            Sim mc = Sim.of(s.baseline().settings());
            List<ScenarioResult.LeverSaving> closing = target.map(g -> g.levers(s, ind)).orElse(List.of());
            List<Map<String, Object>> levers = new ArrayList<>();
            for (ScenarioResult.LeverSaving l : s.levers(ind)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("lever", Decisions.lever(l.lever(), fmt));
                m.put("saving", fmt.signed(l.saving(), true));
                m.put("range", fmt.approx(l.uncertainty().percentile(mc.low())) + " " + t.get("to") + " "
                        + fmt.approx(l.uncertainty().percentile(mc.high())));
                m.put("pSaving", fmt.probability(l.probabilitySaving()));
                m.put("closes", closing.contains(l) ? t.get("trj_lever_needed") : "");
                levers.add(m);
            }
            v.put("scenarioName", s.scenario().name());
            v.put("levers", levers);
            v.put("leverRangeHeader", t.get("trj_col_saving_range", mc.rangeLabel()));
            v.put("leverKey", t.get("trj_levers_key", fmt.approx(-s.change(ind)), unit,
                    target.map(g -> t.get(g.closedBy(s, ind) ? "trj_levers_close" : "trj_levers_short"))
                            .orElse("")));
        });

        List<String> method = new ArrayList<>();
        method.add(t.get("method_accounting_" + last.options().accounting().name().toLowerCase(Locale.ROOT)));
        method.add(t.get("trj_method_split"));
        method.add(t.get("trj_method_waste"));
        if (report.scenario().isPresent()) {
            method.add(t.get("trj_method_levers"));
        }
        method.add(t.get("method_catalog", last.catalogName(), last.catalogVersion(), last.catalogChecksum()));
        v.put("method", method);
        return v;
    }

    private static String topCategory(Totals.GroupTotal g, Indicator ind, Fmt fmt) {
        String best = null;
        double max = -1;
        for (Map.Entry<String, dev.impact.measure.Footprint> e : g.categories().entrySet()) {
            double x = e.getValue().total(ind);
            if (x > max) {
                max = x;
                best = e.getKey();
            }
        }
        return best == null ? "" : fmt.texts().category(best) + " (" + fmt.percent(max / g.footprint().total(ind))
                + ")";
    }

    static void json(TrajectoryReport report, JsonGenerator g) throws IOException {
        Trajectory tr = report.trajectory();
        Indicator ind = tr.indicator();
        g.writeStartObject();
        g.writeStringField("schemaVersion", TrajectoryReport.SCHEMA_VERSION);
        g.writeStringField("kind", "trajectory");
        g.writeStringField("title", report.title());
        g.writeStringField("indicator", ind.code());
        g.writeStringField("unit", ind.unit());
        g.writeArrayFieldStart("years");
        for (int k = 0; k < tr.years().size(); k++) {
            Assessment a = tr.years().get(k);
            g.writeStartObject();
            g.writeNumberField("year", a.options().reportingYear());
            g.writeStringField("inventory", a.inventoryName());
            g.writeNumberField("lines", a.lines().size());
            Json.options(g, a.options());
            Json.catalog(g, a.catalogName(), a.catalogVersion(), a.catalogChecksum());
            Json.number(g, "total", a.total(ind));
            if (k > 0) {
                Trajectory.Step s = tr.steps().get(k - 1);
                g.writeObjectFieldStart("change");
                Json.number(g, "total", s.change());
                Json.number(g, "fleet", s.fleet());
                Json.number(g, "factors", s.factors());
                Json.number(g, "method", s.method());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("groups");
            for (Map.Entry<String, Totals.GroupTotal> e : a.groups().entrySet()) {
                g.writeStartObject();
                g.writeStringField("name", e.getKey());
                g.writeNumberField("lines", e.getValue().lines());
                Json.number(g, "total", e.getValue().footprint().total(ind));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        FleetOutlook o = FleetOutlook.of(last(tr), TrajectoryReport.OUTLOOK_YEARS);
        g.writeObjectFieldStart("eWasteAhead");
        Json.number(g, "overdueKg", o.overdueKg());
        Json.number(g, "undatedUnits", o.undatedUnits());
        g.writeArrayFieldStart("years");
        for (Map.Entry<Integer, Map<String, Double>> e : o.wasteKg().entrySet()) {
            g.writeStartObject();
            g.writeNumberField("year", e.getKey());
            Json.number(g, "kg", o.wasteKg(e.getKey()));
            g.writeObjectFieldStart("byCategory");
            for (Map.Entry<String, Double> c : e.getValue().entrySet()) {
                Json.number(g, c.getKey(), c.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ages");
        for (Map.Entry<Integer, Map<String, Double>> e : o.ages().entrySet()) {
            g.writeStartObject();
            g.writeNumberField("age", e.getKey());
            Json.number(g, "units", e.getValue().values().stream().mapToDouble(Double::doubleValue).sum());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        Optional<Trajectory.Target> target = report.targetView();
        if (target.isPresent()) {
            Trajectory.Target x = target.get();
            g.writeObjectFieldStart("target");
            g.writeNumberField("referenceYear", x.referenceYear());
            g.writeNumberField("targetYear", x.targetYear());
            Json.number(g, "target", x.target());
            Json.number(g, "yearlyReduction", x.yearlyReduction());
            Json.number(g, "gap", x.gap());
            g.writeEndObject();
        }
        if (report.scenario().isPresent()) {
            ScenarioResult s = report.scenario().get();
            List<ScenarioResult.LeverSaving> closing = target.map(x -> x.levers(s, ind)).orElse(List.of());
            g.writeObjectFieldStart("scenario");
            g.writeStringField("name", s.scenario().name());
            Json.number(g, "saving", -s.change(ind));
            g.writeArrayFieldStart("levers");
            for (ScenarioResult.LeverSaving l : s.levers(ind)) {
                g.writeStartObject();
                g.writeStringField("lever", l.lever().describe());
                g.writeFieldName("saving");
                Json.stats(g, l.saving(), l.uncertainty());
                Json.number(g, "probabilitySaving", l.probabilitySaving());
                g.writeBooleanField("closesTheGap", closing.contains(l));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
