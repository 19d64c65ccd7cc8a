package dev.impact.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A fleet of identical end-user or network devices of one category (laptop, monitor, smartphone, switch…).
 * Anything left out (lifetime, use profile, mass, zone) is completed by the engine from the catalog's archetype
 * defaults, and the assessment records that it did.
 *
 * <pre>{@code
 * DeviceFleet laptops = DeviceFleet.of("laptop", 120).lifetimeYears(5).zone("FR");
 * DeviceFleet phones = DeviceFleet.of("smartphone", 40).refurbished().label("agents' phones");
 * }</pre>
 *
 * Immutable: every {@code withX}-style method returns a modified copy.
 */
public final class DeviceFleet implements Equipment {
    private final String label;
    private final String group; // null = not grouped
    private final double laterLifeYears; // second life: years of use expected after this organisation (0 = none)
    private final double previousLifeYears; // second life: years of use before this organisation (0 = none)
    private final int retirementYear; // 0 = not given
    private final String category;
    private final double count;
    private final double lifetimeYears; // NaN = not given
    private final UseProfile use; // null = not given
    private final String zone; // null = not given
    private final double massKg; // NaN = not given
    private final Condition condition;
    private final int purchaseYear; // 0 = not given
    private final String model; // null = not given: the category's figures
    private final DeclaredFootprint declared; // null = none
    private final String archetype; // null = the category's default (BoaviztAPI's terminal archetypes)
    private final Convention convention; // null = the assessment's
    private final Map<String, Integer> iotBlocks; // BoaviztAPI IoT functional block → security level, sorted

    /** BoaviztAPI's IoT functional blocks, in its order. */
    public static final List<String> IOT_BLOCKS = List.of("actuators", "casing", "connectivity", "memory", "others",
            "pcb", "power-supply", "processing", "security", "sensing", "user-interface");

    private DeviceFleet(String label, String category, double count, double lifetimeYears, UseProfile use, String zone,
                        double massKg, Condition condition, int purchaseYear, String group, int retirementYear,
                                double previousLifeYears, double laterLifeYears, String model,
                        DeclaredFootprint declared, String archetype, Convention convention,
                        Map<String, Integer> iotBlocks) {
        this.iotBlocks = iotBlocks;
        this.label = label;
        this.archetype = archetype;
        this.convention = convention;
        this.model = model;
        this.declared = declared;
        this.group = group;
        this.laterLifeYears = laterLifeYears;
        this.previousLifeYears = previousLifeYears;
        this.retirementYear = retirementYear;
        this.category = category;
        this.count = count;
        this.lifetimeYears = lifetimeYears;
        this.use = use;
        this.zone = zone;
        this.massKg = massKg;
        this.condition = condition;
        this.purchaseYear = purchaseYear;
    }

    /**
     * {@code count} devices of {@code category} (a catalog device key without its {@code device.} prefix, e.g.
     * {@code laptop}, {@code monitor}, {@code smartphone}), labelled with the category.
     *
     * @throws IllegalArgumentException if the category is blank or the count is not a finite number > 0
     */
    public static DeviceFleet of(String category, double count) {
        String c = category(category);
        return new DeviceFleet(c, c, Checks.positive(count, "count", "devices"), Double.NaN, null, null, Double.NaN,
                Condition.NEW, 0, null, 0, 0, 0, null, null, null, null, Map.of());
    }

    private static String category(String category) {
        if (category != null && Checks.isCanonical(category, true)) {
            return category;
        }
        return Checks.text(category, "category").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A mutable builder for {@code count} devices of {@code category}, for readers that build many lines: each
     * setter checks its value as the copy method of the same name does (same messages) and leaves the builder
     * unchanged when it throws; {@link Builder#build()} makes one line, equal to the one the chained copy methods
     * would make.
     *
     * <pre>{@code
     * DeviceFleet d = DeviceFleet.builder("laptop", 120).label("laptops").zone("FR").lifetimeYears(5).build();
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #of(String, double)}
     */
    public static Builder builder(String category, double count) {
        String c = category(category);
        return new Builder(c, Checks.positive(count, "count", "devices"));
    }

    /** Builds a {@link DeviceFleet}; see {@link #builder(String, double)}. Not thread-safe. */
    public static final class Builder {
        private String label;
        private String group;
        private double laterLifeYears;
        private double previousLifeYears;
        private int retirementYear;
        private final String category;
        private double count;
        private double lifetimeYears = Double.NaN;
        private UseProfile use;
        private String zone;
        private double massKg = Double.NaN;
        private Condition condition = Condition.NEW;
        private int purchaseYear;
        private String archetype;
        private Convention convention;
        private Map<String, Integer> iotBlocks = Map.of();

        private Builder(String category, double count) {
            this.label = category;
            this.category = category;
            this.count = count;
        }

        /** This label. */
        public Builder label(String label) {
            this.label = Checks.text(label, "label");
            return this;
        }

        /** In this group (a site, service or entity: free text, shown in reports' per-group results). */
        public Builder group(String group) {
            this.group = Checks.text(group, "group");
            return this;
        }

        /** This count (> 0). */
        public Builder count(double count) {
            this.count = Checks.positive(count, "count", "devices");
            return this;
        }

        /** This lifetime in years (> 0). */
        public Builder lifetimeYears(double years) {
            this.lifetimeYears = Checks.positive(years, "lifetimeYears", "years");
            return this;
        }

        /** Used {@code hoursPerDay} hours a day at an average of {@code watts} W. */
        public Builder power(double watts, double hoursPerDay) {
            return use(UseProfile.powerHours(watts, hoursPerDay));
        }

        /** Using {@code kWh} kWh per device per year. */
        public Builder energyKWhPerYear(double kWh) {
            return use(UseProfile.annualEnergy(kWh));
        }

        /** This use profile. */
        public Builder use(UseProfile use) {
            this.use = Objects.requireNonNull(use, "use");
            return this;
        }

        /** In this electricity zone (e.g. {@code FR}). */
        public Builder zone(String zone) {
            this.zone = Checks.zone(zone);
            return this;
        }

        /** This mass per device, in kg (> 0). */
        public Builder massKg(double kg) {
            this.massKg = Checks.positive(kg, "massKg", "kg");
            return this;
        }

        /** Bought refurbished. */
        public Builder refurbished() {
            return condition(Condition.REFURBISHED);
        }

        /** This condition. */
        public Builder condition(Condition condition) {
            this.condition = Objects.requireNonNull(condition, "condition");
            return this;
        }

        /** Bought in this year. */
        public Builder purchaseYear(int year) {
            this.purchaseYear = Checks.year(year, "purchaseYear");
            return this;
        }

        /** Taken out of service in this year (its effective lifetime is then retirementYear − purchaseYear). */
        public Builder retirementYear(int year) {
            this.retirementYear = Checks.year(year, "retirementYear");
            return this;
        }

        /** A second life: used {@code yearsBefore} years before this organisation, {@code yearsAfter} after it. */
        public Builder secondLife(double yearsBefore, double yearsAfter) {
            double b = Checks.nonNegative(yearsBefore, "previousLifeYears", "years");
            this.laterLifeYears = Checks.nonNegative(yearsAfter, "laterLifeYears", "years");
            this.previousLifeYears = b;
            return this;
        }

        /** BoaviztAPI's archetype for the line (see {@link DeviceFleet#archetype(String)}). */
        public Builder archetype(String archetype) {
            this.archetype = Checks.text(archetype, "archetype").trim().toLowerCase(Locale.ROOT);
            return this;
        }

        /** One of BoaviztAPI's IoT functional blocks (see {@link DeviceFleet#iotBlock(String, int)}). */
        public Builder iotBlock(String block, int level) {
            this.iotBlocks = withIotBlock(iotBlocks, block, level);
            return this;
        }

        /** Assessed with this peer's conventions (see {@link DeviceFleet#convention(Convention)}). */
        public Builder convention(Convention convention) {
            this.convention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /** The line. */
        public DeviceFleet build() {
            return new DeviceFleet(label, category, count, lifetimeYears, use, zone, massKg, condition, purchaseYear,
                    group, retirementYear, previousLifeYears, laterLifeYears, null, null, archetype, convention,
                    iotBlocks);
        }
    }

    /** A copy with this label. */
    public DeviceFleet label(String label) {
        return new DeviceFleet(Checks.text(label, "label"), category, count, lifetimeYears, use, zone, massKg,
                condition,
                purchaseYear, group, retirementYear, previousLifeYears, laterLifeYears, model, declared, archetype,
                convention, iotBlocks);
    }

    /** A copy in this group (a site, service or entity: free text, shown in reports' per-group results). */
    public DeviceFleet group(String group) {
        return new DeviceFleet(label, category, count, lifetimeYears, use, zone, massKg, condition,
                purchaseYear, Checks.text(group, "group"), retirementYear, previousLifeYears, laterLifeYears, model,
                declared, archetype, convention, iotBlocks);
    }

    /** A copy with this count (> 0). */
    public DeviceFleet count(double count) {
        return new DeviceFleet(label, category, Checks.positive(count, "count", "devices"), lifetimeYears, use, zone,
                massKg, condition, purchaseYear, group, retirementYear, previousLifeYears, laterLifeYears, model,
                declared, archetype, convention, iotBlocks);
    }

    /** A copy with this lifetime in years (> 0). */
    public DeviceFleet lifetimeYears(double years) {
        return new DeviceFleet(label, category, count, Checks.positive(years, "lifetimeYears", "years"), use, zone,
                massKg, condition, purchaseYear, group, retirementYear, previousLifeYears, laterLifeYears, model,
                declared, archetype, convention, iotBlocks);
    }

    /** A copy used {@code hoursPerDay} hours a day at an average of {@code watts} W. */
    public DeviceFleet power(double watts, double hoursPerDay) {
        return use(UseProfile.powerHours(watts, hoursPerDay));
    }

    /** A copy using {@code kWh} kWh per device per year. */
    public DeviceFleet energyKWhPerYear(double kWh) {
        return use(UseProfile.annualEnergy(kWh));
    }

    /** A copy with this use profile. */
    public DeviceFleet use(UseProfile use) {
        return new DeviceFleet(label, category, count, lifetimeYears, Objects.requireNonNull(use, "use"), zone, massKg,
                condition, purchaseYear, group, retirementYear, previousLifeYears, laterLifeYears, model, declared,
                archetype, convention, iotBlocks);
    }

    /** A copy in this electricity zone (e.g. {@code FR}). */
    public DeviceFleet zone(String zone) {
        return new DeviceFleet(label, category, count, lifetimeYears, use,
                Checks.zone(zone), massKg, condition, purchaseYear, group, retirementYear, previousLifeYears,
                        laterLifeYears, model, declared, archetype, convention, iotBlocks);
    }

    /** A copy with this mass per device, in kg (> 0), used for e-waste. */
    public DeviceFleet massKg(double kg) {
        return new DeviceFleet(label, category, count, lifetimeYears, use, zone, Checks.positive(kg, "massKg", "kg"),
                condition, purchaseYear, group, retirementYear, previousLifeYears, laterLifeYears, model, declared,
                archetype, convention, iotBlocks);
    }

    /** A copy bought refurbished. */
    public DeviceFleet refurbished() {
        return condition(Condition.REFURBISHED);
    }

    /** A copy with this condition. */
    public DeviceFleet condition(Condition condition) {
        return new DeviceFleet(label, category, count, lifetimeYears, use, zone, massKg,
                Objects.requireNonNull(condition, "condition"), purchaseYear, group, retirementYear,
                        previousLifeYears, laterLifeYears, model, declared, archetype, convention, iotBlocks);
    }

    /** A copy bought in this year. */
    public DeviceFleet purchaseYear(int year) {
        return new DeviceFleet(label, category, count, lifetimeYears, use, zone, massKg, condition,
                Checks.year(year, "purchaseYear"), group, retirementYear, previousLifeYears, laterLifeYears, model,
                declared, archetype, convention, iotBlocks);
    }

    /**
     * A copy taken out of service in this year: without a lifetime of its own, the line's effective lifetime is then
     * {@code retirementYear − purchaseYear} years, and it carries nothing in a reporting period after it.
     */
    public DeviceFleet retirementYear(int year) {
        return new DeviceFleet(label, category, count, lifetimeYears, use, zone, massKg, condition, purchaseYear,
                group, Checks.year(year, "retirementYear"), previousLifeYears, laterLifeYears, model, declared,
                archetype, convention, iotBlocks);
    }

    /**
     * A copy with a second life, allocated in proportion to the years of use (as NumEcoEval does): the device was
     * used {@code yearsBefore} years before this organisation and will be {@code yearsAfter} years after it, so the
     * organisation carries lifetime / (yearsBefore + lifetime + yearsAfter) of a new device's manufacture,
     * distribution, end of life and e-waste, instead of the refurbishment ratio.
     */
    public DeviceFleet secondLife(double yearsBefore, double yearsAfter) {
        return new DeviceFleet(label, category, count, lifetimeYears, use, zone, massKg, condition, purchaseYear,
                group, retirementYear, Checks.nonNegative(yearsBefore, "previousLifeYears", "years"),
                Checks.nonNegative(yearsAfter, "laterLifeYears", "years"), model, declared, archetype, convention,
                iotBlocks);
    }

    /**
     * A copy naming the device's model (maker and model, e.g. {@code "Dell Latitude 5430"}): its climate change
     * embodied footprint is then the manufacturer's sheet in the catalog ({@code product.<category>.<maker-model>}),
     * and its default energy and mass the sheet's; when the catalog has no such model, the category's figures are
     * used and the line says so. Other indicators stay the category's.
     */
    public DeviceFleet model(String model) {
        return new DeviceFleet(label, category, count, lifetimeYears, use, zone, massKg, condition, purchaseYear,
                group, retirementYear, previousLifeYears, laterLifeYears, Checks.text(model, "model").trim(),
                declared, archetype, convention, iotBlocks);
    }

    /**
     * A copy with the supplier's declared embodied climate footprint per device, which overrides the catalog's
     * (model or category) for climate change; the line carries the declaration's source and a check against the
     * range of the category's manufacturer sheets in the catalog.
     */
    public DeviceFleet declared(DeclaredFootprint declared) {
        return new DeviceFleet(label, category, count, lifetimeYears, use, zone, massKg, condition, purchaseYear,
                group, retirementYear, previousLifeYears, laterLifeYears, model,
                Objects.requireNonNull(declared, "declared"), archetype, convention, iotBlocks);
    }

    /**
     * A copy naming BoaviztAPI's archetype for this line: a terminal or peripheral ({@code laptop-perso},
     * {@code tv-perso}, {@code vr-headset-oled}…: the {@code archetype} input of {@code /v1/terminal} and
     * {@code /v1/peripheral}) or an IoT device ({@code drone_mini}, {@code occupancy_sensor}: {@code /v1/iot}). It
     * counts under {@link Convention#BOAVIZTAPI} only, where it picks BoaviztAPI's embedded figures and use defaults
     * (average power, use-time ratio, lifetime); without it the category's default archetype is taken, as BoaviztAPI
     * does. Under impact's convention the line keeps the category's figures and says the archetype was not used. The
     * archetype must be one of the category's (checked when assessed, with the known names).
     */
    public DeviceFleet archetype(String archetype) {
        return new DeviceFleet(label, category, count, lifetimeYears, use, zone, massKg, condition, purchaseYear,
                group, retirementYear, previousLifeYears, laterLifeYears, model, declared,
                Checks.text(archetype, "archetype").trim().toLowerCase(Locale.ROOT), convention, iotBlocks);
    }

    /**
     * A copy assessed with this peer's conventions whatever the assessment's. Under {@link Convention#BOAVIZTAPI}: the
     * line is assessed as BoaviztAPI's {@code /v1/terminal} or {@code /v1/peripheral} route assesses its archetype
     * (embedded impact, average power × use-time ratio, BoaviztAPI's grid factors, no distribution or end-of-life
     * split), and in yearly accounting the embodied share of a period is capped at the whole. See PEERS.md.
     */
    public DeviceFleet convention(Convention convention) {
        return new DeviceFleet(label, category, count, lifetimeYears, use, zone, massKg, condition, purchaseYear,
                group, retirementYear, previousLifeYears, laterLifeYears, model, declared, archetype,
                Objects.requireNonNull(convention, "convention"), iotBlocks);
    }

    /**
     * BoaviztAPI's IoT functional blocks ({@code /v1/iot/iot_device}): a copy of this {@code iot-device} line with
     * {@code block} at hardware security level {@code level} (0 to 3, BoaviztAPI's HSL-0 to HSL-3; not every block has
     * level 0). Blocks given replace the archetype's, as in BoaviztAPI. Counts under {@link Convention#BOAVIZTAPI}
     * only.
     *
     * @param block one of {@code actuators}, {@code casing}, {@code connectivity}, {@code memory}, {@code others},
     *              {@code pcb}, {@code power-supply}, {@code processing}, {@code security}, {@code sensing},
     *              {@code user-interface} ({@code _} is taken for {@code -})
     * @throws IllegalArgumentException for another block, a level outside 0 to 3, or a block given twice
     */
    public DeviceFleet iotBlock(String block, int level) {
        return new DeviceFleet(label, category, count, lifetimeYears, use, zone, massKg, condition, purchaseYear,
                group, retirementYear, previousLifeYears, laterLifeYears, model, declared, archetype, convention,
                withIotBlock(iotBlocks, block, level));
    }

    private static Map<String, Integer> withIotBlock(Map<String, Integer> blocks, String block, int level) {
        String b = Checks.text(block, "iotBlock").trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!IOT_BLOCKS.contains(b)) {
            throw new LineRejectedException("iotBlock", block, "unknown IoT functional block '" + block + "'; known: "
                    + String.join(", ", IOT_BLOCKS) + dev.impact.internal.Suggestions.didYouMean(b, IOT_BLOCKS));
        }
        if (level < 0 || level > 3) {
            throw new LineRejectedException("iotBlock", String.valueOf(level), "the hardware security level of " + b
                    + " must be 0 to 3, was " + level);
        }
        if (blocks.containsKey(b)) {
            throw new LineRejectedException("iotBlock", b, "IoT functional block " + b + " is given twice");
        }
        java.util.TreeMap<String, Integer> m = new java.util.TreeMap<>(blocks);
        m.put(b, level);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** BoaviztAPI's IoT functional blocks of the line and their security levels (empty when none is given). */
    public Map<String, Integer> iotBlocks() {
        return iotBlocks;
    }

    /** BoaviztAPI's archetype named for this line, if any ({@link #archetype(String)}). */
    public Optional<String> archetype() {
        return Optional.ofNullable(archetype);
    }

    @Override
    public Optional<Convention> convention() {
        return Optional.ofNullable(convention);
    }

    /** The model named, if any. */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    /** The supplier's declared embodied footprint, if any. */
    public Optional<DeclaredFootprint> declared() {
        return Optional.ofNullable(declared);
    }

    /** Years of use before this organisation (second life; 0 when none). */
    public double previousLifeYears() {
        return previousLifeYears;
    }

    /** Years of use expected after this organisation (second life; 0 when none). */
    public double laterLifeYears() {
        return laterLifeYears;
    }

    @Override
    public OptionalInt retirementYear() {
        return retirementYear == 0 ? OptionalInt.empty() : OptionalInt.of(retirementYear);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    @Override
    public String category() {
        return category;
    }

    @Override
    public double quantity() {
        return count;
    }

    /** Number of devices. */
    public double count() {
        return count;
    }

    @Override
    public OptionalDouble lifetimeYears() {
        return Double.isNaN(lifetimeYears) ? OptionalDouble.empty() : OptionalDouble.of(lifetimeYears);
    }

    /** The use profile, if given. */
    public Optional<UseProfile> use() {
        return Optional.ofNullable(use);
    }

    @Override
    public Optional<String> zone() {
        return Optional.ofNullable(zone);
    }

    /** Mass per device in kg, if given. */
    public OptionalDouble massKg() {
        return Double.isNaN(massKg) ? OptionalDouble.empty() : OptionalDouble.of(massKg);
    }

    /** New or refurbished. */
    public Condition condition() {
        return condition;
    }

    @Override
    public OptionalInt purchaseYear() {
        return purchaseYear == 0 ? OptionalInt.empty() : OptionalInt.of(purchaseYear);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DeviceFleet)) {
            return false;
        }
        DeviceFleet d = (DeviceFleet) o;
        return Double.compare(count, d.count) == 0 && Double.compare(lifetimeYears, d.lifetimeYears) == 0
                && Double.compare(massKg, d.massKg) == 0 && purchaseYear == d.purchaseYear
                        && label.equals(d.label) && Objects.equals(group, d.group) && Double.compare(laterLifeYears,
                                d.laterLifeYears) == 0 && Double.compare(previousLifeYears, d.previousLifeYears) == 0
                                        && retirementYear == d.retirementYear
                && category.equals(d.category) && Objects.equals(use, d.use) && Objects.equals(zone, d.zone)
                && condition == d.condition && Objects.equals(model, d.model) && Objects.equals(declared, d.declared)
                && Objects.equals(archetype, d.archetype) && convention == d.convention
                && iotBlocks.equals(d.iotBlocks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, group, laterLifeYears, previousLifeYears, retirementYear, category, count,
                lifetimeYears, use, zone, massKg, condition, purchaseYear, model, declared, archetype, convention,
                iotBlocks);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DeviceFleet[").append(label)
                .append(group == null ? "" : " @ " + group).append(": ")
                .append(dev.impact.measure.Numbers.format(count)).append(" × ").append(category);
        if (model != null) {
            sb.append(" '").append(model).append('\'');
        }
        if (declared != null) {
            sb.append(", ").append(declared);
        }
        if (condition == Condition.REFURBISHED) {
            sb.append(", refurbished");
        }
        if (archetype != null) {
            sb.append(", archetype ").append(archetype);
        }
        if (!iotBlocks.isEmpty()) {
            sb.append(", IoT blocks ").append(iotBlocks);
        }
        if (convention != null) {
            sb.append(", convention ").append(convention.label());
        }
        lifetimeYears().ifPresent(y -> sb.append(", ").append(y).append(" years"));
        if (use != null) {
            sb.append(", ").append(use);
        }
        if (zone != null) {
            sb.append(", zone ").append(zone);
        }
        massKg().ifPresent(m -> sb.append(", ").append(m).append(" kg"));
        purchaseYear().ifPresent(y -> sb.append(", bought ").append(y));
        retirementYear().ifPresent(y -> sb.append(", retired ").append(y));
        if (previousLifeYears > 0 || laterLifeYears > 0) {
            sb.append(", second life ").append(previousLifeYears).append(" + own + ").append(laterLifeYears)
                    .append(" years");
        }
        return sb.append(']').toString();
    }
}
