package dev.impact.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.impact.engine.Accounting;
import dev.impact.engine.AppliedDefault;
import dev.impact.engine.Totals;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The view (HTML, Markdown), CSV and JSON of a {@link TotalsReport}. Like {@link View}, views hold already localised
 * strings; templates lay them out and escape them.
 */
final class TotalsView {
    /** How many problems the HTML and Markdown forms list in full. */
    static final int PROBLEMS_SHOWN = 20;
    /** The CSV header record. */
    static final String CSV_HEADER = "scope,lines,quantity,indicator,unit,phase,value,availability,catalog_version,"
            + "catalog_checksum";

    private TotalsView() {
    }

    /** The categories, largest climate-change total first (ties in order of first appearance). */
    static List<Map.Entry<String, Totals.CategoryTotal>> categories(Totals totals) {
        List<Map.Entry<String, Totals.CategoryTotal>> cats = new ArrayList<>(totals.categories().entrySet());
        cats.sort(Comparator.comparingDouble((Map.Entry<String, Totals.CategoryTotal> e) ->
                -orZero(e.getValue().footprint().total(Indicator.CLIMATE_CHANGE))));
        return cats;
    }

    static Map<String, Object> of(TotalsReport report, Fmt fmt, boolean charts) {
        Totals r = report.totals();
        TotalsReport.Reading reading = report.reading();
        Texts t = fmt.texts();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("t", t.all());
        v.put("lang", t.language().getLanguage());
        v.put("title", report.title());
        double years = r.options().periodYears();
        String period = t.get(years == 1 ? "period_one" : "period_many", fmt.quantity(years));
        String accounting = r.options().accounting().name().toLowerCase(Locale.ROOT);
        v.put("subtitle", t.get("subtitle", r.options().reportingYear(), period, t.get("accounting_" + accounting)));
        v.put("lineCount", fmt.quantity(r.lines()));

        Footprint total = r.total();
        boolean[] flags = new boolean[2];
        List<String> noMass = new ArrayList<>();
        r.categories().forEach((name, c) -> noMass.add(View.withoutMass(name, c.footprint())));
        v.put("headline", View.headline(total, null, noMass, fmt, flags));
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        double climate = total.total(gwp);
        v.put("keyMessage", View.keyMessage(total, fmt));
        v.put("equivalences", View.equivalences(total, report.equivalences(), fmt));
        v.put("gwpUnit", fmt.unit(gwp));

        Fmt.Scale[] scales = View.scales(total, fmt);
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (scales[i.ordinal()] != null) {
                indicators.add(Map.of("label", fmt.label(i), "unit", scales[i.ordinal()].unit()));
            }
        }
        v.put("indicators", indicators);

        List<Map.Entry<String, Totals.CategoryTotal>> sorted = categories(r);
        List<Map<String, Object>> cats = new ArrayList<>();
        for (Map.Entry<String, Totals.CategoryTotal> c : sorted) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.category(c.getKey()));
            m.put("lines", fmt.quantity(c.getValue().lines()));
            m.put("quantity", fmt.quantity(c.getValue().quantity()));
            m.put("values", View.scaledTotals(c.getValue().footprint(), fmt, scales, flags));
            m.put("share", fmt.percent(View.share(c.getValue().footprint().total(gwp), climate)));
            cats.add(m);
        }
        v.put("categories", cats);

        v.put("byPhase", View.byPhase(total, fmt, scales, flags));
        v.put("totals", View.scaledTotals(total, fmt, scales, flags));

        List<Map<String, Object>> defaults = new ArrayList<>();
        for (Map.Entry<AppliedDefault, Long> e : r.defaults().entrySet()) {
            AppliedDefault d = e.getKey();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", View.field(d.field(), t));
            m.put("value", View.defaultValue(d, fmt));
            m.put("status", t.get("status_" + d.status().name().toLowerCase(Locale.ROOT)));
            m.put("basis", d.basis());
            m.put("source", d.source());
            m.put("lines", fmt.quantity(e.getValue()));
            defaults.add(m);
        }
        v.put("defaults", defaults);

        v.put("readingSummary", t.get("totals_reading", fmt.quantity(reading.linesRead()),
                fmt.quantity(r.lines()), fmt.quantity(reading.linesInvalid())));
        List<Map<String, Object>> reasons = new ArrayList<>();
        reading.reasons().forEach((reason, n) -> reasons.add(Map.of("reason", reason, "count", fmt.quantity(n))));
        v.put("reasons", reasons);
        List<String> problems = new ArrayList<>();
        for (TotalsReport.Problem p : reading.problems()) {
            if (problems.size() == PROBLEMS_SHOWN) {
                break;
            }
            problems.add(p.file() + (p.line() > 0 ? ":" + p.line() : "") + (p.column().isEmpty() ? "" : " ["
                    + p.column() + "]") + " — " + p.reason());
        }
        v.put("problems", problems);
        v.put("moreProblems", reading.problemCount() > problems.size()
                ? t.get("totals_more_problems", fmt.quantity(reading.problemCount() - problems.size())) : "");
        v.put("notices", reading.notices());

        List<String> method = new ArrayList<>();
        method.add(t.get("totals_method"));
        method.add(t.get("method_accounting_" + accounting));
        method.add(t.get("method_period", r.options().reportingYear(), period, r.options().defaultZone()));
        method.add(t.get("method_catalog", View.catalogName(r.catalogName(), t), r.catalogVersion(), r.catalogChecksum()));
        method.add(t.get("method_availability"));
        method.addAll(View.indicatorNotes(t));
        if (r.options().accounting() == Accounting.YEARLY) {
            method.add(t.get("method_lever"));
        }
        v.put("method", method);
        v.put("catalog", View.catalogName(r.catalogName(), t) + " " + r.catalogVersion());
        v.put("checksum", r.catalogChecksum());
        v.put("hasPartial", flags[0]);
        v.put("hasNa", flags[1]);
        if (charts) {
            Map<String, Footprint> byCategory = new LinkedHashMap<>();
            sorted.forEach(c -> byCategory.put(c.getKey(), c.getValue().footprint()));
            try {
                HtmlRenderer.putCharts(v, byCategory, total, fmt);
            } catch (TemplateModelException e) {
                throw new IllegalStateException("cannot embed chart", e);
            }
        }
        return v;
    }

    /** One record per scope (the total, then each category in order of first appearance) × indicator × phase. */
    static String csv(TotalsReport report) {
        Totals r = report.totals();
        Csv csv = new Csv();
        for (String h : CSV_HEADER.split(",")) {
            csv.text(h);
        }
        csv.endRecord();
        String[] catalog = {r.catalogVersion(), r.catalogChecksum()};
        rows(csv, "total", r.lines(), Double.NaN, r.total(), catalog);
        r.categories().forEach((name, c) -> rows(csv, name, c.lines(), c.quantity(), c.footprint(), catalog));
        return csv.toString();
    }

    private static void rows(Csv csv, String scope, long lines, double quantity, Footprint f, String[] catalog) {
        for (Indicator i : Indicator.values()) {
            for (Phase p : Phase.values()) {
                csv.text(scope).integer(lines).number(quantity).text(i.code()).text(i.unit()).text(p.code())
                        .number(f.value(p, i)).text(f.availability(p, i).name().toLowerCase(Locale.ROOT))
                        .text(catalog[0]).text(catalog[1]).endRecord();
            }
        }
    }

    /** JSON following {@code totals.schema.json}. */
    static void json(TotalsReport report, JsonGenerator g) throws IOException {
        Totals r = report.totals();
        TotalsReport.Reading reading = report.reading();
        g.writeStartObject();
        g.writeStringField("schemaVersion", TotalsReport.SCHEMA_VERSION);
        g.writeStringField("kind", "totals");
        g.writeStringField("title", report.title());
        Json.options(g, r.options());
        Json.catalog(g, r.catalogName(), r.catalogVersion(), r.catalogChecksum());
        g.writeObjectFieldStart("lines");
        g.writeNumberField("read", reading.linesRead());
        g.writeNumberField("assessed", r.lines());
        g.writeNumberField("invalid", reading.linesInvalid());
        g.writeEndObject();
        g.writeFieldName("total");
        JsonRenderer.footprint(g, r.total());
        g.writeArrayFieldStart("categories");
        for (Map.Entry<String, Totals.CategoryTotal> c : categories(r)) {
            g.writeStartObject();
            g.writeStringField("name", c.getKey());
            g.writeNumberField("lineCount", c.getValue().lines());
            Json.number(g, "quantity", c.getValue().quantity());
            g.writeFieldName("footprint");
            JsonRenderer.footprint(g, c.getValue().footprint());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("defaults");
        for (Map.Entry<AppliedDefault, Long> e : r.defaults().entrySet()) {
            AppliedDefault d = e.getKey();
            g.writeStartObject();
            g.writeStringField("field", d.field());
            Json.number(g, "value", d.value());
            g.writeStringField("text", d.text());
            g.writeStringField("unit", d.unit());
            g.writeStringField("status", d.status().name().toLowerCase(Locale.ROOT));
            g.writeStringField("basis", d.basis());
            g.writeStringField("source", d.source());
            g.writeNumberField("lineCount", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("invalid");
        g.writeNumberField("problemCount", reading.problemCount());
        g.writeArrayFieldStart("reasons");
        for (Map.Entry<String, Long> e : reading.reasons().entrySet()) {
            g.writeStartObject();
            g.writeStringField("reason", e.getKey());
            g.writeNumberField("count", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (TotalsReport.Problem p : reading.problems()) {
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
        for (String n : reading.notices()) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("equivalences");
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        double climate = r.total(gwp);
        for (Equivalence e : report.equivalences()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("unit", e.unitEn());
            Json.number(g, "kgCo2ePerUnit", e.kgCo2ePerUnit());
            Json.number(g, "amount", e.amountFor(climate));
            g.writeBooleanField("lowerBound", r.total().availability(gwp) == Availability.PARTIAL);
            g.writeStringField("source", e.source());
            g.writeStringField("locator", e.locator());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
