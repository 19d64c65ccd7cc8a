package dev.impact.report;

import dev.impact.factor.Factor;
import dev.impact.measure.Availability;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.Driver;
import dev.impact.uncertainty.InputUncertainty;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.Summary;
import dev.impact.uncertainty.UncertainAssessment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** What the HTML and Markdown views show of an uncertainty: ranges, drivers, method notes. */
final class Uncertainties {
    /** How many drivers the "main drivers" section lists. */
    static final int TOP_DRIVERS = 5;
    static final String LOW_COLOR = "#56B4E9";
    static final String HIGH_COLOR = "#D55E00";

    private Uncertainties() {
    }

    /** The lowest percentile reported. */
    static double low(MonteCarlo mc) {
        return Sim.of(mc).low();
    }

    /** The highest percentile reported. */
    static double high(MonteCarlo mc) {
        return Sim.of(mc).high();
    }

    /** "p5–p95". */
    static String rangeLabel(MonteCarlo mc) {
        return Sim.of(mc).rangeLabel();
    }

    /** "7 960 – 15 100" (three significant figures). */
    static String range(Summary s, MonteCarlo mc, Fmt fmt) {
        return fmt.range(s.percentile(low(mc)), s.percentile(high(mc)));
    }

    /** "p5–p95 : 7 960 – 15 100". */
    static String labelledRange(Summary s, MonteCarlo mc, Fmt fmt) {
        return fmt.texts().get("range", rangeLabel(mc), range(s, mc, fmt));
    }

    /** A driver's variable in words: the factor's name, the parameter id, or "Lifetime of laptop (your spread)". */
    static String variable(String id, Report r, Fmt fmt) {
        Texts t = fmt.texts();
        if (id.startsWith("factor:")) {
            String fid = id.substring("factor:".length());
            for (Factor f : r.factors()) {
                if (f.id().equals(fid)) {
                    return t.get("driver_factor", f.name());
                }
            }
            return t.get("driver_factor", fid);
        }
        if (id.startsWith("parameter:")) {
            return t.get("driver_parameter", id.substring("parameter:".length()));
        }
        if (id.startsWith("input:")) {
            int last = id.lastIndexOf(':');
            String target = id.substring("input:".length(), last);
            String field = id.substring(last + 1);
            return t.get("driver_input", t.all().getOrDefault("input_" + field, field), target);
        }
        return id;
    }

    /** "Lifetime of laptop: uniform(low=0.8,high=1.2)". */
    static String input(InputUncertainty in, Fmt fmt) {
        Texts t = fmt.texts();
        return t.get("input_rule", t.all().getOrDefault("input_" + in.input().field(), in.input().field()),
                in.target(), in.uncertainty().toString());
    }

    /** Adds the uncertainty entries of the view; {@code headline}, {@code categories}, {@code lines} get ranges. */
    static void addTo(Map<String, Object> v, Report r, UncertainAssessment u, Fmt fmt) {
        Texts t = fmt.texts();
        MonteCarlo mc = u.settings();
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        v.put("hasUncertainty", true);
        v.put("rangeLabel", rangeLabel(mc));
        v.put("rangeHeader", t.get("col_range", fmt.label(gwp), rangeLabel(mc)));
        v.put("legendRange", t.get("legend_range", rangeLabel(mc), fmt.percent((high(mc) - low(mc)) / 100)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> headline = (List<Map<String, Object>>) v.get("headline");
        for (Map<String, Object> h : headline) {
            Indicator i = Indicator.ofCode((String) h.get("code"));
            Optional<Summary> s = u.total(i);
            if (s.isPresent()) {
                // the figure to report is the simulations' mean, with its range; the central value (every uncertain
                // quantity at its central value) sits lower for right-skewed spreads, so it is named as such
                Availability a = r.total().availability(i);
                Fmt.Scale scale = fmt.scale(i, r.total().total(i));
                h.put("value", fmt.scaled(s.get().mean(), a, scale));
                h.put("range", t.get("range_mean", rangeLabel(mc), fmt.approx(s.get().percentile(low(mc))
                        / scale.divisor()) + " – " + fmt.approx(s.get().percentile(high(mc)) / scale.divisor()),
                        scale.unit()));
                h.put("note", t.get("central_note", fmt.approx(r.total().total(i) / scale.divisor()),
                        scale.unit()));
            }
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cats = (List<Map<String, Object>>) v.get("categories");
        for (int k = 0; k < cats.size(); k++) {
            Optional<Summary> s = u.category(r.categories().get(k).name(), gwp);
            cats.get(k).put("range", s.map(x -> range(x, mc, fmt)).orElse(t.get("na")));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) v.get("lines");
        for (int k = 0; k < lines.size(); k++) {
            lines.get(k).put("range", u.line(k, gwp).map(x -> range(x, mc, fmt)).orElse(t.get("na")));
        }

        List<Driver> drivers = u.sensitivity(gwp);
        List<Map<String, Object>> top = new ArrayList<>();
        for (Driver d : drivers.subList(0, Math.min(TOP_DRIVERS, drivers.size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", variable(d.variable(), r, fmt));
            m.put("id", d.variable());
            m.put("spread", d.uncertainty().toString());
            m.put("share", fmt.percent(d.varianceShare()));
            m.put("rho", String.format(fmt.locale(), "%+.2f", d.rankCorrelation()).replace('-', '\u2212'));
            m.put("swing", fmt.range(d.low(), d.high()));
            top.add(m);
        }
        v.put("drivers", top);
        Optional<Summary> total = u.total(gwp);
        if (total.isPresent() && !drivers.isEmpty()) {
            Summary s = total.get();
            Fmt.Scale scale = fmt.scale(gwp, r.total().total(gwp));
            v.put("keyUncertainty", t.get("key_uncertainty", fmt.approx(s.percentile(low(mc)) / scale.divisor()),
                    fmt.approx(s.percentile(high(mc)) / scale.divisor()), scale.unit(),
                    fmt.percent((high(mc) - low(mc)) / 100), variable(drivers.get(0).variable(), r, fmt),
                    fmt.approx(s.mean() / scale.divisor())));
        }

        List<String> method = new ArrayList<>(Decisions.simulationNotes(Sim.of(mc), fmt));
        method.add(1, t.get("method_uncertainty_variables", u.variables().size()));
        method.add(2, t.get("method_uncertainty_drivers"));
        if (!u.constantLines().isEmpty()) {
            StringJoiner cl = new StringJoiner(", ");
            u.constantLines().forEach(l -> cl.add(String.valueOf(l + 1)));
            method.add(t.get("method_constant_lines", cl.toString()));
        }
        @SuppressWarnings("unchecked")
        List<String> all = (List<String>) v.get("method");
        all.addAll(method);
    }

    /** Tornado chart: the climate-change total with each main driver at the ends of its 95 % interval. */
    static String tornado(Report r, UncertainAssessment u, Fmt fmt) {
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        double central = r.total().total(gwp);
        List<Driver> drivers = u.sensitivity(gwp);
        List<RangeChart.Row> rows = new ArrayList<>();
        Texts t = fmt.texts();
        for (Driver d : drivers.subList(0, Math.min(TOP_DRIVERS, drivers.size()))) {
            rows.add(new RangeChart.Row(variable(d.variable(), r, fmt), List.of(
                    new RangeChart.Segment(central, d.low(), LOW_COLOR, t.get("tornado_low") + ": "
                            + fmt.approx(d.low()) + " " + fmt.unit(gwp)),
                    new RangeChart.Segment(central, d.high(), HIGH_COLOR, t.get("tornado_high") + ": "
                            + fmt.approx(d.high()) + " " + fmt.unit(gwp))),
                    Double.NaN, Double.NaN, "", Double.NaN, fmt.range(d.low(), d.high())));
        }
        return RangeChart.draw(t.get("chart_tornado_title") + " (" + fmt.unit(gwp) + ")",
                List.of(new BarChart.Series(t.get("tornado_low"), LOW_COLOR),
                        new BarChart.Series(t.get("tornado_high"), HIGH_COLOR)), rows, central, fmt::approx);
    }
}
