package dev.impact.report;

import dev.impact.engine.Accounting;
import dev.impact.engine.AppliedDefault;
import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.ConventionDifference;
import dev.impact.engine.LineResult;
import dev.impact.factor.Factor;
import dev.impact.factor.Parameter;
import dev.impact.factor.FactorCatalog;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.ServerFleet;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import dev.impact.measure.Phase;
import dev.impact.uncertainty.UncertainAssessment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The model of a report on one {@link Assessment}: everything the renderers show, computed once. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Report report = Report.of(assessment, catalog);
 * String html = report.render(Format.HTML, Locale.FRENCH);
 * report.write(Format.JSON, Locale.ROOT, Path.of("fleet.json"));
 * }</pre>
 *
 * <p>Sections: headline totals per indicator ({@link #total()}), breakdowns by category ({@link #categories()}),
 * phase ({@link #byPhase(Indicator)}) and line ({@link #lines()}), top contributors, completed inputs
 * ({@link #defaults()}), factors with provenance ({@link #factors()}), method notes ({@link #accounting()},
 * {@link #models()}), illustrative equivalences, and optionally the uncertainty ({@link
 * #withUncertainty(UncertainAssessment)}). Offer comparisons and scenarios have their own reports:
 * {@link ComparisonReport}, {@link ScenarioReport}.
 */
public final class Report implements ReportDocument {
    /** Version of the JSON output's schema; bumped (minor: additions, major: changes) with the schema file. */
    public static final String SCHEMA_VERSION = "1.2";
    /** Class-path resource of the JSON Schema (draft 2020-12) of {@link Format#JSON} output. */
    public static final String SCHEMA_RESOURCE = "/dev/impact/report/report.schema.json";

    private final Assessment assessment;
    private final List<LineEntry> lines;
    private final List<CategoryEntry> categories;
    private final List<Factor> factors;
    private final List<Parameter> parameters;
    private final List<AppliedDefault> defaults;
    private final List<String> models;
    private final List<Equivalence> equivalences;
    private final UncertainAssessment uncertainty; // null: no uncertainty section
    private final String title; // null: the inventory's name
    private final Sections sections;
    private final ConventionDifference peerDifference; // null: no "why impact differs" section

    private Report(Assessment assessment, List<LineEntry> lines, List<CategoryEntry> categories,
                   List<Factor> factors, List<Parameter> parameters, List<AppliedDefault> defaults,
                   List<String> models, List<Equivalence> equivalences, UncertainAssessment uncertainty,
                   String title, Sections sections) {
        this(assessment, lines, categories, factors, parameters, defaults, models, equivalences, uncertainty, title,
                sections, null);
    }

    private Report(Assessment assessment, List<LineEntry> lines, List<CategoryEntry> categories,
                   List<Factor> factors, List<Parameter> parameters, List<AppliedDefault> defaults,
                   List<String> models, List<Equivalence> equivalences, UncertainAssessment uncertainty,
                   String title, Sections sections, ConventionDifference peerDifference) {
        this.peerDifference = peerDifference;
        this.assessment = assessment;
        this.lines = lines;
        this.categories = categories;
        this.factors = factors;
        this.parameters = parameters;
        this.defaults = defaults;
        this.models = models;
        this.equivalences = equivalences;
        this.uncertainty = uncertainty;
        this.title = title;
        this.sections = sections;
    }

    /**
     * The report on {@code assessment}, reading the provenance of the factors it used from {@code catalog} (the
     * catalog the assessment was made with, or one that contains it), with the {@linkplain Equivalence#defaults()
     * default equivalences}.
     *
     * @throws IllegalArgumentException if a factor the assessment used is not in {@code catalog}
     */
    public static Report of(Assessment assessment, FactorCatalog catalog) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(catalog, "catalog");
        List<Factor> factors = new ArrayList<>();
        for (String id : assessment.factorIds()) {
            factors.add(catalog.factor(id).orElseThrow(() -> new IllegalArgumentException("factor '" + id
                    + "' used by the assessment is not in the catalog " + catalog.name() + " " + catalog.version()
                    + "; pass the catalog the assessment was made with (" + assessment.catalogName() + " "
                    + assessment.catalogVersion() + ")")));
        }
        List<Parameter> parameters = new ArrayList<>();
        for (String id : assessment.parameterIds()) {
            parameters.add(catalog.parameter(id).orElseThrow(() -> new IllegalArgumentException("parameter '" + id
                    + "' used by the assessment is not in the catalog " + catalog.name() + " " + catalog.version()
                    + "; pass the catalog the assessment was made with (" + assessment.catalogName() + " "
                    + assessment.catalogVersion() + ")")));
        }
        List<LineEntry> lines = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> models = new LinkedHashSet<>();
        int index = 0;
        for (LineResult r : assessment.lines()) {
            InventoryLine l = r.line();
            lines.add(new LineEntry(++index, l.label(), l.category(), l.quantity(), r.footprint(), r.factorIds(),
                    r.defaults()));
            counts.merge(l.category(), 1, Integer::sum);
            models.add(model(l));
        }
        List<CategoryEntry> categories = new ArrayList<>();
        assessment.byCategory().forEach((name, fp) -> categories.add(new CategoryEntry(name, counts.get(name), fp)));
        categories.sort(Comparator.comparingDouble((CategoryEntry c) ->
                -orZero(c.footprint().total(Indicator.CLIMATE_CHANGE))));
        return new Report(assessment, List.copyOf(lines), List.copyOf(categories), List.copyOf(factors),
                List.copyOf(parameters), List.copyOf(assessment.defaults()), List.copyOf(models),
                Equivalence.defaults(), null, null, Sections.ALL);
    }

    /**
     * The report on {@code uncertain}'s central assessment, with its uncertainty: {@code Report.of(
     * uncertain.assessment(), catalog).withUncertainty(uncertain)}.
     *
     * @throws IllegalArgumentException if a factor the assessment used is not in {@code catalog}
     */
    public static Report of(UncertainAssessment uncertain, FactorCatalog catalog) {
        Objects.requireNonNull(uncertain, "uncertain");
        return of(uncertain.assessment(), catalog).withUncertainty(uncertain);
    }

    private static String model(InventoryLine l) {
        if (l instanceof DeviceFleet) {
            return "device";
        }
        if (l instanceof ServerFleet) {
            return "server";
        }
        if (l instanceof dev.impact.inventory.NetworkTransfer) {
            return "network-" + ((dev.impact.inventory.NetworkTransfer) l).model().name().toLowerCase(Locale.ROOT);
        }
        if (l instanceof dev.impact.inventory.DataStorage) {
            return "storage-" + ((dev.impact.inventory.DataStorage) l).model().name().toLowerCase(Locale.ROOT);
        }
        if (l instanceof dev.impact.inventory.CloudCompute) {
            return "cloud";
        }
        return "ai";
    }

    /** A copy illustrating the climate-change total with these equivalences (may be empty). */
    public Report withEquivalences(List<Equivalence> equivalences) {
        return new Report(assessment, lines, categories, factors, parameters, defaults, models,
                List.copyOf(Objects.requireNonNull(equivalences, "equivalences")), uncertainty, title, sections,
                peerDifference);
    }

    /**
     * A copy showing the uncertainty of the assessment: key figures and the category and line tables with their
     * p5–p95 range (the lowest and highest percentiles the simulation reports), the main drivers of the variance,
     * the simulation's settings in the method notes, and an {@code uncertainty} object in JSON.
     *
     * <pre>{@code
     * UncertainAssessment u = Impact.using(catalog).uncertainty(MonteCarlo.builder().seed(42).build())
     *         .assessWithUncertainty(inventory);
     * Report report = Report.of(u.assessment(), catalog).withUncertainty(u);
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code uncertain} is not of this report's assessment (another inventory,
     *                                  catalog or result)
     */
    public Report withUncertainty(UncertainAssessment uncertain) {
        Objects.requireNonNull(uncertain, "uncertain");
        Assessment other = uncertain.assessment();
        if (other != assessment && !sameResult(other, assessment)) {
            throw new IllegalArgumentException("uncertain must be the uncertainty of this report's assessment ('"
                    + assessment.inventoryName() + "', " + assessment.lines().size() + " lines, catalog "
                    + assessment.catalogChecksum() + "), was of '" + other.inventoryName() + "', "
                    + other.lines().size() + " lines, catalog " + other.catalogChecksum());
        }
        return new Report(assessment, lines, categories, factors, parameters, defaults, models, equivalences,
                uncertain, title, sections, peerDifference);
    }

    /** The same inventory name, catalog, options and central totals (within 1e-9, relative) line by line. */
    private static boolean sameResult(Assessment a, Assessment b) {
        if (!a.inventoryName().equals(b.inventoryName()) || !a.catalogChecksum().equals(b.catalogChecksum())
                || !a.catalogVersion().equals(b.catalogVersion()) || a.lines().size() != b.lines().size()
                || a.options().accounting() != b.options().accounting()
                || a.options().reportingYear() != b.options().reportingYear()
                || a.options().periodYears() != b.options().periodYears()) {
            return false;
        }
        for (int k = 0; k < a.lines().size(); k++) {
            Footprint x = a.lines().get(k).footprint();
            Footprint y = b.lines().get(k).footprint();
            for (Indicator i : Indicator.values()) {
                double u = x.total(i);
                double v = y.total(i);
                if (x.availability(i) != y.availability(i)
                        || Math.abs(u - v) > 1e-9 * Math.max(Math.abs(u), Math.abs(v))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The uncertainty shown, if {@link #withUncertainty(UncertainAssessment)} gave one. */
    public Optional<UncertainAssessment> uncertainty() {
        return Optional.ofNullable(uncertainty);
    }

    /** The assessment reported on. */
    public Assessment assessment() {
        return assessment;
    }

    /** The report's title: the one given with {@link #withTitle(String)}, else the inventory's name. */
    public String title() {
        return title == null ? assessment.inventoryName() : title;
    }

    /**
     * A copy with this title (e.g. "Empreinte du numérique 2024 — délibération du 12 mars") instead of the
     * inventory's name.
     *
     * @throws IllegalArgumentException if {@code title} is blank
     */
    public Report withTitle(String title) {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank, was '" + title + "'");
        }
        return new Report(assessment, lines, categories, factors, parameters, defaults, models, equivalences,
                uncertainty, title.strip(), sections, peerDifference);
    }

    /**
     * A copy with a section "why impact's default differs from the peer" (HTML, Markdown and JSON): each convention
     * or data choice of the peer that changes lines of this inventory, with their climate change under both
     * conventions (from {@code Assessor.differenceFrom(inventory, peer)} on this report's inventory).
     *
     * @throws IllegalArgumentException if the difference's impact total is not this report's climate change
     */
    public Report withConventionDifference(ConventionDifference difference) {
        Objects.requireNonNull(difference, "difference");
        double own = orZero(assessment.total(Indicator.CLIMATE_CHANGE));
        if (Math.abs(difference.impactKgCo2e() - own) > 1e-9 * Math.max(1, Math.abs(own))
                && assessment.options().convention() == dev.impact.inventory.Convention.IMPACT) {
            throw new IllegalArgumentException("difference must be of this report's inventory under impact's"
                    + " conventions (" + own + " kgCO2e), was of one with " + difference.impactKgCo2e() + " kgCO2e");
        }
        return new Report(assessment, lines, categories, factors, parameters, defaults, models, equivalences,
                uncertainty, title, sections, difference);
    }

    /** The difference from a peer shown, if {@link #withConventionDifference} gave one. */
    public Optional<ConventionDifference> conventionDifference() {
        return Optional.ofNullable(peerDifference);
    }

    /** The parts the HTML and Markdown formats show ({@link Sections#ALL} unless chosen). */
    public Sections sections() {
        return sections;
    }

    /** A copy whose HTML and Markdown show these parts: the summary, the annex, or both (CSV and JSON: all). */
    public Report withSections(Sections sections) {
        return new Report(assessment, lines, categories, factors, parameters, defaults, models, equivalences,
                uncertainty, title, Objects.requireNonNull(sections, "sections"), peerDifference);
    }

    /** The assessment's options (reporting year, period, accounting, default zone). */
    public AssessmentOptions options() {
        return assessment.options();
    }

    /** The accounting convention (method note). */
    public Accounting accounting() {
        return assessment.options().accounting();
    }

    /** The total over all lines. */
    public Footprint total() {
        return assessment.total();
    }

    /** Total per phase for one indicator ({@link Double#NaN} for a phase without data). */
    public Map<Phase, Double> byPhase(Indicator indicator) {
        return assessment.byPhase(indicator);
    }

    /** One entry per category, largest climate-change total first (ties in order of first appearance). */
    public List<CategoryEntry> categories() {
        return categories;
    }

    /** One entry per inventory line, in inventory order, numbered from 1. */
    public List<LineEntry> lines() {
        return lines;
    }

    /**
     * The {@code n} lines with the largest total of {@code indicator}, largest first; lines without data for it are
     * left out.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public List<LineEntry> topContributors(Indicator indicator, int n) {
        Objects.requireNonNull(indicator, "indicator");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        List<LineEntry> out = new ArrayList<>();
        for (LineEntry l : lines) {
            if (!Double.isNaN(l.footprint().total(indicator))) {
                out.add(l);
            }
        }
        out.sort(Comparator.comparingDouble((LineEntry l) -> -l.footprint().total(indicator)));
        return List.copyOf(out.subList(0, Math.min(n, out.size())));
    }

    /**
     * The share of {@code part} in the report's total of {@code indicator}, in [0, 1]; {@link Double#NaN} when either
     * is not available or the total is 0.
     */
    public double share(double part, Indicator indicator) {
        double all = total().total(indicator);
        return Double.isNaN(part) || Double.isNaN(all) || all == 0 ? Double.NaN : part / all;
    }

    /** Every distinct input the engine completed, in order of first use. */
    public List<AppliedDefault> defaults() {
        return defaults;
    }

    /** The parameters the assessment used (model constants, archetype defaults taken), with their provenance. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The factors the assessment used, with their provenance, in order of first use. */
    public List<Factor> factors() {
        return factors;
    }

    /** Name of the factor catalog. */
    public String catalogName() {
        return assessment.catalogName();
    }

    /** Dataset version of the factor catalog. */
    public String catalogVersion() {
        return assessment.catalogVersion();
    }

    /** Checksum of the factor catalog's data. */
    public String catalogChecksum() {
        return assessment.catalogChecksum();
    }

    /** The computation models used ({@code device}, {@code server}), in order of first use. */
    public List<String> models() {
        return models;
    }

    /** The equivalences that illustrate the climate-change total. */
    public List<Equivalence> equivalences() {
        return equivalences;
    }

    /** A one-screen summary: title, climate-change total, categories and their shares. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Report on %s: %d lines, %s accounting, year %d, factors %s %s%n",
                title(), lines.size(), accounting().name().toLowerCase(Locale.ROOT), options().reportingYear(),
                catalogName(), catalogVersion()));
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        sb.append(String.format(Locale.ROOT, "%-24s %12s  %s%n", "climate change",
                Numbers.format(total().total(gwp)) + (total().availability(gwp) == Availability.PARTIAL ? "*" : ""),
                gwp.unit()));
        for (CategoryEntry c : categories) {
            double t = c.footprint().total(gwp);
            double s = share(t, gwp);
            sb.append(String.format(Locale.ROOT, "  %-22s %12s  %s%n", c.name(), Numbers.format(t),
                    Double.isNaN(s) ? "" : String.format(Locale.ROOT, "%.1f %%", 100 * s)));
        }
        return sb.toString();
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /**
     * One inventory line in a report.
     *
     * @param index     position in the inventory, from 1
     * @param label     the user's label (free text: renderers escape it)
     * @param category  the category used in breakdowns
     * @param quantity  number of units
     * @param footprint the line's footprint over the period
     * @param factorIds ids of the factors used
     * @param defaults  inputs the engine completed for this line
     */
    public record LineEntry(int index, String label, String category, double quantity, Footprint footprint,
                            List<String> factorIds, List<AppliedDefault> defaults) {
        public LineEntry {
            if (index < 1) {
                throw new IllegalArgumentException("index must be >= 1, was " + index);
            }
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(footprint, "footprint");
            factorIds = List.copyOf(factorIds);
            defaults = List.copyOf(defaults);
        }
    }

    /**
     * One category in a report.
     *
     * @param name      the category
     * @param lineCount number of lines in it (>= 1)
     * @param footprint the sum of its lines
     */
    public record CategoryEntry(String name, int lineCount, Footprint footprint) {
        public CategoryEntry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(footprint, "footprint");
            if (lineCount < 1) {
                throw new IllegalArgumentException("lineCount must be >= 1, was " + lineCount);
            }
        }
    }
}
