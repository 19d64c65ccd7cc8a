package dev.impact.report.internal;

import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import dev.impact.report.Format;
import dev.impact.report.Renderer;
import dev.impact.report.Report;
import dev.impact.report.internal.svg.BarChart;
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
public final class HtmlRenderer implements Renderer {
    /** The instance. */
    public static final HtmlRenderer INSTANCE = new HtmlRenderer();

    /** Colour-blind-safe (Okabe–Ito) colours of the phases, in {@link Phase} order. */
    static final String[] PHASE_COLORS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7"};
    static final String CATEGORY_COLOR = "#0072B2";

    private HtmlRenderer() {
    }

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public String render(Report report, Locale locale) {
        Objects.requireNonNull(report, "report");
        Fmt fmt = Fmt.of(Objects.requireNonNull(locale, "locale"));
        Map<String, Object> view = View.of(report, fmt);
        try {
            view.put("chartPhases", markup(phasesByCategory(report, fmt)));
            view.put("chartCategories", markup(categoryShares(report, fmt)));
            view.put("chartIndicators", markup(phaseSharesByIndicator(report, fmt)));
            if (report.uncertainty().isPresent()
                    && !report.uncertainty().get().sensitivity(Indicator.CLIMATE_CHANGE).isEmpty()) {
                view.put("chartTornado", markup(Uncertainties.tornado(report, report.uncertainty().get(), fmt)));
            }
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot embed chart", e);
        }
        return Templates.render("report.ftlh", view);
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

    /** Climate change per category, stacked by phase. */
    static String phasesByCategory(Report report, Fmt fmt) {
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        List<BarChart.Row> rows = new ArrayList<>();
        for (Report.CategoryEntry c : report.categories()) {
            Footprint f = c.footprint();
            double[] v = new double[Phase.count()];
            for (Phase p : Phase.values()) {
                v[p.ordinal()] = Math.max(0, f.value(p, gwp));
            }
            rows.add(new BarChart.Row(fmt.texts().category(c.name()), v, fmt.value(f.total(gwp), f.availability(gwp)) + " "
                    + fmt.unit(gwp)));
        }
        return BarChart.stacked(fmt.texts().get("chart_phases_title") + " (" + fmt.unit(gwp) + ")",
                phaseSeries(fmt), rows, fmt::number);
    }

    /** Each category's share of the climate-change total. */
    static String categoryShares(Report report, Fmt fmt) {
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        List<BarChart.Row> rows = new ArrayList<>();
        for (Report.CategoryEntry c : report.categories()) {
            double t = c.footprint().total(gwp);
            rows.add(new BarChart.Row(fmt.texts().category(c.name()), new double[] {Math.max(0, t)},
                    fmt.percent(report.share(t, gwp)) + " · " + fmt.value(t, c.footprint().availability(gwp))
                            + " " + fmt.unit(gwp)));
        }
        return BarChart.stacked(fmt.texts().get("chart_categories_title") + " (" + fmt.unit(gwp) + ")",
                List.of(new BarChart.Series(fmt.label(gwp), CATEGORY_COLOR)), rows, fmt::number);
    }

    /** For every indicator, the share of each phase in its total (100 % bars). */
    static String phaseSharesByIndicator(Report report, Fmt fmt) {
        Footprint total = report.total();
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
