package dev.impact.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.impact.compare.Award;
import dev.impact.compare.BidNotice;
import dev.impact.compare.Comparison;
import dev.impact.compare.Costs;
import dev.impact.compare.Criterion;
import dev.impact.compare.FunctionalUnit;
import dev.impact.compare.Offer;
import dev.impact.compare.Tender;
import dev.impact.engine.AppliedDefault;
import dev.impact.engine.Assessment;
import dev.impact.engine.LineResult;
import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.ProductRange;
import dev.impact.factor.Source;
import dev.impact.inventory.Condition;
import dev.impact.inventory.DeclaredFootprint;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Equipment;
import dev.impact.inventory.InventoryLine;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.Summary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tender annex: the view and JSON of a {@link ComparisonReport} carrying an {@link Award}. Like {@link View},
 * views hold already localised strings; the template lays them out and escapes them.
 */
final class Annex {
    private Annex() {
    }

    static Map<String, Object> view(ComparisonReport report, Fmt fmt) {
        Comparison c = report.comparison();
        Award a = report.award().orElseThrow();
        FactorCatalog catalog = report.catalog().orElseThrow();
        Tender tender = a.tender();
        Texts t = fmt.texts();
        Sim mc = Sim.of(c);
        FunctionalUnit fu = c.offers().get(0).unit();
        String fuShort = Decisions.fuShort(fu, fmt);
        Assessment first = c.assessment(c.offers().get(0).name());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("t", t.all());
        v.put("lang", t.language().getLanguage());
        v.put("kicker", t.get("annex_kicker"));
        v.put("title", report.title().orElse(tender.name()));
        v.put("heading", t.get("annex_kicker") + " — " + report.title().orElse(tender.name()));
        v.put("subtitle", t.get("annex_subtitle", c.offers().size(), fuShort, first.options().reportingYear(),
                fmt.quantity(mc.draws())));
        v.put("sentence", sentence(a, fmt, fuShort, catalog));
        v.put("rangeLabel", mc.rangeLabel());
        v.put("currency", tender.currency());

        // scores
        List<Map<String, Object>> criteria = new ArrayList<>();
        double max = 0;
        for (Criterion cr : tender.criteria()) {
            criteria.add(Map.of("label", criterionLabel(cr, fmt), "unit", criterionUnit(cr, tender, fmt) + " " + fuShort,
                    "weight", fmt.quantity(cr.weight()), "scoring", t.get("scoring_" + cr.scoring().code()),
                    "formula", cr.scoring().formula()));
            max += cr.weight();
        }
        v.put("criteria", criteria);
        v.put("maxScore", fmt.quantity(max));
        List<Map<String, Object>> scores = new ArrayList<>();
        int rank = 0;
        for (String o : a.ranking()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Criterion cr : tender.criteria()) {
                cells.add(Map.of("value", fmt.approx(a.value(o, cr)), "points", fmt.number(round2(a.points(o, cr)))));
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rank", ++rank);
            r.put("name", o);
            r.put("cells", cells);
            r.put("score", fmt.number(round2(a.score(o))));
            r.put("best", rank == 1);
            scores.add(r);
        }
        v.put("scores", scores);

        // per functional unit: TCO beside each indicator
        List<String> indicatorHeads = new ArrayList<>();
        for (Indicator i : c.indicators()) {
            indicatorHeads.add(fmt.label(i) + " (" + fmt.unit(i) + ")");
        }
        v.put("indicatorHeads", indicatorHeads);
        List<Map<String, Object>> perUnit = new ArrayList<>();
        double lo = mc.low();
        double hi = mc.high();
        for (String o : a.ranking()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", o);
            Optional<Award.Tco> tco = a.tco(o);
            r.put("tco", tco.map(x -> fmt.approx(x.total())).orElse(t.get("na")));
            r.put("purchase", tco.map(x -> fmt.approx(x.purchase())).orElse(t.get("na")));
            r.put("electricity", tco.map(x -> fmt.approx(x.electricity()) + " (" + fmt.approx(x.kWh()) + " kWh)")
                    .orElse(t.get("na")));
            r.put("endOfLife", tco.map(x -> fmt.approx(x.endOfLife())).orElse(t.get("na")));
            List<String> cells = new ArrayList<>();
            for (Indicator i : c.indicators()) {
                Summary s = c.summary(o, i);
                cells.add(fmt.approx(c.central(o, i)) + " (" + fmt.range(s.percentile(lo), s.percentile(hi)) + ")");
            }
            r.put("indicators", cells);
            perUnit.add(r);
        }
        v.put("perUnit", perUnit);
        v.put("perUnitNote", t.get("annex_perunit_note", tender.currency(), fuShort, mc.rangeLabel()));

        // robustness
        List<String> robust = new ArrayList<>();
        robust.add(t.get("annex_robust_ranking", fmt.probability(a.probabilityRankingHolds()),
                fmt.quantity(mc.draws())));
        robust.add(t.get("annex_robust_winner", a.ranking().get(0), fmt.probability(a.probabilityWinnerHolds())));
        a.flip().ifPresentOrElse(f -> robust.add(t.get("annex_robust_flip", variable(f.variable(), catalog, t),
                        fmt.number(round2(f.rankCorrelation())), fmt.percent(f.varianceShare()), a.ranking().get(1),
                        fmt.probability(f.probabilityFlip()))),
                () -> robust.add(t.get("annex_robust_noflip", a.ranking().get(1))));
        v.put("robustness", robust);

        // bids, line by line
        List<Map<String, Object>> bids = new ArrayList<>();
        Map<String, Source> sources = new TreeMap<>();
        for (Offer o : c.offers()) {
            Assessment as = c.assessment(o.name());
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int k = 0; k < as.lines().size(); k++) {
                lines.add(line(as.lines().get(k), o.costs(), k, catalog, fmt, sources));
            }
            bids.add(Map.of("name", o.name(), "inventory", o.inventory().name(), "lines", lines));
            for (String id : as.factorIds()) {
                catalog.factor(id).ifPresent(f -> sources.put(f.provenance().source().id(), f.provenance().source()));
            }
        }
        v.put("bids", bids);
        v.put("notes", report.notes().stream().map(n -> notice(n, fmt)).toList());

        // method
        List<String> method = new ArrayList<>();
        method.add(t.get("cmp_method_unit", Decisions.fuLong(fu, fmt)));
        method.add(t.get("annex_method_points"));
        for (Criterion cr : tender.criteria()) {
            method.add(t.get("annex_method_criterion", criterionLabel(cr, fmt), fmt.quantity(cr.weight()),
                    t.get("scoring_" + cr.scoring().code()), cr.scoring().formula()));
        }
        List<String> prices = new ArrayList<>();
        for (String o : a.ranking()) {
            a.tco(o).ifPresent(x -> x.prices().forEach(p -> {
                String s = p.zone() + " " + p.year() + ": " + fmt.number(p.pricePerKWh()) + " " + tender.currency()
                        + "/kWh";
                if (!prices.contains(s)) {
                    prices.add(s);
                }
            }));
        }
        method.add(t.get("annex_method_tco", String.join("; ", prices)));
        method.add(t.get("annex_method_models"));
        method.add(t.get("cmp_method_shared"));
        method.add(t.get("annex_method_robust"));
        method.add(t.get("method_catalog", first.catalogName(), first.catalogVersion(), first.catalogChecksum()));
        method.addAll(Decisions.simulationNotes(mc, fmt));
        v.put("method", method);

        List<Map<String, Object>> src = new ArrayList<>();
        sources.values().forEach(s -> src.add(Map.of("title", s.title(), "publisher", s.publisher(),
                "year", String.valueOf(s.year()), "locator", s.locator(), "licence", s.licence())));
        v.put("sources", src);
        return v;
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static Map<String, Object> line(LineResult lr, Costs costs, int k, FactorCatalog catalog, Fmt fmt,
                                            Map<String, Source> sources) {
        Texts t = fmt.texts();
        InventoryLine line = lr.line();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("label", line.label());
        r.put("quantity", fmt.quantity(line.quantity()));
        String model = "";
        String condition = "";
        String climate;
        String check = "";
        if (line instanceof DeviceFleet d) {
            model = d.model().orElse("");
            condition = d.condition() == Condition.REFURBISHED ? t.get("annex_refurbished") : t.get("annex_new");
            Optional<DeclaredFootprint> declared = d.declared();
            Optional<String> product = lr.factorIds().stream().filter(id -> id.startsWith("product.")).findFirst();
            if (declared.isPresent()) {
                climate = t.get("annex_climate_declared", fmt.approx(declared.get().embodiedKgCo2e()),
                        declared.get().source());
                check = check(declared.get(), d.category(), catalog, fmt);
            } else if (product.isPresent()) {
                Factor f = catalog.factor(product.get()).orElseThrow();
                climate = t.get("annex_climate_model", f.name(), fmt.approx(f.values().embodied(
                        Indicator.CLIMATE_CHANGE)), f.provenance().source().publisher());
            } else {
                climate = t.get("annex_climate_category", t.category(d.category()));
                check = d.model().isPresent() ? t.get("annex_check_fallback") : "";
            }
        } else {
            climate = t.category(line.category());
        }
        r.put("model", model);
        r.put("condition", condition);
        r.put("lifetime", line instanceof Equipment e ? (e.lifetimeYears().isPresent()
                ? fmt.quantity(e.lifetimeYears().getAsDouble()) : completed(lr, "lifetimeYears", fmt)) : "");
        r.put("kWh", line instanceof DeviceFleet d && d.use().isPresent() ? fmt.approx(d.use().get().kWhPerYear())
                : completed(lr, "kWhPerYear", fmt));
        r.put("price", costs.given() ? fmt.quantity(costs.unitPrice(k)) : t.get("na"));
        r.put("endOfLife", costs.given() ? fmt.quantity(costs.endOfLifePerUnit(k)) : t.get("na"));
        r.put("climate", climate);
        r.put("check", check);
        r.put("flag", flagged(line, catalog) || line instanceof DeviceFleet d && d.model().isPresent()
                && d.declared().isEmpty() && lr.factorIds().stream().noneMatch(id -> id.startsWith("product.")));
        return r;
    }

    /** The range check of a declaration, in the reader's language. */
    static String check(DeclaredFootprint d, String category, FactorCatalog catalog, Fmt fmt) {
        Texts t = fmt.texts();
        Optional<ProductRange> range = ProductRange.of(catalog, category);
        if (range.isEmpty()) {
            return t.get("annex_check_none", t.category(category));
        }
        ProductRange r = range.get();
        ProductRange.Position p = r.check(d.embodiedKgCo2e());
        String key = p == ProductRange.Position.WITHIN ? "annex_check_within" : p == ProductRange.Position.BELOW
                ? "annex_check_below" : "annex_check_above";
        return t.get(key, fmt.quantity(r.count()), t.category(category), fmt.approx(r.p5KgCo2e()),
                fmt.approx(r.p95KgCo2e()), fmt.approx(r.medianKgCo2e()), fmt.number(Math.round(
                        100 * r.ratioToMedian(d.embodiedKgCo2e())) / 100.0));
    }

    /** Whether a line's declaration lies outside its category's sheets' 5th–95th percentiles. */
    static boolean flagged(InventoryLine line, FactorCatalog catalog) {
        if (line instanceof DeviceFleet d && d.declared().isPresent()) {
            return ProductRange.of(catalog, d.category()).map(r -> r.check(d.declared().get().embodiedKgCo2e())
                    != ProductRange.Position.WITHIN).orElse(false);
        }
        return false;
    }

    private static String completed(LineResult lr, String field, Fmt fmt) {
        for (AppliedDefault d : lr.defaults()) {
            if (d.field().equals(field)) {
                return fmt.approx(d.value()) + "*";
            }
        }
        return "";
    }

    private static String criterionLabel(Criterion cr, Fmt fmt) {
        return cr.isCost() ? fmt.texts().get("annex_tco") : fmt.label(cr.indicator().orElseThrow());
    }

    private static String criterionUnit(Criterion cr, Tender tender, Fmt fmt) {
        return cr.isCost() ? tender.currency() : fmt.unit(cr.indicator().orElseThrow());
    }

    /** A random variable's id in words: the factor's name and source, or the parameter or input. */
    static String variable(String id, FactorCatalog catalog, Texts t) {
        int colon = id.indexOf(':');
        String kind = colon < 0 ? "" : id.substring(0, colon);
        String rest = colon < 0 ? id : id.substring(colon + 1);
        if (kind.equals("factor")) {
            if (rest.startsWith("declared.")) {
                return t.get("annex_var_declared");
            }
            return catalog.factor(rest).map(f -> "“" + f.name() + "” (" + f.id() + ")").orElse(rest);
        }
        return rest;
    }

    /** The sentence to paste into the award report. */
    static String sentence(Award a, Fmt fmt, String fuShort, FactorCatalog catalog) {
        Texts t = fmt.texts();
        List<String> rules = new ArrayList<>();
        double max = 0;
        for (Criterion cr : a.tender().criteria()) {
            rules.add(t.get("annex_rule", criterionLabel(cr, fmt), fmt.quantity(cr.weight()),
                    t.get("scoring_" + cr.scoring().code())));
            max += cr.weight();
        }
        String first = a.ranking().get(0);
        String second = a.ranking().get(1);
        Comparison c = a.comparison();
        String text = t.get("annex_sentence", String.join(", ", rules), first, fmt.number(round2(a.score(first))),
                fmt.quantity(max), second, fmt.number(round2(a.score(second))),
                fmt.probability(a.probabilityRankingHolds()), fmt.quantity(c.settings().draws()), fuShort);
        String flip = a.flip().map(f -> " " + t.get("annex_sentence_flip", variable(f.variable(),
                catalog, t), fmt.probability(f.probabilityFlip()))).orElse("");
        StringBuilder warn = new StringBuilder();
        for (String o : a.ranking().subList(0, 2)) {
            for (InventoryLine l : c.assessment(o).lines().stream().map(LineResult::line).toList()) {
                if (flagged(l, catalog)) {
                    warn.append(' ').append(t.get("annex_sentence_warn", o));
                    break;
                }
            }
        }
        Assessment as = c.assessment(c.offers().get(0).name());
        return text + flip + warn + " " + t.get("annex_sentence_sources", as.catalogName(), as.catalogVersion());
    }

    static void json(ComparisonReport report, JsonGenerator g) throws IOException {
        Award a = report.award().orElseThrow();
        FactorCatalog catalog = report.catalog().orElseThrow();
        Comparison c = report.comparison();
        Fmt en = Fmt.of(Locale.ENGLISH);
        g.writeObjectFieldStart("award");
        g.writeStringField("tender", a.tender().name());
        g.writeStringField("currency", a.tender().currency());
        g.writeArrayFieldStart("criteria");
        for (Criterion cr : a.tender().criteria()) {
            g.writeStartObject();
            g.writeStringField("on", cr.code());
            Json.number(g, "weight", cr.weight());
            g.writeStringField("scoring", cr.scoring().code());
            g.writeStringField("formula", cr.scoring().formula());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ranking");
        for (String o : a.ranking()) {
            g.writeString(o);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("offers");
        for (Offer o : c.offers()) {
            g.writeStartObject();
            g.writeStringField("name", o.name());
            Json.number(g, "score", a.score(o.name()));
            g.writeObjectFieldStart("points");
            for (Criterion cr : a.tender().criteria()) {
                Json.number(g, cr.code(), a.points(o.name(), cr));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("values");
            for (Criterion cr : a.tender().criteria()) {
                Json.number(g, cr.code(), a.value(o.name(), cr));
            }
            g.writeEndObject();
            Optional<Award.Tco> tco = a.tco(o.name());
            if (tco.isPresent()) {
                g.writeObjectFieldStart("tcoPerFunctionalUnit");
                Json.number(g, "purchase", tco.get().purchase());
                Json.number(g, "electricity", tco.get().electricity());
                Json.number(g, "endOfLife", tco.get().endOfLife());
                Json.number(g, "total", tco.get().total());
                Json.number(g, "kWh", tco.get().kWh());
                g.writeArrayFieldStart("electricityPrices");
                for (Tender.Price p : tco.get().prices()) {
                    g.writeStartObject();
                    g.writeStringField("zone", p.zone());
                    g.writeNumberField("year", p.year());
                    Json.number(g, "pricePerKWh", p.pricePerKWh());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            } else {
                g.writeNullField("tcoPerFunctionalUnit");
            }
            g.writeArrayFieldStart("lines");
            Assessment as = c.assessment(o.name());
            for (LineResult lr : as.lines()) {
                g.writeStartObject();
                g.writeStringField("label", lr.line().label());
                Json.number(g, "quantity", lr.line().quantity());
                if (lr.line() instanceof DeviceFleet d) {
                    if (d.model().isPresent()) {
                        g.writeStringField("model", d.model().get());
                    }
                    if (d.declared().isPresent()) {
                        g.writeObjectFieldStart("declaredFootprint");
                        Json.number(g, "embodiedKgCo2e", d.declared().get().embodiedKgCo2e());
                        g.writeStringField("source", d.declared().get().source());
                        g.writeStringField("uncertainty", d.declared().get().uncertainty().toString());
                        g.writeEndObject();
                    }
                }
                g.writeArrayFieldStart("factorIds");
                for (String id : lr.factorIds()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("notices");
                for (AppliedDefault d : lr.defaults()) {
                    if (d.field().equals("model") || d.field().equals("declaredFootprint")) {
                        g.writeString(d.field() + ": " + (d.text().isEmpty() ? d.basis() : d.text()));
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        Json.number(g, "probabilityRankingHolds", a.probabilityRankingHolds());
        Json.number(g, "probabilityWinnerHolds", a.probabilityWinnerHolds());
        if (a.flip().isPresent()) {
            Award.Flip f = a.flip().get();
            g.writeObjectFieldStart("flip");
            g.writeStringField("variable", f.variable());
            g.writeStringField("name", variable(f.variable(), catalog, en.texts()));
            Json.number(g, "rankCorrelation", f.rankCorrelation());
            Json.number(g, "varianceShare", f.varianceShare());
            Json.number(g, "probabilityFlip", f.probabilityFlip());
            g.writeEndObject();
        } else {
            g.writeNullField("flip");
        }
        g.writeArrayFieldStart("notes");
        for (BidNotice n : report.notes()) {
            g.writeString(notice(n, en));
        }
        g.writeEndArray();
        Map<String, Source> sources = new TreeMap<>();
        for (Offer o : c.offers()) {
            for (String id : c.assessment(o.name()).factorIds()) {
                catalog.factor(id).ifPresent(f -> sources.put(f.provenance().source().id(), f.provenance().source()));
            }
        }
        g.writeArrayFieldStart("sources");
        for (Source s : sources.values()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
            g.writeStringField("publisher", s.publisher());
            g.writeNumberField("year", s.year());
            g.writeStringField("locator", s.locator());
            g.writeStringField("licence", s.licence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("sentence", sentence(a, en, Decisions.fuShort(c.offers().get(0).unit(), en), catalog));
        g.writeEndObject();
    }

    /** A bid reader's notice in the report's language: the file, the item, then what was noticed. */
    static String notice(BidNotice n, Fmt fmt) {
        String key = "annex_notice_" + n.kind().name().toLowerCase(Locale.ROOT);
        return switch (n.kind()) {
            case REFURBISHED_SPLIT -> fmt.texts().get(key, n.file(), n.field(), n.item(), fmt.percent(n.share()));
            case WARRANTY_SHORTER_THAN_LIFETIME -> fmt.texts().get(key, n.file(), n.field(), n.item(),
                    fmt.number(n.warrantyYears()), fmt.number(n.lifetimeYears()));
        };
    }
}
