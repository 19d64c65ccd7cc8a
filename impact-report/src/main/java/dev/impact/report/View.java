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
        v.put("lineCount", fmt.quantity(r.lines().size()));
        v.put("showSummary", r.sections().summary());
        v.put("showAnnex", r.sections().annex());

        Footprint total = r.total();
        Fmt.Scale[] scales = scales(total, fmt);
        boolean[] flags = new boolean[2]; // [0]: some value partial, [1]: some value not available
        List<String> noMass = new ArrayList<>();
        for (Report.CategoryEntry c : r.categories()) {
            noMass.add(withoutMass(c.name(), c.footprint()));
        }
        v.put("headline", headline(total, manufactureCoverage(r), noMass, fmt, flags));
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        Fmt.Scale gwpScale = scales[gwp.ordinal()];
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
            m.put("value", fmt.scaled(value, l.footprint().availability(gwp), gwpScale));
            m.put("share", fmt.percent(r.share(value, gwp)));
            top.add(m);
        }
        v.put("top", top);
        Map<String, Object> ai = AiSection.of(r, fmt);
        if (ai != null) {
            v.put("ai", ai);
        }
        v.put("gwpUnit", fmt.unit(gwp));
        v.put("gwpScaledUnit", gwpScale.unit());
        v.put("gwpLabel", fmt.label(gwp));

        List<Map<String, Object>> indicators = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (scales[i.ordinal()] != null) {
                indicators.add(Map.of("code", i.code(), "label", fmt.label(i), "unit", fmt.unit(i),
                        "scaledUnit", scales[i.ordinal()].unit()));
            }
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
            m.put("lines", fmt.quantity(c.lineCount()));
            m.put("values", scaledTotals(c.footprint(), fmt, scales, flags));
            m.put("share", fmt.percent(r.share(c.footprint().total(gwp), gwp)));
            cats.add(m);
        }
        v.put("categories", cats);
        v.put("totalShare", fmt.percent(1));
        v.put("groups", groups(r, fmt, gwpScale));

        v.put("byPhase", byPhase(total, fmt, scales, flags));
        v.put("totals", scaledTotals(total, fmt, scales, flags));

        List<Map<String, Object>> lines = new ArrayList<>();
        for (Report.LineEntry l : r.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", l.index());
            m.put("label", l.label());
            m.put("category", t.category(l.category()));
            m.put("quantity", fmt.quantity(l.quantity()));
            m.put("values", totals(l.footprint(), fmt, scales, flags));
            lines.add(m);
        }
        v.put("lines", lines);

        Map<AppliedDefault, List<Report.LineEntry>> byDefault = linesByDefault(r);
        List<Map<String, Object>> defaults = new ArrayList<>();
        // summary: one row per input, categories, origin and source; differing values (derived ones) as a range
        Map<List<String>, DefaultRow> rows = new LinkedHashMap<>();
        for (Map.Entry<AppliedDefault, List<Report.LineEntry>> e : byDefault.entrySet()) {
            AppliedDefault d = e.getKey();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", field(d.field(), t));
            m.put("value", defaultValue(d, fmt));
            m.put("status", t.get("status_" + d.status().name().toLowerCase(Locale.ROOT)));
            m.put("basis", d.basis());
            m.put("source", d.source());
            m.put("lines", ranges(e.getValue()));
            defaults.add(m);
            List<String> key = List.of(categoriesOf(e.getValue(), t), d.field(), d.status().name(),
                    shortSource(d.source()), d.unit(), d.text().isEmpty() ? "" : d.text());
            rows.computeIfAbsent(key, k -> new DefaultRow(d)).add(d, e.getValue().size());
        }
        List<Map<String, Object>> defaultsSummary = new ArrayList<>();
        for (Map.Entry<List<String>, DefaultRow> e : rows.entrySet()) {
            DefaultRow row = e.getValue();
            AppliedDefault d = row.first;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("categories", e.getKey().get(0));
            String value = row.low == row.high || Double.isNaN(d.value()) ? defaultValue(d, fmt)
                    : fmt.number(row.low) + " – " + defaultValue(AppliedDefault.numeric(d.field(), row.high, d.unit(),
                    d.status(), d.basis(), d.source()), fmt);
            String status = d.status() == dev.impact.engine.InputStatus.ARCHETYPE ? ""
                    : " (" + t.get("status_" + d.status().name().toLowerCase(Locale.ROOT)) + ")";
            s.put("input", t.get("default_input", field(d.field(), t), value) + status);
            s.put("source", shortSource(d.source()));
            long n = row.lines;
            s.put("lines", n == r.lines().size() ? t.get("all_lines", fmt.quantity(n))
                    : t.get(n == 1 ? "one_line" : "many_lines", fmt.quantity(n)));
            defaultsSummary.add(s);
        }
        v.put("defaults", defaults);
        v.put("defaultsSummary", defaultsSummary);

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
        List<String> models = new ArrayList<>();
        for (String model : r.models()) {
            models.add(t.all().getOrDefault("method_model_" + model, t.get("method_model_other")));
        }
        v.put("methodModels", models);
        method.add(t.get("method_models_in_annex"));
        method.add(t.get("method_catalog", View.catalogName(r.catalogName(), t), r.catalogVersion(), r.catalogChecksum()));
        method.add(t.get("method_availability"));
        method.addAll(indicatorNotes(t));
        if (r.accounting() == Accounting.YEARLY) {
            method.add(t.get("method_lever"));
        }
        v.put("method", method);
        v.put("catalog", catalogName(r.catalogName(), t) + " " + r.catalogVersion());
        v.put("checksum", r.catalogChecksum());
        v.put("hasPartial", flags[0]);
        v.put("hasNa", flags[1]);
        v.put("hasUncertainty", false);
        v.put("drivers", List.of());
        v.put("keyUncertainty", "");
        r.uncertainty().ifPresent(u -> Uncertainties.addTo(v, r, u, fmt));
        v.put("hasPeer", false);
        r.conventionDifference().ifPresent(d -> peer(v, d, fmt));
        return v;
    }

    /** The "why impact's default differs from the peer" section: one row per choice, then the whole inventory. */
    static void peer(Map<String, Object> v, dev.impact.engine.ConventionDifference d, Fmt fmt) {
        Texts t = fmt.texts();
        String name = t.get("peer_name_" + d.peer().label());
        v.put("hasPeer", true);
        v.put("peerTitle", t.get("peer_title", name));
        v.put("peerNote", t.get("peer_note", name, d.peer().label()));
        v.put("peerColumn", name);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (dev.impact.engine.ConventionDifference.Choice c : d.choices()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("choice", t.get("peer_choice_" + c.id()));
            m.put("lines", fmt.number(c.lines()));
            m.put("impact", fmt.number(c.impactKgCo2e()));
            m.put("peer", fmt.number(c.peerKgCo2e()));
            m.put("difference", fmt.signedPercent(c.relativeDifference()));
            rows.add(m);
        }
        v.put("peerRows", rows);
        v.put("peerNone", d.choices().isEmpty() ? t.get("peer_none", name) : "");
        v.put("peerTotalImpact", fmt.number(d.impactKgCo2e()));
        v.put("peerTotalPeer", fmt.number(d.peerKgCo2e()));
        v.put("peerTotalDifference", fmt.signedPercent(d.peerKgCo2e() == 0 ? Double.NaN
                : d.impactKgCo2e() / d.peerKgCo2e() - 1));
    }

    /** The catalog's name in words where the texts know it (the bundled one), else as the catalog gives it. */
    static String catalogName(String name, Texts t) {
        return t.all().getOrDefault("catalog_name_" + name.replace(' ', '_'), name);
    }

    /**
     * The groups (sites, services, entities) by climate change, largest first: name, lines, climate change in the
     * report's scale, share, and the group's main category with its share of the group; empty without groups.
     */
    static List<Map<String, Object>> groups(Report r, Fmt fmt, Fmt.Scale gwpScale) {
        Texts t = fmt.texts();
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        List<Map.Entry<String, dev.impact.engine.Totals.GroupTotal>> sorted =
                new ArrayList<>(r.assessment().groups().entrySet());
        sorted.sort(java.util.Comparator.comparingDouble(e -> -orZero(e.getValue().footprint().total(gwp))));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, dev.impact.engine.Totals.GroupTotal> e : sorted) {
            Footprint f = e.getValue().footprint();
            String main = "";
            double best = -1;
            for (Map.Entry<String, Footprint> c : e.getValue().categories().entrySet()) {
                double x = orZero(c.getValue().total(gwp));
                if (x > best) {
                    best = x;
                    main = t.category(c.getKey()) + " (" + fmt.percent(share(x, f.total(gwp))) + ")";
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.getKey().equals(dev.impact.engine.Totals.UNGROUPED) ? t.get("trj_no_group") : e.getKey());
            m.put("lines", fmt.quantity(e.getValue().lines()));
            m.put("value", fmt.scaled(f.total(gwp), f.availability(gwp), gwpScale));
            m.put("share", fmt.percent(r.share(f.total(gwp), gwp)));
            m.put("main", main);
            out.add(m);
        }
        return out;
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /**
     * Each indicator's scale (t, GJ…), chosen from its total; null for an indicator the tables leave out: one without
     * any data in the whole report (other than climate change), whose column would read "n/a" from top to bottom.
     * The key figures still list it, as not available.
     */
    static Fmt.Scale[] scales(Footprint total, Fmt fmt) {
        Fmt.Scale[] s = new Fmt.Scale[Indicator.values().length];
        for (Indicator i : Indicator.values()) {
            boolean none = i != Indicator.CLIMATE_CHANGE && total.availability(i) == Availability.NOT_AVAILABLE;
            s[i.ordinal()] = none ? null : fmt.scale(i, total.total(i));
        }
        return s;
    }

    /** One row of the defaults' summary: the inputs it gathers, their value range and their number of lines. */
    private static final class DefaultRow {
        final AppliedDefault first;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        long lines;

        DefaultRow(AppliedDefault first) {
            this.first = first;
        }

        void add(AppliedDefault d, int n) {
            low = Math.min(low, d.value());
            high = Math.max(high, d.value());
            lines += n;
        }
    }

    /** The lines that took each default, in order of first use. */
    static Map<AppliedDefault, List<Report.LineEntry>> linesByDefault(Report r) {
        Map<AppliedDefault, List<Report.LineEntry>> m = new LinkedHashMap<>();
        r.defaults().forEach(d -> m.put(d, new ArrayList<>()));
        for (Report.LineEntry l : r.lines()) {
            for (AppliedDefault d : l.defaults()) {
                m.computeIfAbsent(d, k -> new ArrayList<>()).add(l);
            }
        }
        return m;
    }

    /** An input's name in words ("Durée de vie"), or the engine's name when the texts have none. */
    static String field(String field, Texts t) {
        return t.all().getOrDefault("field_" + field, field);
    }

    /** A completed value with its unit in words ("5 ans"), or its text ("rack"), translated where known. */
    static String defaultValue(AppliedDefault d, Fmt fmt) {
        Texts t = fmt.texts();
        if (Double.isNaN(d.value())) {
            return t.all().getOrDefault("default_text_" + d.text().replace(' ', '_'), d.text());
        }
        return fmt.number(d.value()) + (d.unit().isEmpty() ? "" : " " + t.all().getOrDefault(
                "unit_of_default_" + d.unit(), d.unit()));
    }

    /** The categories of these lines in words: up to three named, else "all categories" / "N categories". */
    private static String categoriesOf(List<Report.LineEntry> lines, Texts t) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        lines.forEach(l -> names.add(t.category(l.category())));
        if (names.size() > 3) {
            return t.get("many_categories", names.size());
        }
        return String.join(", ", names);
    }

    /**
     * A citation cut to its publisher and year, for the summary: "Boavizta 2023" for "Boavizta (compiling Dell, HP…)
     * 2023", "EcoInfo 2022" for "EcoInfo (CNRS); fork by sopht-com 2022" (the full citation is in the annex).
     */
    static String shortSource(String source) {
        int cut = source.length();
        for (char c : new char[] {'(', ';', ','}) {
            int k = source.indexOf(c);
            if (k > 0) {
                cut = Math.min(cut, k);
            }
        }
        String year = source.replaceAll("^.*?(\\d{4})\\s*$", "$1");
        String head = source.substring(0, cut).trim();
        return cut == source.length() || year.equals(source) || head.endsWith(year) ? head : head + " " + year;
    }

    /** Line numbers as ranges: "1–35, 40, 42–50". */
    static String ranges(List<Report.LineEntry> lines) {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        while (k < lines.size()) {
            int first = lines.get(k).index();
            int last = first;
            while (k + 1 < lines.size() && lines.get(k + 1).index() == last + 1) {
                last = lines.get(++k).index();
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(first);
            if (last > first) {
                sb.append(last == first + 1 ? ", " : "–").append(last);
            }
            k++;
        }
        return sb.toString();
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
     * Where the share would mislead (see {@link #manufactureCoverage}) the card says why instead.
     *
     * @param coverage per indicator, the share of the fleet's manufacture it has data for; null: not known (totals)
     * @param noMass   per category, its name in words if it is equipment without a mass, else null
     */
    static List<Map<String, Object>> headline(Footprint total, double[] coverage, List<String> noMass, Fmt fmt,
                                              boolean[] flags) {
        List<Map<String, Object>> headline = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            Map<String, Object> h = new LinkedHashMap<>();
            Availability a = total.availability(i);
            note(flags, a);
            h.put("code", i.code());
            h.put("label", fmt.label(i));
            Fmt.Scale scale = fmt.scale(i, total.total(i));
            h.put("value", fmt.scaled(total.total(i), a, scale));
            h.put("unit", scale.unit());
            h.put("available", a != Availability.NOT_AVAILABLE);
            double emb = share(total.embodied(i), total.total(i));
            if (i == Indicator.E_WASTE) {
                h.put("embodiedShare", ewasteCoverage(noMass, fmt.texts()));
            } else if (a == Availability.NOT_AVAILABLE) {
                h.put("embodiedShare", "");
            } else if (coverage != null && coverage[i.ordinal()] < COVERED) {
                // much of the fleet's manufacture has no data for this indicator: a share would mislead
                h.put("embodiedShare", fmt.texts().get("embodied_not_covered", fmt.percent(coverage[i.ordinal()])));
            } else if (coverage != null && total.availability(Phase.USE, i) == Availability.NOT_AVAILABLE) {
                h.put("embodiedShare", fmt.texts().get("use_not_covered"));
            } else {
                h.put("embodiedShare", Double.isNaN(emb) ? "" : fmt.texts().get("embodied_share", fmt.percent(emb)));
            }
            headline.add(h);
        }
        return headline;
    }

    /** Below this manufacture coverage, the key figures give no share of manufacture (see manufactureCoverage). */
    static final double COVERED = 0.8;

    /**
     * Per indicator, how much of the fleet's manufacture it covers: the climate-change manufacture impact of the lines
     * that have manufacture data for the indicator, over that of all lines (climate change, known for nearly every
     * line, weighs the lines); 1 where there is no manufacture at all. Primary energy, say, has manufacture data for
     * servers only in the bundled catalog: its "1 % due to manufacture" would compare use with almost nothing.
     */
    static double[] manufactureCoverage(Report r) {
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        double[] covered = new double[Indicator.values().length];
        double all = 0;
        for (Report.LineEntry l : r.lines()) {
            double m = l.footprint().value(Phase.MANUFACTURE, gwp);
            if (Double.isNaN(m) || m <= 0) {
                continue;
            }
            all += m;
            for (Indicator i : Indicator.values()) {
                if (l.footprint().availability(Phase.MANUFACTURE, i) != Availability.NOT_AVAILABLE) {
                    covered[i.ordinal()] += m;
                }
            }
        }
        for (int k = 0; k < covered.length; k++) {
            covered[k] = all == 0 ? 1 : covered[k] / all;
        }
        return covered;
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
            for (Equivalence e : Equivalence.pick(equivalences, climate)) {
                Map<String, Object> m = new LinkedHashMap<>();
                // two significant figures: an illustration, not a measurement
                m.put("amount", (total.availability(gwp) == Availability.PARTIAL ? "≥ " : "≈ ")
                        + fmt.significant(e.amountFor(climate), 2));
                m.put("unit", e.unit(fmt.locale()));
                m.put("basis", fmt.texts().get("equivalence_basis", fmt.approx(e.kgCo2ePerUnit()), fmt.unit(gwp)));
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

    /**
     * One row per phase: its name and the phase's value of each indicator in its scale, formatted; flags notes
     * partial/n.a.
     */
    static List<Map<String, Object>> byPhase(Footprint total, Fmt fmt, Fmt.Scale[] scales, boolean[] flags) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Phase p : Phase.values()) {
            List<String> values = new ArrayList<>();
            for (Indicator i : Indicator.values()) {
                if (scales[i.ordinal()] == null) {
                    continue;
                }
                Availability a = total.availability(p, i);
                note(flags, a);
                values.add(fmt.scaled(total.value(p, i), a, scales[i.ordinal()]));
            }
            rows.add(Map.of("phase", fmt.texts().get("phase_" + p.code()), "values", values));
        }
        return rows;
    }

    /**
     * Each shown indicator's total of {@code f} (see {@link #scales}), formatted in its canonical unit; flags notes
     * partial (0) and not-available (1) values.
     */
    static List<String> totals(Footprint f, Fmt fmt, Fmt.Scale[] scales, boolean[] flags) {
        List<String> out = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (scales[i.ordinal()] == null) {
                continue;
            }
            Availability a = f.availability(i);
            note(flags, a);
            out.add(fmt.value(f.total(i), a));
        }
        return out;
    }

    /**
     * Each shown indicator's total of {@code f} in its scale (see {@link #scales}), formatted; flags notes partial and
     * not-available values.
     */
    static List<String> scaledTotals(Footprint f, Fmt fmt, Fmt.Scale[] scales, boolean[] flags) {
        List<String> out = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (scales[i.ordinal()] == null) {
                continue;
            }
            Availability a = f.availability(i);
            note(flags, a);
            out.add(fmt.scaled(f.total(i), a, scales[i.ordinal()]));
        }
        return out;
    }

    static void note(boolean[] flags, Availability a) {
        flags[0] |= a == Availability.PARTIAL;
        flags[1] |= a == Availability.NOT_AVAILABLE;
    }
}
