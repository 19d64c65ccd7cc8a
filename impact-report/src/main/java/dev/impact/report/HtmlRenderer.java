package dev.impact.report;

import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One self-contained HTML page (template {@code report.ftlh}, auto-escaped): inline CSS with a print style sheet,
 * inline SVG charts from {@link BarChart}, no script and no external resource.
 */
final class HtmlRenderer {

    /** Colour-blind-safe (Okabe–Ito) colours of the phases, in {@link Phase} order. */
    static final String[] PHASE_COLORS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7"};
    static final String CATEGORY_COLOR = "#0072B2";

    private HtmlRenderer() {
    }

    static void render(Report report, Locale locale, java.io.Writer out) {
        Objects.requireNonNull(report, "report");
        Fmt fmt = Fmt.of(Objects.requireNonNull(locale, "locale"));
        Map<String, Object> view = View.of(report, fmt);
        try {
            Map<String, Footprint> categories = new java.util.LinkedHashMap<>();
            report.categories().forEach(c -> categories.put(c.name(), c.footprint()));
            putCharts(view, categories, report.total(), fmt);
            if (report.uncertainty().isPresent()
                    && !report.uncertainty().get().sensitivity(Indicator.CLIMATE_CHANGE).isEmpty()) {
                view.put("chartTornado", markup(Uncertainties.tornado(report, report.uncertainty().get(), fmt)));
            }
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot embed chart", e);
        }
        Templates.render("report.ftlh", view, out);
    }

    static Object markup(String svg) throws TemplateModelException {
        return HTMLOutputFormat.INSTANCE.fromMarkup(svg);
    }

    private static List<BarChart.Series> phaseSeries(Fmt fmt) {
        List<BarChart.Series> s = new ArrayList<>();
        for (Phase p : Phase.values()) {
            s.add(new BarChart.Series(fmt.texts().get("phase_" + p.code()), PHASE_COLORS[p.ordinal()]));
        }
        return s;
    }

    /**
     * The two charts of an assessment's or of totals' report: climate change by category stacked by phase
     * ({@code categories} in the order to show), and the phase shares per indicator.
     */
    static void putCharts(Map<String, Object> view, Map<String, Footprint> categories, Footprint total, Fmt fmt)
            throws TemplateModelException {
        view.put("chartPhases", markup(phasesByCategory(categories, fmt)));
        view.put("chartIndicators", markup(phaseSharesByIndicator(total, fmt)));
    }

    /** Climate change per category, stacked by phase. */
    static String phasesByCategory(Map<String, Footprint> categories, Fmt fmt) {
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        List<BarChart.Row> rows = new ArrayList<>();
        for (Map.Entry<String, Footprint> c : categories.entrySet()) {
            Footprint f = c.getValue();
            double[] v = new double[Phase.count()];
            for (Phase p : Phase.values()) {
                v[p.ordinal()] = Math.max(0, f.value(p, gwp));
            }
            rows.add(new BarChart.Row(fmt.texts().category(c.getKey()), v, fmt.value(f.total(gwp), f.availability(gwp)) + " "
                    + fmt.unit(gwp)));
        }
        return BarChart.stacked(fmt.texts().get("chart_phases_title") + " (" + fmt.unit(gwp) + ")",
                phaseSeries(fmt), rows, fmt::number);
    }

    /** For every indicator, the share of each phase in its total (100 % bars). */
    static String phaseSharesByIndicator(Footprint total, Fmt fmt) {
        List<BarChart.Row> rows = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            double[] v = new double[Phase.count()];
            for (Phase p : Phase.values()) {
                v[p.ordinal()] = Math.max(0, total.value(p, i));
            }
            Availability a = total.availability(i);
            String label = a == Availability.NOT_AVAILABLE ? fmt.texts().get("na")
                    : a == Availability.PARTIAL ? "≥" : "";
            rows.add(new BarChart.Row(fmt.label(i), v, label));
        }
        return BarChart.shares(fmt.texts().get("chart_indicators_title"), phaseSeries(fmt), rows, fmt::percent);
    }
}
