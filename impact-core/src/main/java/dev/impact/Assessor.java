package dev.impact;

import dev.impact.compare.Comparison;
import dev.impact.compare.KeepOrReplace;
import dev.impact.compare.Offer;
import dev.impact.compare.Scenario;
import dev.impact.compare.ScenarioResult;
import dev.impact.compare.Trajectory;
import dev.impact.engine.Accounting;
import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.ConventionDifference;
import dev.impact.engine.Engine;
import dev.impact.engine.Sci;
import dev.impact.engine.WebSegments;
import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.internal.Suggestions;
import dev.impact.inventory.Convention;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.measure.Indicator;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.UncertainAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one front door: a factor catalog, the assessment options and, optionally, Monte Carlo settings, given once;
 * then the verbs. Made by {@link Impact#using(FactorCatalog)}.
 *
 * <pre>{@code
 * Assessor door = Impact.using(Factors.builtIn()).reportingYear(2024).zone("FR");
 * Inventory fleet = Inventory.of("town hall", DeviceFleet.of("laptop", 120).lifetimeYears(5));
 * Assessment a = door.assess(fleet);
 * UncertainAssessment u = door.uncertainty(MonteCarlo.builder().seed(42).build()).assessWithUncertainty(fleet);
 * ScenarioResult r = door.scenario(fleet, Scenario.named("6 years").extendLifetime("laptop", 2));
 * }</pre>
 *
 * <p>Every setting returns a new assessor and leaves this one unchanged; each is checked when given, and a bad value
 * raises an {@link IllegalArgumentException} that names the setting and quotes the value. Until set, the options are
 * {@link AssessmentOptions#defaults()} (yearly accounting over one year, the current calendar year, zone FR, the
 * catalog's source order) and the uncertainty verbs use {@link MonteCarlo#defaults()} (10 000 draws, seed 1).
 *
 * <p>Immutable and thread-safe (the catalog must be, as the {@link FactorCatalog} contract requires): one assessor
 * can serve every thread. The verbs keep their working state per call, except {@link #session()}, whose session
 * belongs to one thread. No {@code null} in or out.
 */
public final class Assessor {
    private final Engine engine;
    private final AssessmentOptions options;
    /** The Monte Carlo settings given, or null for {@link MonteCarlo#defaults()}. */
    private final MonteCarlo monteCarlo;

    private Assessor(Engine engine, AssessmentOptions options, MonteCarlo monteCarlo) {
        this.engine = engine;
        this.options = options;
        this.monteCarlo = monteCarlo;
    }

    /** An assessor of {@code catalog} with default options and no Monte Carlo settings. */
    static Assessor of(FactorCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new Assessor(Engine.of(catalog), AssessmentOptions.defaults(), null);
    }

    private Assessor with(AssessmentOptions newOptions) {
        return new Assessor(engine, newOptions, monteCarlo);
    }

    // ---- settings

    /**
     * A copy reporting on {@code year}: factors are the newest whose data year is not after it.
     *
     * @throws IllegalArgumentException if the year is not between 1990 and 2200
     */
    public Assessor reportingYear(int year) {
        return with(options.reportingYear(year));
    }

    /**
     * A copy with this reporting period, in years (usually 1).
     *
     * @throws IllegalArgumentException if {@code years} is not a finite number &gt; 0
     */
    public Assessor periodYears(double years) {
        return with(options.periodYears(years));
    }

    /** A copy with this accounting convention ({@link Accounting#YEARLY} until set). */
    public Assessor accounting(Accounting accounting) {
        Objects.requireNonNull(accounting, "accounting");
        return with(options.accounting(accounting));
    }

    /**
     * A copy that refuses ({@code true}) or completes and counts ({@code false}, the default) equipment lines without
     * a purchase year in flow and amortised accounting ({@link AssessmentOptions#requirePurchaseYears(boolean)}).
     */
    public Assessor requirePurchaseYears(boolean require) {
        return with(options.requirePurchaseYears(require));
    }

    /**
     * A copy with this electricity zone for the lines that give none: a zone code the catalog has a grid factor for
     * (case-insensitive; a catalog that knows zone names, such as the bundled one, also takes {@code "France"} or
     * {@code "FRA"}).
     *
     * @throws IllegalArgumentException if the zone is blank or not a zone of the catalog (with the closest ones)
     */
    public Assessor zone(String zone) {
        Objects.requireNonNull(zone, "zone");
        if (zone.isBlank()) {
            throw new IllegalArgumentException("zone must not be blank, was '" + zone + "'");
        }
        FactorCatalog catalog = engine.catalog();
        String code = catalog.zoneCode(zone).orElseThrow(() -> new IllegalArgumentException(
                "zone must be an electricity zone of " + catalog.name() + " " + catalog.version() + ", was '"
                        + zone + "'" + Suggestions.didYouMean(zone.trim(), catalog.zoneCodes())));
        return with(options.defaultZone(code));
    }

    /**
     * A copy preferring factors of these sources, in this order, over the catalog's own preference (none: the
     * catalog's order).
     *
     * @throws IllegalArgumentException if an id is blank or no factor of the catalog comes from it (with the closest
     *                                  source ids)
     */
    public Assessor preferSources(String... sourceIds) {
        Objects.requireNonNull(sourceIds, "sourceIds");
        Set<String> known = null;
        for (String id : sourceIds) {
            Objects.requireNonNull(id, "sourceIds element");
            if (id.isBlank()) {
                throw new IllegalArgumentException("preferSources: a source id must not be blank, was '" + id + "'");
            }
            if (known == null) {
                known = new TreeSet<>();
                for (Factor f : engine.catalog().factors()) {
                    known.add(f.sourceId());
                }
            }
            if (!known.contains(id)) {
                throw new IllegalArgumentException("preferSources: no factor of " + engine.catalog().name() + " "
                        + engine.catalog().version() + " comes from source '" + id + "'"
                        + Suggestions.didYouMean(id, known));
            }
        }
        return with(options.preferSources(sourceIds));
    }

    /**
     * A copy whose lines follow this peer's conventions and data ({@link Convention#IMPACT}, impact's own, until set),
     * except the lines that set their own: {@code convention(Convention.CO2JS)} gives co2.js's numbers for the lines
     * it has a model for. What each convention changes is documented on {@link Convention}; the one in force is
     * recorded in every result ({@code assessment.options().convention()}).
     */
    public Assessor convention(Convention convention) {
        Objects.requireNonNull(convention, "convention");
        return with(options.convention(convention));
    }

    /**
     * A copy with all of these options at once (replacing reporting year, period, accounting, zone, source
     * preference and convention). They are taken as they are: the zone and sources are checked by the engine when a line needs them.
     */
    public Assessor options(AssessmentOptions options) {
        return with(Objects.requireNonNull(options, "options"));
    }

    /**
     * A copy whose uncertainty verbs ({@link #assessWithUncertainty}, {@link #compare}, {@link #scenario}) use these
     * Monte Carlo settings (draws, seed, threads, percentiles, input spreads).
     */
    public Assessor uncertainty(MonteCarlo settings) {
        return new Assessor(engine, options, Objects.requireNonNull(settings, "settings"));
    }

    // ---- accessors

    /** The factor catalog. */
    public FactorCatalog catalog() {
        return engine.catalog();
    }

    /** The assessment options. */
    public AssessmentOptions options() {
        return options;
    }

    /** The Monte Carlo settings given with {@link #uncertainty(MonteCarlo)}, if any. */
    public Optional<MonteCarlo> monteCarlo() {
        return Optional.ofNullable(monteCarlo);
    }

    private MonteCarlo settings() {
        return monteCarlo == null ? MonteCarlo.defaults() : monteCarlo;
    }

    // ---- verbs

    /**
     * The segments of a network transfer line under a Sustainable Web Design model (data centre, network, device
     * operational; embodied or production), kgCO2e, as {@link #assess} computes the line (co2.js's
     * {@code results: 'segment'}).
     *
     * @throws IllegalArgumentException if the line's model is not SWD_V3 or SWD_V4, or it cannot be assessed
     */
    public WebSegments webSegments(NetworkTransfer line) {
        return engine.webSegments(line, options);
    }

    /**
     * Why impact's default differs from {@code peer} for {@code inventory}: the inventory assessed with this assessor's
     * options under {@link Convention#IMPACT} and under {@code peer} (lines with a convention of their own keep it),
     * the differing lines grouped by the convention or data choice behind them, each with its effect.
     *
     * @throws IllegalArgumentException if {@code peer} is IMPACT, or a line cannot be assessed
     */
    public ConventionDifference differenceFrom(Inventory inventory, Convention peer) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(peer, "peer");
        if (peer == Convention.IMPACT) {
            throw new IllegalArgumentException("peer must be another convention than IMPACT, was IMPACT");
        }
        return engine.differenceFrom(inventory, options, peer);
    }

    /**
     * The Software Carbon Intensity (ISO/IEC 21031:2024) of {@code inventory}: ((E × I) + M) per R, R being
     * {@code units} of {@code functionalUnit} (e.g. {@code sci(inventory, "user", 1400)}), with E, I and M shown
     * ({@link Sci}).
     *
     * @throws IllegalArgumentException if the unit is blank, units is not a finite number &gt; 0, or a line cannot be
     *                                  assessed
     */
    public Sci sci(Inventory inventory, String functionalUnit, double units) {
        return engine.sci(inventory, options, functionalUnit, units);
    }

    /**
     * Assesses every line of {@code inventory}.
     *
     * @throws IllegalArgumentException naming the line (index and label) and the problem, when a line cannot be
     *                                  assessed (unknown category or zone, no factor valid in the reporting year…)
     */
    public Assessment assess(Inventory inventory) {
        return engine.assess(Objects.requireNonNull(inventory, "inventory"), options);
    }

    /**
     * Assesses {@code inventory} and propagates the uncertainty of factors, parameters and input spreads by Monte
     * Carlo, with the settings given to {@link #uncertainty(MonteCarlo)} or {@link MonteCarlo#defaults()}.
     *
     * @throws IllegalArgumentException as {@link #assess(Inventory)}
     */
    public UncertainAssessment assessWithUncertainty(Inventory inventory) {
        return settings().run(engine, Objects.requireNonNull(inventory, "inventory"), options);
    }

    /**
     * Compares offers per functional unit under the same Monte Carlo draws (see {@link Comparison}).
     *
     * @throws IllegalArgumentException if fewer than two offers, names repeat, the functional unit kinds differ, or
     *                                  an offer cannot be assessed
     */
    public Comparison compare(Offer... offers) {
        Objects.requireNonNull(offers, "offers");
        return compare(List.of(offers));
    }

    /** As {@link #compare(Offer...)}. */
    public Comparison compare(List<Offer> offers) {
        return Comparison.of(engine, options, settings(), Objects.requireNonNull(offers, "offers"));
    }

    /**
     * Assesses {@code inventory} (the baseline) and the scenario applied to it, both with uncertainty under the same
     * draws (see {@link ScenarioResult}).
     *
     * @throws IllegalArgumentException as {@link #assess(Inventory)}, or if a lever makes a value invalid
     */
    public ScenarioResult scenario(Inventory inventory, Scenario scenario) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(scenario, "scenario");
        return ScenarioResult.of(engine, inventory, options, settings(), scenario);
    }

    /**
     * Assesses each year's inventory in its year (with this catalog and these options, the reporting year set to the
     * map's key) and splits each year-over-year change of climate change into fleet, factor-vintage and method
     * effects (see {@link Trajectory}; with one catalog and one set of options the method effect is 0).
     *
     * @throws IllegalArgumentException if the map is empty, or as {@link #assess(Inventory)} for a year
     */
    public Trajectory trajectory(Map<Integer, Inventory> inventoriesByYear) {
        Objects.requireNonNull(inventoriesByYear, "inventoriesByYear");
        List<Trajectory.Point> points = new ArrayList<>();
        new TreeMap<>(inventoriesByYear).forEach((year, inv) -> points.add(new Trajectory.Point(
                Objects.requireNonNull(inv, "inventory of " + year), engine.catalog(), options.reportingYear(year))));
        return Trajectory.of(points, Indicator.CLIMATE_CHANGE);
    }

    /**
     * Keep or replace, per dated device line of {@code inventory}: embodied climate impact already amortised and
     * still to amortise, and what replacing it now by new or refurbished devices adds over the next {@code years}
     * years (see {@link KeepOrReplace}).
     *
     * @throws IllegalArgumentException if {@code years} is not between 1 and 30, or as {@link #assess(Inventory)}
     */
    public List<KeepOrReplace.Decision> keepOrReplace(Inventory inventory, int years) {
        return KeepOrReplace.of(engine, Objects.requireNonNull(inventory, "inventory"), options, years);
    }

    /**
     * A streaming session with these options: lines assessed one at a time into the caller's accumulators, as
     * {@link #assess(Inventory)} would assess them. Not thread-safe: one session per thread.
     */
    public Engine.Session session() {
        return engine.session(options);
    }

    /** The catalog, the options (with units) and the Monte Carlo settings, on one line. */
    @Override
    public String toString() {
        FactorCatalog c = engine.catalog();
        return String.format(Locale.ROOT, "Assessor[factors %s %s, reporting year %d, period %s year(s), %s"
                        + " accounting, zone %s, sources %s, uncertainty %s]",
                c.name(), c.version(), options.reportingYear(), years(options.periodYears()),
                options.accounting().name().toLowerCase(Locale.ROOT), options.defaultZone(),
                options.sourcePreference().isEmpty() ? "in the catalog's order" : options.sourcePreference(),
                monteCarlo == null ? "MonteCarlo.defaults() when asked" : monteCarlo);
    }

    private static String years(double y) {
        return y == Math.rint(y) && Math.abs(y) < 1e15 ? Long.toString((long) y) : String.format(Locale.ROOT, "%s", y);
    }
}
