package dev.impact.report;

import dev.impact.engine.Accounting;
import dev.impact.engine.AppliedDefault;
import dev.impact.factor.Factor;
import dev.impact.factor.Parameter;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data the HTML and Markdown templates show, as plain maps and lists of already localised strings: templates
 * only lay it out (and escape it). Built per rendering.
 */
final class View {
    /** How many lines the "top contributors" section lists. */
    static final int TOP = 5;

    private View() {
    }

    static Map<String, Object> of(Report r, Fmt fmt) {
        Texts t = fmt.texts();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("t", t.all());
        v.put("lang", t.language().getLanguage());
        v.put("title", r.title());
        v.put("subtitle", t.get("subtitle", r.options().reportingYear(), period(r, fmt),
                t.get("accounting_" + r.accounting().name().toLowerCase(Locale.ROOT))));
        v.put("lineCount", r.lines().size());

        Footprint total = r.total();
        boolean[] flags = new boolean[2]; // [0]: some value partial, [1]: some value not available
        List<String> noMass = new ArrayList<>();
        for (Report.CategoryEntry c : r.categories()) {
            noMass.add(withoutMass(c.name(), c.footprint()));
        }
        v.put("headline", headline(total, noMass, fmt, flags));
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        v.put("keyMessage", keyMessage(total, fmt));
        v.put("equivalences", equivalences(total, r.equivalences(), fmt));

        List<Map<String, Object>> top = new ArrayList<>();
        for (Report.LineEntry l : r.topContributors(gwp, TOP)) {
            Map<String, Object> m = new LinkedHashMap<>();
            double value = l.footprint().total(gwp);
            m.put("index", l.index());
            m.put("label", l.label());
            m.put("category", t.category(l.category()));
            m.put("quantity", fmt.quantity(l.quantity()));
            m.put("value", fmt.value(value, l.footprint().availability(gwp)));
            m.put("share", fmt.percent(r.share(value, gwp)));
            top.add(m);
        }
        v.put("top", top);
        v.put("gwpUnit", fmt.unit(gwp));
        v.put("gwpLabel", fmt.label(gwp));

        List<Map<String, Object>> indicators = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            indicators.add(Map.of("code", i.code(), "label", fmt.label(i), "unit", fmt.unit(i)));
        }
        v.put("indicators", indicators);
        List<String> phases = new ArrayList<>();
        for (Phase p : Phase.values()) {
            phases.add(t.get("phase_" + p.code()));
        }
        v.put("phases", phases);

        List<Map<String, Object>> cats = new ArrayList<>();
        for (Report.CategoryEntry c : r.categories()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.category(c.name()));
            m.put("lines", c.lineCount());
            m.put("values", totals(c.footprint(), fmt, flags));
            m.put("share", fmt.percent(r.share(c.footprint().total(gwp), gwp)));
            cats.add(m);
        }
        v.put("categories", cats);

        v.put("byPhase", byPhase(total, fmt, flags));
        v.put("totals", totals(total, fmt, flags));

        List<Map<String, Object>> lines = new ArrayList<>();
        for (Report.LineEntry l : r.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", l.index());
            m.put("label", l.label());
            m.put("category", t.category(l.category()));
            m.put("quantity", fmt.quantity(l.quantity()));
            List<String> gwpPhases = new ArrayList<>();
            for (Phase p : Phase.values()) {
                Availability a = l.footprint().availability(p, gwp);
                note(flags, a);
                gwpPhases.add(fmt.value(l.footprint().value(p, gwp), a));
            }
            m.put("gwpPhases", gwpPhases);
            m.put("values", totals(l.footprint(), fmt, flags));
            lines.add(m);
        }
        v.put("lines", lines);

        List<Map<String, Object>> defaults = new ArrayList<>();
        for (AppliedDefault d : r.defaults()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", d.field());
            m.put("value", Double.isNaN(d.value()) ? d.text()
                    : fmt.number(d.value()) + (d.unit().isEmpty() ? "" : " " + t.all().getOrDefault(
                            "unit_of_default_" + d.unit(), d.unit())));
            m.put("status", t.get("status_" + d.status().name().toLowerCase(Locale.ROOT)));
            m.put("basis", d.basis());
            m.put("source", d.source());
            m.put("lines", linesUsing(r, d));
            defaults.add(m);
        }
        v.put("defaults", defaults);

        List<Map<String, Object>> factors = new ArrayList<>();
        for (Factor f : r.factors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("name", f.name());
            m.put("unit", t.all().getOrDefault("refunit_" + f.unit().symbol(), f.unit().symbol()));
            m.put("source", f.provenance().source().title());
            m.put("publisher", f.provenance().source().publisher());
            m.put("sourceYear", String.valueOf(f.provenance().source().year()));
            m.put("locator", f.provenance().source().locator());
            m.put("licence", f.provenance().source().licence());
            m.put("zone", f.provenance().zone());
            m.put("year", String.valueOf(f.year()));
            m.put("estimate", f.provenance().estimate() ? t.get("yes") : t.get("no"));
            m.put("note", f.provenance().note());
            m.put("uncertainty", f.uncertainty().toString());
            factors.add(m);
        }
        v.put("factors", factors);

        List<Map<String, Object>> parameters = new ArrayList<>();
        for (Parameter p : r.parameters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("value", fmt.number(p.value()));
            m.put("unit", p.unit());
            m.put("source", p.provenance().source().title());
            m.put("publisher", p.provenance().source().publisher());
            m.put("sourceYear", String.valueOf(p.provenance().source().year()));
            m.put("locator", p.provenance().source().locator());
            m.put("licence", p.provenance().source().licence());
            m.put("zone", p.provenance().zone());
            m.put("year", String.valueOf(p.provenance().year()));
            m.put("estimate", p.provenance().estimate() ? t.get("yes") : t.get("no"));
            m.put("note", p.provenance().note());
            m.put("uncertainty", p.uncertainty().toString());
            parameters.add(m);
        }
        v.put("parameters", parameters);

        List<String> method = new ArrayList<>();
        method.add(t.get("method_accounting_" + r.accounting().name().toLowerCase(Locale.ROOT)));
        method.add(t.get("method_period", r.options().reportingYear(), period(r, fmt), r.options().defaultZone()));
        for (String model : r.models()) {
            method.add(t.all().getOrDefault("method_model_" + model, t.get("method_model_other")));
        }
        method.add(t.get("method_catalog", r.catalogName(), r.catalogVersion(), r.catalogChecksum()));
        method.add(t.get("method_availability"));
        method.addAll(indicatorNotes(t));
        if (r.accounting() == Accounting.YEARLY) {
            method.add(t.get("method_lever"));
        }
        v.put("method", method);
        v.put("catalog", r.catalogName() + " " + r.catalogVersion());
        v.put("checksum", r.catalogChecksum());
        v.put("hasPartial", flags[0]);
        v.put("hasNa", flags[1]);
        v.put("hasUncertainty", false);
        v.put("drivers", List.of());
        v.put("keyUncertainty", "");
        r.uncertainty().ifPresent(u -> Uncertainties.addTo(v, r, u, fmt));
        return v;
    }

    private static String period(Report r, Fmt fmt) {
        double years = r.options().periodYears();
        return fmt.texts().get(years == 1 ? "period_one" : "period_many", fmt.quantity(years));
    }

    /** The key figures: per indicator its label, value, unit and the share of manufacture, distribution and end of life. */
    /**
     * The key figures, one per indicator, with the share of manufacture, distribution and end of life; the e-waste
     * figure (all end of life by definition) carries its coverage instead: the equipment categories without a mass,
     * in words.
     *
     * @param noMass per category, its name in words if it is equipment without a mass, else null
     */
    static List<Map<String, Object>> headline(Footprint total, List<String> noMass, Fmt fmt, boolean[] flags) {
        List<Map<String, Object>> headline = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            Map<String, Object> h = new LinkedHashMap<>();
            Availability a = total.availability(i);
            note(flags, a);
            h.put("code", i.code());
            h.put("label", fmt.label(i));
            h.put("value", fmt.value(total.total(i), a));
            h.put("unit", fmt.unit(i));
            h.put("available", a != Availability.NOT_AVAILABLE);
            double emb = share(total.embodied(i), total.total(i));
            h.put("embodiedShare", i == Indicator.E_WASTE ? ewasteCoverage(noMass, fmt.texts())
                    : Double.isNaN(emb) ? "" : fmt.texts().get("embodied_share", fmt.percent(emb)));
            headline.add(h);
        }
        return headline;
    }

    /**
     * Categories of usage lines (data transfer, storage, cloud, AI): services bought, not equipment the organisation
     * discards, so their lack of e-waste is no gap in the WEEE figure.
     */
    private static final Set<String> SERVICES = Set.of("network", "storage", "cloud", "ai");

    /** The category if it is equipment whose e-waste has no data (no mass in the catalog or the lines), else null. */
    static String withoutMass(String category, Footprint f) {
        return SERVICES.contains(category) || f.availability(Indicator.E_WASTE) != Availability.NOT_AVAILABLE
                ? null : category;
    }

    /** "No mass for: TVs, printers…" or "every equipment category has a mass". */
    static String ewasteCoverage(List<String> noMass, Texts t) {
        List<String> names = new ArrayList<>();
        for (String c : noMass) {
            if (c != null) {
                names.add(t.category(c));
            }
        }
        return names.isEmpty() ? t.get("ewaste_coverage_full") : t.get("ewaste_coverage_gaps", String.join(", ", names));
    }

    /** The method notes on what the indicators are: criteria, water (AWARE), e-waste (WEEE). */
    static List<String> indicatorNotes(Texts t) {
        return List.of(t.get("method_indicators"), t.get("method_water"), t.get("method_ewaste"));
    }

    /** The one-line message on climate change: embodied or use first, with both shares; empty without data. */
    static String keyMessage(Footprint total, Fmt fmt) {
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        double embodiedShare = share(total.embodied(gwp), total.total(gwp));
        return Double.isNaN(embodiedShare) ? "" : fmt.texts().get(embodiedShare >= 0.5 ? "key_embodied" : "key_use",
                fmt.percent(embodiedShare), fmt.percent(1 - embodiedShare));
    }

    /** The climate-change total as everyday equivalents ("≥" when the total is a lower bound); none without data. */
    static List<Map<String, Object>> equivalences(Footprint total, List<Equivalence> equivalences, Fmt fmt) {
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        double climate = total.total(gwp);
        List<Map<String, Object>> eq = new ArrayList<>();
        if (!Double.isNaN(climate) && climate > 0) {
            for (Equivalence e : equivalences) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("amount", (total.availability(gwp) == Availability.PARTIAL ? "≥ " : "≈ ")
                        + fmt.number(e.amountFor(climate)));
                m.put("unit", e.unit(fmt.locale()));
                m.put("basis", fmt.texts().get("equivalence_basis", fmt.number(e.kgCo2ePerUnit()), fmt.unit(gwp)));
                m.put("source", e.source());
                m.put("locator", e.locator());
                eq.add(m);
            }
        }
        return eq;
    }

    /** part / all; NaN when either is NaN or all is 0. */
    static double share(double part, double all) {
        return Double.isNaN(part) || Double.isNaN(all) || all == 0 ? Double.NaN : part / all;
    }

    /** One row per phase: its name and the phase's value of each indicator, formatted; flags notes partial/n.a. */
    static List<Map<String, Object>> byPhase(Footprint total, Fmt fmt, boolean[] flags) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Phase p : Phase.values()) {
            List<String> values = new ArrayList<>();
            for (Indicator i : Indicator.values()) {
                Availability a = total.availability(p, i);
                note(flags, a);
                values.add(fmt.value(total.value(p, i), a));
            }
            rows.add(Map.of("phase", fmt.texts().get("phase_" + p.code()), "values", values));
        }
        return rows;
    }

    /** Each indicator's total of {@code f}, formatted; flags notes partial (0) and not-available (1) values. */
    static List<String> totals(Footprint f, Fmt fmt, boolean[] flags) {
        List<String> out = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            Availability a = f.availability(i);
            note(flags, a);
            out.add(fmt.value(f.total(i), a));
        }
        return out;
    }

    static void note(boolean[] flags, Availability a) {
        flags[0] |= a == Availability.PARTIAL;
        flags[1] |= a == Availability.NOT_AVAILABLE;
    }

    private static String linesUsing(Report r, AppliedDefault d) {
        StringBuilder sb = new StringBuilder();
        for (Report.LineEntry l : r.lines()) {
            if (l.defaults().contains(d)) {
                sb.append(sb.length() == 0 ? "" : ", ").append(l.index());
            }
        }
        return sb.toString();
    }
}
