package dev.impact.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.impact.compare.Comparison;
import dev.impact.compare.FunctionalUnit;
import dev.impact.compare.Offer;
import dev.impact.compare.ScenarioResult;
import dev.impact.compare.WhatIf;
import dev.impact.engine.Assessment;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.InputUncertainty;
import dev.impact.uncertainty.Summary;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Views, charts and JSON of the decision reports: {@link ComparisonReport} (offers compared under uncertainty) and
 * {@link ScenarioReport} (a scenario against its baseline). Like {@link View}, views hold already localised
 * strings; templates lay them out and escape them.
 */
final class Decisions {
    static final String OFFER_COLOR = "#0072B2";
    static final String BEST_COLOR = "#009E73";
    static final String SAVING_COLOR = "#009E73";
    static final String INCREASE_COLOR = "#D55E00";
    /** P(A &lt; B) from which a difference is called larger than the uncertainty. */
    static final double CLEAR = 0.95;
    /** P(A &lt; B) from which a difference is called likely. */
    static final double LIKELY = 0.8;

    private Decisions() {
    }

    // ---------------------------------------------------------------- comparison

    static Map<String, Object> comparisonView(ComparisonReport report, Fmt fmt, boolean charts) {
        Comparison c = report.comparison();
        Texts t = fmt.texts();
        Sim mc = Sim.of(c);
        double lo = mc.low();
        double hi = mc.high();
        FunctionalUnit fu = c.offers().get(0).unit();
        String fuShort = fuShort(fu, fmt);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("t", t.all());
        v.put("lang", t.language().getLanguage());
        v.put("kicker", t.get("cmp_kicker"));
        v.put("title", report.title().orElse(t.get("cmp_title")));
        v.put("heading", report.title().map(x -> t.get("cmp_kicker") + " — " + x).orElse(t.get("cmp_title")));
        v.put("subtitle", t.get("cmp_subtitle", c.offers().size(), fuShort, fmt.quantity(mc.draws())));
        v.put("rangeLabel", mc.rangeLabel());

        List<Map<String, Object>> offers = new ArrayList<>();
        for (Offer o : c.offers()) {
            offers.add(Map.of("name", o.name(), "inventory", o.inventory().name(),
                    "lines", o.inventory().lines().size()));
        }
        v.put("offers", offers);

        List<String> key = new ArrayList<>();
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Indicator i : c.indicators()) {
            List<String> ranking = c.ranking(i);
            if (key.isEmpty()) {
                String best = ranking.get(0);
                Summary bs = c.summary(best, i);
                key.add(t.get("cmp_key", best, fmt.approx(bs.mean()), fmt.unit(i), fuShort,
                        fmt.probability(c.probabilityLowest(best, i)), mc.rangeLabel(),
                        fmt.range(bs.percentile(lo), bs.percentile(hi))));
                if (i != Indicator.CLIMATE_CHANGE) {
                    key.set(0, key.get(0) + " (" + fmt.label(i) + ")");
                }
                String next = ranking.get(1);
                double p = c.probabilityLower(best, next, i);
                key.add(t.get(p >= CLEAR ? "cmp_key_clear" : p >= LIKELY ? "cmp_key_likely" : "cmp_key_unclear",
                        next, fmt.probability(p)));
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("code", i.code());
            s.put("label", fmt.label(i));
            s.put("unit", fmt.unit(i) + " " + fuShort);
            List<Map<String, Object>> rows = new ArrayList<>();
            List<RangeChart.Row> chartRows = new ArrayList<>();
            int rank = 0;
            for (String o : ranking) {
                Summary sum = c.summary(o, i);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("rank", ++rank);
                r.put("name", o);
                r.put("central", fmt.approx(c.central(o, i)));
                r.put("mean", fmt.approx(sum.mean()));
                r.put("range", fmt.range(sum.percentile(lo), sum.percentile(hi)));
                r.put("pLowest", fmt.probability(c.probabilityLowest(o, i)));
                r.put("best", rank == 1);
                rows.add(r);
                if (charts) {
                    chartRows.add(RangeChart.Row.bar(o, 0, sum.mean(), rank == 1 ? BEST_COLOR : OFFER_COLOR,
                            t.get("col_mean") + ": " + fmt.approx(sum.mean()) + " " + fmt.unit(i),
                            sum.percentile(lo), sum.percentile(hi), fmt.texts().get("range", mc.rangeLabel(), fmt.range(sum.percentile(lo), sum.percentile(hi))),
                            fmt.approx(sum.mean()) + " (" + fmt.range(sum.percentile(lo), sum.percentile(hi))
                                    + ")"));
                }
            }
            s.put("rows", rows);
            List<Map<String, Object>> matrix = new ArrayList<>();
            for (String a : ranking) {
                List<Map<String, Object>> cells = new ArrayList<>();
                for (String b : ranking) {
                    if (a.equals(b)) {
                        cells.add(Map.of("text", "—", "cls", "diag"));
                    } else {
                        double p = c.probabilityLower(a, b, i);
                        cells.add(Map.of("text", fmt.probability(p), "cls", p >= CLEAR ? "strong"
                                : p >= LIKELY ? "likely" : p <= 1 - LIKELY ? "weak" : ""));
                    }
                }
                matrix.add(Map.of("name", a, "cells", cells));
            }
            s.put("matrixHeader", ranking);
            s.put("matrix", matrix);
            if (charts) {
                s.put("chart", markup(RangeChart.draw(t.get("cmp_chart_title", fmt.label(i), "(" + fmt.unit(i)
                        + " " + fuShort + ")", mc.rangeLabel()), List.of(), chartRows, 0,
                        fmt::approx)));
                s.put("chartTitle", t.get("cmp_chart_title", fmt.label(i), "(" + fmt.unit(i) + " " + fuShort + ")",
                        mc.rangeLabel()));
            }
            sections.add(s);
        }
        v.put("key", key);
        v.put("indicators", sections);

        List<String> method = new ArrayList<>();
        method.add(t.get("cmp_method_unit", fuLong(fu, fmt)));
        method.add(t.get("cmp_method_shared"));
        method.add(t.get("cmp_method_ranking"));
        Assessment catalogOf = c.assessment(c.offers().get(0).name());
        method.add(t.get("method_catalog", catalogOf.catalogName(), catalogOf.catalogVersion(),
                catalogOf.catalogChecksum()));
        method.addAll(simulationNotes(mc, fmt));
        v.put("method", method);
        return v;
    }


    static String fuShort(FunctionalUnit fu, Fmt fmt) {
        return fmt.texts().get("fu_" + fu.kind().name().toLowerCase(Locale.ROOT));
    }

    static String fuLong(FunctionalUnit fu, Fmt fmt) {
        return fmt.texts().get("fu_" + fu.kind().name().toLowerCase(Locale.ROOT) + "_long",
                fmt.quantity(fu.value()));
    }

    static void comparisonJson(ComparisonReport report, JsonGenerator g) throws IOException {
        Comparison c = report.comparison();
        Sim mc = Sim.of(c);
        FunctionalUnit fu = c.offers().get(0).unit();
        g.writeStartObject();
        g.writeStringField("schemaVersion", ComparisonReport.SCHEMA_VERSION);
        g.writeStringField("kind", "comparison");
        if (report.title().isPresent()) {
            g.writeStringField("title", report.title().get());
        } else {
            g.writeNullField("title");
        }
        g.writeObjectFieldStart("functionalUnit");
        g.writeStringField("kind", fu.kind().name().toLowerCase(Locale.ROOT));
        Json.number(g, "value", fu.value());
        g.writeStringField("label", fu.toString());
        g.writeEndObject();
        Assessment first = c.assessment(c.offers().get(0).name());
        Json.options(g, first.options());
        Json.catalog(g, first.catalogName(), first.catalogVersion(), first.catalogChecksum());
        Json.simulation(g, mc);
        g.writeArrayFieldStart("offers");
        for (Offer o : c.offers()) {
            g.writeStartObject();
            g.writeStringField("name", o.name());
            g.writeStringField("inventory", o.inventory().name());
            g.writeNumberField("lines", o.inventory().lines().size());
            g.writeStringField("unit", o.unit().toString());
            Json.number(g, "unitValue", o.unit().value());
            Json.number(g, "functionalUnits", o.unit().amount(o.inventory(), c.assessment(o.name()).options()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("indicators");
        for (Indicator i : c.indicators()) {
            g.writeStartObject();
            g.writeStringField("code", i.code());
            g.writeStringField("unit", i.unit());
            g.writeArrayFieldStart("ranking");
            for (String o : c.ranking(i)) {
                g.writeString(o);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("offers");
            for (Offer o : c.offers()) {
                Summary s = c.summary(o.name(), i);
                g.writeStartObject();
                g.writeStringField("name", o.name());
                g.writeFieldName("perFunctionalUnit");
                Json.stats(g, c.central(o.name(), i), s);
                Json.number(g, "probabilityLowest", c.probabilityLowest(o.name(), i));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("probabilityLower");
            for (Offer a : c.offers()) {
                g.writeStartArray();
                for (Offer b : c.offers()) {
                    if (a == b) {
                        g.writeNull();
                    } else {
                        Json.number(g, c.probabilityLower(a.name(), b.name(), i));
                    }
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (report.award().isPresent()) {
            Annex.json(report, g);
        }
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- scenario

    static Map<String, Object> scenarioView(ScenarioReport report, Fmt fmt, boolean charts) {
        ScenarioResult r = report.result();
        Texts t = fmt.texts();
        Sim mc = Sim.of(r.baseline().settings());
        double lo = mc.low();
        double hi = mc.high();
        Assessment base = r.baseline().assessment();
        Assessment scen = r.result().assessment();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("t", t.all());
        v.put("lang", t.language().getLanguage());
        v.put("kicker", t.get("scn_kicker"));
        v.put("title", report.title());
        v.put("heading", t.get("scn_kicker") + " — " + report.title());
        double years = base.options().periodYears();
        v.put("subtitle", t.get("scn_subtitle", base.inventoryName(), base.options().reportingYear(),
                t.get(years == 1 ? "period_one" : "period_many", fmt.quantity(years)),
                t.get("accounting_" + base.options().accounting().name().toLowerCase(Locale.ROOT))));
        v.put("rangeLabel", mc.rangeLabel());
        v.put("relativeRangeHeader", t.get("col_relative_range", mc.rangeLabel()));

        List<String> levers = new ArrayList<>();
        for (WhatIf w : r.scenario().whatIfs()) {
            levers.add(lever(w, fmt));
        }
        v.put("levers", levers);

        Indicator gwp = Indicator.CLIMATE_CHANGE;
        String key = "";
        if (r.indicators().contains(gwp)) {
            double change = r.change(gwp);
            Optional<Summary> rel = r.relativeChangeUncertainty(gwp);
            String interval = rel.map(s -> t.get("scn_change_range", mc.rangeLabel(),
                    fmt.signedPercent(s.percentile(lo)), fmt.signedPercent(s.percentile(hi)))).orElse("");
            double p = r.probabilityLower(gwp);
            if (Math.abs(change) <= 1e-12 * Math.abs(base.total(gwp))) {
                key = t.get("scn_key_none");
            } else if (change < 0) {
                key = t.get("scn_key_saving", fmt.percent(-r.relativeChange(gwp)), fmt.approx(-change),
                        fmt.unit(gwp), interval, fmt.probability(p));
            } else {
                key = t.get("scn_key_increase", fmt.percent(r.relativeChange(gwp)), fmt.approx(change),
                        fmt.unit(gwp), interval, fmt.probability(1 - p));
            }
        }
        v.put("key", key);

        List<Map<String, Object>> rows = new ArrayList<>();
        List<RangeChart.Row> chartRows = new ArrayList<>();
        for (Indicator i : r.indicators()) {
            Map<String, Object> m = new LinkedHashMap<>();
            double change = r.change(i);
            double relative = r.relativeChange(i);
            Optional<Summary> rel = r.relativeChangeUncertainty(i);
            m.put("label", fmt.label(i));
            m.put("unit", fmt.unit(i));
            m.put("baseline", fmt.value(base.total(i), base.total().availability(i)));
            m.put("scenario", fmt.value(scen.total(i), scen.total().availability(i)));
            m.put("change", fmt.signed(change, true));
            m.put("relative", fmt.signedPercent(relative));
            m.put("relativeRange", rel.map(s -> fmt.signedPercent(s.percentile(lo)) + " " + t.get("to") + " "
                    + fmt.signedPercent(s.percentile(hi))).orElse(t.get("na")));
            m.put("pLower", fmt.probability(r.probabilityLower(i)));
            m.put("cls", relative < -0.0005 ? "saving" : relative > 0.0005 ? "increase" : "");
            rows.add(m);
            if (charts && Double.isFinite(relative)) {
                double wl = rel.map(s -> s.percentile(lo)).orElse(Double.NaN);
                double wh = rel.map(s -> s.percentile(hi)).orElse(Double.NaN);
                chartRows.add(RangeChart.Row.bar(fmt.label(i), 0, relative, relative <= 0 ? SAVING_COLOR
                                : INCREASE_COLOR, fmt.signedPercent(relative) + " (" + fmt.signed(change, true) + " "
                                + fmt.unit(i) + ")", wl, wh,
                        rel.map(s -> mc.rangeLabel() + ": " + fmt.signedPercent(s.percentile(lo)) + " "
                                + t.get("to") + " " + fmt.signedPercent(s.percentile(hi))).orElse(""),
                        fmt.signedPercent(relative) + " · " + fmt.signed(change, true) + " " + fmt.unit(i)));
            }
        }
        v.put("rows", rows);
        if (charts) {
            String title = t.get("scn_chart_title", mc.rangeLabel());
            v.put("chartTitle", title);
            v.put("chart", markup(RangeChart.draw(title, List.of(new BarChart.Series(t.get("scn_legend_saving"),
                    SAVING_COLOR), new BarChart.Series(t.get("scn_legend_increase"), INCREASE_COLOR)), chartRows, 0,
                    fmt::signedPercent)));
        }

        List<String> method = new ArrayList<>();
        method.add(t.get("method_accounting_" + base.options().accounting().name().toLowerCase(Locale.ROOT)));
        method.add(t.get("method_catalog", base.catalogName(), base.catalogVersion(), base.catalogChecksum()));
        method.add(t.get("scn_method_shared"));
        method.add(t.get("scn_method_plower"));
        method.addAll(simulationNotes(mc, fmt));
        v.put("method", method);
        return v;
    }

    /** A lever in words, in the reader's language. */
    static String lever(WhatIf w, Fmt fmt) {
        Texts t = fmt.texts();
        if (w instanceof WhatIf.ExtendLifetime) {
            WhatIf.ExtendLifetime e = (WhatIf.ExtendLifetime) w;
            return t.get(e.years() > 0 ? "lever_extend" : "lever_shorten", target(e.category(), t),
                    fmt.quantity(Math.abs(e.years())));
        }
        if (w instanceof WhatIf.Refurbished) {
            WhatIf.Refurbished e = (WhatIf.Refurbished) w;
            return t.get("lever_refurbished", target(e.category(), t), fmt.percent(e.share()));
        }
        if (w instanceof WhatIf.ShareDevices) {
            WhatIf.ShareDevices e = (WhatIf.ShareDevices) w;
            return t.get("lever_share", target(e.category(), t), fmt.quantity(e.usersPerDevice()));
        }
        if (w instanceof WhatIf.ReduceStorage) {
            return t.get("lever_reduce_storage", fmt.percent(((WhatIf.ReduceStorage) w).fraction()));
        }
        if (w instanceof WhatIf.MoveStorage) {
            return t.get("lever_move_storage", ((WhatIf.MoveStorage) w).zone());
        }
        if (w instanceof WhatIf.GridMix) {
            WhatIf.GridMix e = (WhatIf.GridMix) w;
            return t.get("lever_grid", e.zone(), fmt.quantity(e.ratio()));
        }
        return w.describe();
    }

    private static String target(String category, Texts t) {
        return category.equals("*") ? t.get("lever_all") : t.category(category);
    }

    static void scenarioJson(ScenarioReport report, JsonGenerator g) throws IOException {
        ScenarioResult r = report.result();
        Assessment base = r.baseline().assessment();
        Assessment scen = r.result().assessment();
        g.writeStartObject();
        g.writeStringField("schemaVersion", ScenarioReport.SCHEMA_VERSION);
        g.writeStringField("kind", "scenario");
        g.writeStringField("title", report.title());
        g.writeObjectFieldStart("scenario");
        g.writeStringField("name", r.scenario().name());
        g.writeNumberField("lines", scen.lines().size());
        g.writeArrayFieldStart("whatIfs");
        for (WhatIf w : r.scenario().whatIfs()) {
            whatIf(g, w);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("baseline");
        g.writeStringField("inventory", base.inventoryName());
        g.writeNumberField("lines", base.lines().size());
        Json.options(g, base.options());
        Json.catalog(g, base.catalogName(), base.catalogVersion(), base.catalogChecksum());
        g.writeEndObject();
        Json.simulation(g, Sim.of(r.baseline().settings()));
        g.writeArrayFieldStart("indicators");
        for (Indicator i : r.indicators()) {
            g.writeStartObject();
            g.writeStringField("code", i.code());
            g.writeStringField("unit", i.unit());
            g.writeFieldName("baseline");
            total(g, base, r.baseline().total(i).orElseThrow(), i);
            g.writeFieldName("scenario");
            total(g, scen, r.result().total(i).orElseThrow(), i);
            g.writeFieldName("change");
            Json.stats(g, r.change(i), r.changeUncertainty(i).orElseThrow());
            g.writeFieldName("relativeChange");
            Optional<Summary> rel = r.relativeChangeUncertainty(i);
            if (rel.isPresent()) {
                Json.stats(g, r.relativeChange(i), rel.get());
            } else {
                g.writeNull();
            }
            Json.number(g, "probabilityLower", r.probabilityLower(i));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void total(JsonGenerator g, Assessment a, Summary s, Indicator i) throws IOException {
        g.writeStartObject();
        g.writeStringField("availability", a.total().availability(i).name().toLowerCase(Locale.ROOT));
        g.writeFieldName("stats");
        Json.stats(g, a.total(i), s);
        g.writeEndObject();
    }

    private static void whatIf(JsonGenerator g, WhatIf w) throws IOException {
        g.writeStartObject();
        if (w instanceof WhatIf.ExtendLifetime) {
            WhatIf.ExtendLifetime e = (WhatIf.ExtendLifetime) w;
            g.writeStringField("type", "extend_lifetime");
            g.writeStringField("category", e.category());
            Json.number(g, "years", e.years());
        } else if (w instanceof WhatIf.Refurbished) {
            WhatIf.Refurbished e = (WhatIf.Refurbished) w;
            g.writeStringField("type", "refurbished");
            g.writeStringField("category", e.category());
            Json.number(g, "share", e.share());
        } else if (w instanceof WhatIf.ShareDevices) {
            WhatIf.ShareDevices e = (WhatIf.ShareDevices) w;
            g.writeStringField("type", "share_devices");
            g.writeStringField("category", e.category());
            Json.number(g, "usersPerDevice", e.usersPerDevice());
        } else if (w instanceof WhatIf.ReduceStorage) {
            g.writeStringField("type", "reduce_storage");
            Json.number(g, "fraction", ((WhatIf.ReduceStorage) w).fraction());
        } else if (w instanceof WhatIf.MoveStorage) {
            g.writeStringField("type", "move_storage");
            g.writeStringField("zone", ((WhatIf.MoveStorage) w).zone());
        } else if (w instanceof WhatIf.GridMix) {
            WhatIf.GridMix e = (WhatIf.GridMix) w;
            g.writeStringField("type", "grid_mix");
            g.writeStringField("zone", e.zone());
            Json.number(g, "ratio", e.ratio());
        } else {
            g.writeStringField("type", "other");
        }
        g.writeStringField("description", w.describe());
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- shared

    /** Method notes on the simulation: draws, seed, percentiles, input spreads, what is not propagated. */
    static List<String> simulationNotes(Sim mc, Fmt fmt) {
        Texts t = fmt.texts();
        StringJoiner ps = new StringJoiner(", ");
        for (double p : mc.percentiles()) {
            ps.add("p" + Json.percentileKey(p));
        }
        List<String> out = new ArrayList<>();
        out.add(t.get("method_uncertainty", fmt.quantity(mc.draws()), mc.seed().isPresent()
                ? String.valueOf(mc.seed().getAsLong()) : t.get("seed_unknown"), ps.toString(), mc.rangeLabel(),
                fmt.percent(mc.coverage())));
        if (mc.inputs().isPresent()) {
            StringJoiner in = new StringJoiner("; ");
            for (InputUncertainty u : mc.inputs().get()) {
                in.add(Uncertainties.input(u, fmt));
            }
            out.add(mc.inputs().get().isEmpty() ? t.get("method_no_inputs") : t.get("method_inputs", in.toString()));
        }
        out.add(t.get("method_shared_draws"));
        out.add(t.get("method_not_propagated"));
        return out;
    }

    private static Object markup(String svg) {
        try {
            return HtmlRenderer.markup(svg);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot embed chart", e);
        }
    }
}
