package dev.impact.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A fleet of identical servers described by their components, assessed bottom-up with BoaviztAPI's published
 * component methodology. Every component attribute left out is completed from the catalog's server archetype
 * (and recorded as such in the assessment).
 *
 * <pre>{@code
 * ServerFleet web = ServerFleet.of(4).label("web")
 *         .cpu(2, 12).cpuDieAreaPerCoreMm2(24.5).load(0.3)
 *         .ram(12, 32).ssd(2, 960).powerSupplies(2, 2.99)
 *         .lifetimeYears(5).zone("FR");
 * }</pre>
 *
 * Immutable: every setter-like method returns a modified copy.
 */
public final class ServerFleet implements Equipment {
    private final String label;
    private final String group; // null = not grouped
    private final int retirementYear; // 0 = not given
    private final double count;
    private final Configuration configuration;
    private final double lifetimeYears; // NaN = not given
    private final String zone; // null = not given
    private final int purchaseYear; // 0 = not given
    private final Convention convention; // null = the assessment's

    private ServerFleet(String label, double count, Configuration configuration, double lifetimeYears, String zone,
                        int purchaseYear, String group, int retirementYear, Convention convention) {
        this.label = label;
        this.group = group;
        this.retirementYear = retirementYear;
        this.count = count;
        this.configuration = configuration;
        this.lifetimeYears = lifetimeYears;
        this.zone = zone;
        this.purchaseYear = purchaseYear;
        this.convention = convention;
    }

    /**
     * {@code count} servers with every component attribute still to be given (or completed from the archetype).
     *
     * @throws IllegalArgumentException if the count is not a finite number > 0
     */
    public static ServerFleet of(double count) {
        return new ServerFleet("server", Checks.positive(count, "count", "servers"), Configuration.EMPTY, Double.NaN,
                null, 0, null, 0, null);
    }

    /**
     * One virtual machine of a cloud provider's catalogue, by name, as BoaviztAPI's {@code /v1/cloud/instance}: the
     * instance's vCPUs, memory and local storage come from the catalog's instance table
     * ({@code cloud.instance.<provider>.<platform>.<type>}, BoaviztAPI's AWS, Azure, GCP, OVHcloud and Scaleway tables)
     * and the bare-metal
     * platform it runs on from the platform table ({@code cloud.platform.<cpu>.<platform>}). The platform's embodied
     * impacts are shared out as BoaviztAPI does: RAM by the instance's share of the platform's memory, SSDs and HDDs by
     * its share of their capacity, everything else (CPUs, GPUs, motherboard, power supplies, case, assembly) by its
     * share of the platform's vCPUs (threads × CPUs); its power is the platform's CPU power × the vCPU share plus its
     * RAM power × the memory share, × (1 + the platform's other-components ratio). Usage inputs (load,
     * {@link #workload}, {@link #useTimeRatio}, lifetime, zone, PUE, measured power) apply as for a server; component
     * inputs are refused (the instance's configuration is the table's). {@code count(n)} makes n instances.
     *
     * <p>Provider ({@code aws}, {@code azure}, {@code gcp}, {@code ovhcloud}, {@code scaleway}) and instance type are matched ignoring case and
     * punctuation ({@code m5.xlarge}, {@code M5-XLARGE}); an unknown one is refused when the line is assessed, with
     * the closest names.
     */
    public static ServerFleet cloudInstance(String provider, String instanceType) {
        CloudInstance ci = new CloudInstance(Checks.text(provider, "cloud.provider"),
                Checks.text(instanceType, "cloud.instanceType"));
        return new ServerFleet(provider + " " + instanceType, 1,
                Configuration.EMPTY.toBuilder().detail(Detail.EMPTY.withCloud(ci)).build(), Double.NaN, null, 0,
                null, 0, null);
    }

    /**
     * A mutable builder for {@code count} servers, for readers that build many lines: each setter checks its value
     * as the copy method of the same name does (same messages, same order of checks) and leaves the builder
     * unchanged when it throws; {@link Builder#build()} makes one line and one {@link Configuration}, equal to what
     * the chained copy methods would make.
     *
     * <pre>{@code
     * ServerFleet web = ServerFleet.builder(4).label("web").cpu(2, 12).ram(12, 32).zone("FR").build();
     * }</pre>
     *
     * @param count number of servers (> 0)
     * @throws IllegalArgumentException as {@link #of(double)}
     */
    public static Builder builder(double count) {
        return new Builder(Checks.positive(count, "count", "servers"));
    }

    /** Builds a {@link ServerFleet}; see {@link #builder(double)}. Not thread-safe. */
    public static final class Builder {
        private static final int NONE = Integer.MIN_VALUE;
        private String label = "server";
        private String group;
        private int retirementYear;
        private double count;
        private double lifetimeYears = Double.NaN;
        private String zone;
        private int purchaseYear;
        private int cpuUnits = NONE;
        private int cpuCores = NONE;
        private double cpuDiePerCoreMm2 = Double.NaN;
        private double cpuDieAreaMm2 = Double.NaN;
        private double cpuTdpWatts = Double.NaN;
        private double load = Double.NaN;
        private int ramUnits = NONE;
        private double ramGb = Double.NaN;
        private double ramDensity = Double.NaN;
        private int ssdUnits = NONE;
        private double ssdGb = Double.NaN;
        private double ssdDensity = Double.NaN;
        private int hddUnits = NONE;
        private int psuUnits = NONE;
        private double psuMassKg = Double.NaN;
        private CaseType caseType;
        private double averagePowerWatts = Double.NaN;
        private double pue = Double.NaN;
        private Detail detail = Detail.EMPTY;
        private Convention convention;

        private Builder(double count) {
            this.count = count;
        }

        /** This label (not blank). */
        public Builder label(String label) {
            this.label = Checks.text(label, "label");
            return this;
        }

        /** In this group (a site, service or entity: free text, shown in reports' per-group results). */
        public Builder group(String group) {
            this.group = Checks.text(group, "group");
            return this;
        }

        /** This number of servers (> 0). */
        public Builder count(double count) {
            this.count = Checks.positive(count, "count", "servers");
            return this;
        }

        /** This lifetime, in years (> 0). */
        public Builder lifetimeYears(double years) {
            this.lifetimeYears = Checks.positive(years, "lifetimeYears", "years");
            return this;
        }

        /** In this electricity zone (e.g. {@code FR}). */
        public Builder zone(String zone) {
            this.zone = Checks.zone(zone);
            return this;
        }

        /** Bought in this year (1950 to 2200). */
        public Builder purchaseYear(int year) {
            this.purchaseYear = Checks.year(year, "purchaseYear");
            return this;
        }

        /** Taken out of service in this year (its effective lifetime is then retirementYear − purchaseYear). */
        public Builder retirementYear(int year) {
            this.retirementYear = Checks.year(year, "retirementYear");
            return this;
        }

        /** {@code units} CPUs (sockets, > 0) of {@code coresPerCpu} cores each (> 0). */
        public Builder cpu(int units, int coresPerCpu) {
            int u = Checks.positive(units, "cpu.units");
            this.cpuCores = Checks.positive(coresPerCpu, "cpu.cores");
            this.cpuUnits = u;
            return this;
        }

        /** Die area per core, in mm² (> 0). */
        public Builder cpuDieAreaPerCoreMm2(double mm2) {
            this.cpuDiePerCoreMm2 = Checks.positive(mm2, "cpu.dieAreaPerCore", "mm2");
            return this;
        }

        /** Total die area of one CPU, in mm² (> 0). */
        public Builder cpuDieAreaMm2(double mm2) {
            this.cpuDieAreaMm2 = Checks.positive(mm2, "cpu.dieArea", "mm2");
            return this;
        }

        /** Thermal design power of one CPU, in W (> 0). */
        public Builder cpuTdpWatts(double watts) {
            this.cpuTdpWatts = Checks.positive(watts, "cpu.tdp", "W");
            return this;
        }

        /** Average CPU load, between 0 and 1. */
        public Builder load(double load) {
            this.load = Checks.fraction(load, "load");
            return this;
        }

        /** {@code units} memory modules (> 0) of {@code gbEach} GB (> 0). */
        public Builder ram(int units, double gbEach) {
            int u = Checks.positive(units, "ram.units");
            this.ramGb = Checks.positive(gbEach, "ram.capacity", "GB");
            this.ramUnits = u;
            return this;
        }

        /** Memory density, in GB per cm² of die (> 0). */
        public Builder ramDensity(double gbPerCm2) {
            this.ramDensity = Checks.positive(gbPerCm2, "ram.density", "GB/cm2");
            return this;
        }

        /** {@code units} SSDs (>= 0) of {@code gbEach} GB (> 0). */
        public Builder ssd(int units, double gbEach) {
            int u = Checks.nonNegative(units, "ssd.units");
            this.ssdGb = Checks.positive(gbEach, "ssd.capacity", "GB");
            this.ssdUnits = u;
            return this;
        }

        /** SSD density, in GB per cm² of die (> 0). */
        public Builder ssdDensity(double gbPerCm2) {
            this.ssdDensity = Checks.positive(gbPerCm2, "ssd.density", "GB/cm2");
            return this;
        }

        /** {@code units} hard disk drives (>= 0). */
        public Builder hdd(int units) {
            this.hddUnits = Checks.nonNegative(units, "hdd.units");
            return this;
        }

        /** {@code units} power supplies (> 0) of {@code kgEach} kg (> 0). */
        public Builder powerSupplies(int units, double kgEach) {
            int u = Checks.positive(units, "psu.units");
            this.psuMassKg = Checks.positive(kgEach, "psu.mass", "kg");
            this.psuUnits = u;
            return this;
        }

        /** Rack or blade enclosure. */
        public Builder caseType(CaseType caseType) {
            this.caseType = Objects.requireNonNull(caseType, "caseType");
            return this;
        }

        /** Power usage effectiveness of the room or data centre (>= 1). */
        public Builder pue(double pue) {
            this.pue = Checks.pue(pue);
            return this;
        }

        /** A measured average electrical power of one server, in W (> 0). */
        public Builder averagePowerWatts(double watts) {
            this.averagePowerWatts = Checks.positive(watts, "averagePower", "W");
            return this;
        }

        /** Completed from this BoaviztAPI server archetype (see {@link ServerFleet#archetype(String)}). */
        public Builder archetype(String name) {
            this.detail = detail.withArchetype(Checks.text(name, "archetype"));
            return this;
        }

        /** The CPU model (see {@link ServerFleet#cpuName(String)}). */
        public Builder cpuName(String name) {
            this.detail = detail.withCpuName(Checks.text(name, "cpu.name"));
            return this;
        }

        /** The CPU family (see {@link ServerFleet#cpuFamily(String)}). */
        public Builder cpuFamily(String family) {
            this.detail = detail.withCpuFamily(Checks.text(family, "cpu.family"));
            return this;
        }

        /** {@code units} GPUs, 0 for none (see {@link ServerFleet#gpu(int)}). */
        public Builder gpu(int units) {
            this.detail = detail.withGpuUnits(Checks.nonNegative(units, "gpu.units"));
            return this;
        }

        /** The GPU model (see {@link ServerFleet#gpuName(String)}). */
        public Builder gpuName(String name) {
            this.detail = detail.withGpuName(Checks.text(name, "gpu.name"));
            return this;
        }

        /** The memory of one GPU, in GB (> 0). */
        public Builder gpuMemoryGb(double gb) {
            this.detail = detail.withGpuMemoryGb(Checks.positive(gb, "gpu.memory", "GB"));
            return this;
        }

        /** The average power of one GPU, in W (>= 0). */
        public Builder gpuPowerWatts(double watts) {
            this.detail = detail.withGpuPowerWatts(Checks.nonNegative(watts, "gpu.power", "W"));
            return this;
        }

        /**
         * A cloud instance by name (see {@link ServerFleet#cloudInstance(String, String)}); the label stays the
         * builder's.
         */
        public Builder cloudInstance(String provider, String instanceType) {
            this.detail = detail.withCloud(new CloudInstance(Checks.text(provider, "cloud.provider"),
                    Checks.text(instanceType, "cloud.instanceType")));
            return this;
        }

        /** The first RAM group's maker (see {@link ServerFleet#ramManufacturer(String)}). */
        public Builder ramManufacturer(String name) {
            this.detail = detail.withRamManufacture(detail.ramManufacture().withManufacturer(Checks.text(name,
                    "ram.manufacturer")));
            return this;
        }

        /** The RAM process node, nm (see {@link ServerFleet#ramProcessNm(double)}). */
        public Builder ramProcessNm(double nm) {
            this.detail = detail.withRamManufacture(detail.ramManufacture().withGeneration(Checks.positive(nm,
                    "ram.process", "nm")));
            return this;
        }

        /** The first SSD group's maker (see {@link ServerFleet#ssdManufacturer(String)}). */
        public Builder ssdManufacturer(String name) {
            this.detail = detail.withSsdManufacture(detail.ssdManufacture().withManufacturer(Checks.text(name,
                    "ssd.manufacturer")));
            return this;
        }

        /** The SSD's NAND layers (see {@link ServerFleet#ssdLayers(int)}). */
        public Builder ssdLayers(int layers) {
            this.detail = detail.withSsdManufacture(detail.ssdManufacture().withGeneration(Checks.positive(layers,
                    "ssd.layers")));
            return this;
        }

        /** The share of the time on, 0 to 1 (see {@link ServerFleet#useTimeRatio(double)}). */
        public Builder useTimeRatio(double ratio) {
            this.detail = detail.withUseTimeRatio(Checks.fraction(ratio, "useTimeRatio"));
            return this;
        }

        /** Assessed with this peer's conventions (see {@link ServerFleet#convention(Convention)}). */
        public Builder convention(Convention convention) {
            this.convention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /** The line. */
        public ServerFleet build() {
            return new ServerFleet(label, count, configuration(), lifetimeYears, zone, purchaseYear, group,
                    retirementYear, convention);
        }

        private Configuration configuration() {
            if (cpuUnits == NONE && cpuCores == NONE && Double.isNaN(cpuDiePerCoreMm2) && Double.isNaN(cpuDieAreaMm2)
                    && Double.isNaN(cpuTdpWatts) && Double.isNaN(load) && ramUnits == NONE && Double.isNaN(ramGb)
                    && Double.isNaN(ramDensity) && ssdUnits == NONE && Double.isNaN(ssdGb)
                    && Double.isNaN(ssdDensity) && hddUnits == NONE && psuUnits == NONE && Double.isNaN(psuMassKg)
                    && caseType == null && Double.isNaN(averagePowerWatts) && Double.isNaN(pue)
                    && detail == Detail.EMPTY) {
                return Configuration.EMPTY;
            }
            return new Configuration(i(cpuUnits), i(cpuCores), d(cpuDiePerCoreMm2), d(cpuDieAreaMm2), d(cpuTdpWatts),
                    d(load), i(ramUnits), d(ramGb), d(ramDensity), i(ssdUnits), d(ssdGb), d(ssdDensity), i(hddUnits),
                    i(psuUnits), d(psuMassKg), Optional.ofNullable(caseType), d(averagePowerWatts), d(pue),
                    detail);
        }

        private static OptionalInt i(int v) {
            return v == NONE ? OptionalInt.empty() : Configuration.optional(v);
        }

        private static OptionalDouble d(double v) {
            return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
        }
    }

    private ServerFleet with(Configuration c) {
        return new ServerFleet(label, count, c, lifetimeYears, zone, purchaseYear, group, retirementYear, convention);
    }

    /** A copy with this label. */
    public ServerFleet label(String label) {
        return new ServerFleet(Checks.text(label, "label"), count, configuration, lifetimeYears, zone, purchaseYear,
                group, retirementYear, convention);
    }

    /**
     * A copy taken out of service in this year: without a lifetime of its own, the line's effective lifetime is then
     * {@code retirementYear − purchaseYear} years, and it carries nothing in a reporting period after it.
     */
    public ServerFleet retirementYear(int year) {
        return new ServerFleet(label, count, configuration, lifetimeYears, zone, purchaseYear, group,
                Checks.year(year, "retirementYear"), convention);
    }

    @Override
    public OptionalInt retirementYear() {
        return retirementYear == 0 ? OptionalInt.empty() : OptionalInt.of(retirementYear);
    }

    /** A copy in this group (a site, service or entity: free text, shown in reports' per-group results). */
    public ServerFleet group(String group) {
        return new ServerFleet(label, count, configuration, lifetimeYears, zone, purchaseYear, Checks.text(group,
                "group"), retirementYear, convention);
    }

    /** A copy with this count. */
    public ServerFleet count(double count) {
        return new ServerFleet(label, Checks.positive(count, "count", "servers"), configuration, lifetimeYears, zone,
                purchaseYear, group, retirementYear, convention);
    }

    /** A copy with this lifetime in years (> 0). */
    public ServerFleet lifetimeYears(double years) {
        return new ServerFleet(label, count, configuration, Checks.positive(years, "lifetimeYears", "years"), zone,
                purchaseYear, group, retirementYear, convention);
    }

    /** A copy in this electricity zone. */
    public ServerFleet zone(String zone) {
        return new ServerFleet(label, count, configuration, lifetimeYears,
                Checks.zone(zone), purchaseYear, group, retirementYear, convention);
    }

    /** A copy bought in this year. */
    public ServerFleet purchaseYear(int year) {
        return new ServerFleet(label, count, configuration, lifetimeYears, zone, Checks.year(year, "purchaseYear"),
                group, retirementYear, convention);
    }

    /** {@code units} CPUs (sockets) of {@code coresPerCpu} cores each. */
    public ServerFleet cpu(int units, int coresPerCpu) {
        return with(configuration.toBuilder().cpuUnits(Checks.positive(units, "cpu.units"))
                .cpuCores(Checks.positive(coresPerCpu, "cpu.cores")).build());
    }

    /** Die area per core, in mm² (the die area of one CPU is this × cores). */
    public ServerFleet cpuDieAreaPerCoreMm2(double mm2) {
        return with(configuration.toBuilder().cpuDiePerCoreMm2(Checks.positive(mm2, "cpu.dieAreaPerCore", "mm2"))
                .build());
    }

    /** Total die area of one CPU, in mm² (takes precedence over the per-core area). */
    public ServerFleet cpuDieAreaMm2(double mm2) {
        return with(configuration.toBuilder().cpuDieAreaMm2(Checks.positive(mm2, "cpu.dieArea", "mm2")).build());
    }

    /** Thermal design power of one CPU, in W: the power curve is then taken through TDP-relative points. */
    public ServerFleet cpuTdpWatts(double watts) {
        return with(configuration.toBuilder().cpuTdpWatts(Checks.positive(watts, "cpu.tdp", "W")).build());
    }

    /** Average CPU load, between 0 and 1. */
    public ServerFleet load(double load) {
        Configuration c = configuration.toBuilder().load(Checks.fraction(load, "load")).build();
        return with(c.toBuilder().detail(c.detail().withWorkload(List.of())).build());
    }

    /** {@code units} memory modules of {@code gbEach} GB. */
    public ServerFleet ram(int units, double gbEach) {
        return with(configuration.toBuilder().ramUnits(Checks.positive(units, "ram.units"))
                .ramGb(Checks.positive(gbEach, "ram.capacity", "GB")).build());
    }

    /** Memory density, in GB per cm² of die. */
    public ServerFleet ramDensity(double gbPerCm2) {
        return with(configuration.toBuilder().ramDensity(Checks.positive(gbPerCm2, "ram.density", "GB/cm2")).build());
    }

    /** {@code units} SSDs of {@code gbEach} GB ({@code units} may be 0 for none). */
    public ServerFleet ssd(int units, double gbEach) {
        return with(configuration.toBuilder().ssdUnits(Checks.nonNegative(units, "ssd.units"))
                .ssdGb(Checks.positive(gbEach, "ssd.capacity", "GB")).build());
    }

    /** SSD density, in GB per cm² of die. */
    public ServerFleet ssdDensity(double gbPerCm2) {
        return with(configuration.toBuilder().ssdDensity(Checks.positive(gbPerCm2, "ssd.density", "GB/cm2")).build());
    }

    /** {@code units} hard disk drives (0 for none). */
    public ServerFleet hdd(int units) {
        return with(configuration.toBuilder().hddUnits(Checks.nonNegative(units, "hdd.units")).build());
    }

    /** {@code units} power supplies of {@code kgEach} kg. */
    public ServerFleet powerSupplies(int units, double kgEach) {
        return with(configuration.toBuilder().psuUnits(Checks.positive(units, "psu.units"))
                .psuMassKg(Checks.positive(kgEach, "psu.mass", "kg")).build());
    }

    /**
     * Completed from this BoaviztAPI server archetype (e.g. {@code platform_compute_medium}, {@code dellR740}, or one
     * of its cloud platforms such as {@code m5.metal}): each attribute left out is taken from the catalog's
     * {@code server.archetype.<name>.*} (or {@code cloud.platform.*}) parameters before the generic {@code server.*}
     * defaults. An unknown name is refused when the line is assessed, with the closest names.
     */
    public ServerFleet archetype(String name) {
        return withDetail(configuration.detail().withArchetype(Checks.text(name, "archetype")));
    }

    /**
     * The CPU model, e.g. {@code Intel Xeon Gold 6248}: completes its TDP, cores and die area from the catalog's CPU
     * table ({@code cpu.spec.*}, matched on the name's letters and digits, case and punctuation ignored), and picks
     * the model range's power curve (Xeon Platinum, Gold, Silver, E5, E3, E). Inputs given on the line win.
     */
    public ServerFleet cpuName(String name) {
        return withDetail(configuration.detail().withCpuName(Checks.text(name, "cpu.name")));
    }

    /**
     * The CPU family (code name, e.g. {@code Cascade Lake}, {@code Milan}): completes the die area from the family's
     * rows of the CPU table as BoaviztAPI does (mean of the rows with the same core count, else a rule of three when
     * all rows share one core count, else a linear fit of die area on cores; the family mean without a core count).
     */
    public ServerFleet cpuFamily(String family) {
        return withDetail(configuration.detail().withCpuFamily(Checks.text(family, "cpu.family")));
    }

    /**
     * A mixed workload: the server spends each share of its time at a CPU load; the average power is the
     * time-weighted mean of the powers at those loads (BoaviztAPI's {@code usage.time_workload} as a list). Time
     * shares are fractions (0 to 1) that may sum to less than 1 (the rest of the time the server draws nothing, as in
     * BoaviztAPI) but not more. Replaces {@link #load(double)}.
     */
    public ServerFleet workload(WorkloadShare... shares) {
        Objects.requireNonNull(shares, "shares");
        List<WorkloadShare> list = List.of(shares);
        if (list.isEmpty()) {
            throw new LineRejectedException("workload", "", "workload needs at least one time share");
        }
        double sum = 0;
        for (WorkloadShare w : list) {
            sum += w.timeShare();
        }
        if (sum > 1 + 1e-9) {
            throw new LineRejectedException("workload", String.valueOf(sum), "workload time shares must sum to at"
                    + " most 1, was " + sum);
        }
        Configuration c = configuration.toBuilder().clearLoad().build();
        return with(c.toBuilder().detail(c.detail().withWorkload(list)).build());
    }

    /**
     * A further group of {@code units} memory modules of {@code gbEach} GB beside the one given by
     * {@link #ram(int, double)} (or, when none was given, that group itself). {@code gbPerCm2} is the group's die
     * density (NaN: the catalog's default).
     */
    public ServerFleet addRam(int units, double gbEach, double gbPerCm2) {
        Checks.positive(units, "ram.units");
        Checks.positive(gbEach, "ram.capacity", "GB");
        if (!Double.isNaN(gbPerCm2)) {
            Checks.positive(gbPerCm2, "ram.density", "GB/cm2");
        }
        if (configuration.ramUnits().isEmpty()) {
            ServerFleet s = ram(units, gbEach);
            return Double.isNaN(gbPerCm2) ? s : s.ramDensity(gbPerCm2);
        }
        return withDetail(configuration.detail().withMoreRam(new Group(units, gbEach, gbPerCm2)));
    }

    /** {@link #addRam(int, double, double)} at the catalog's default density. */
    public ServerFleet addRam(int units, double gbEach) {
        return addRam(units, gbEach, Double.NaN);
    }

    /**
     * A further group of {@code units} SSDs of {@code gbEach} GB beside the one given by {@link #ssd(int, double)}
     * (or, when none was given, that group itself); {@code gbPerCm2} NaN for the catalog's default density.
     */
    public ServerFleet addSsd(int units, double gbEach, double gbPerCm2) {
        Checks.positive(units, "ssd.units");
        Checks.positive(gbEach, "ssd.capacity", "GB");
        if (!Double.isNaN(gbPerCm2)) {
            Checks.positive(gbPerCm2, "ssd.density", "GB/cm2");
        }
        if (configuration.ssdUnits().isEmpty()) {
            ServerFleet s = ssd(units, gbEach);
            return Double.isNaN(gbPerCm2) ? s : s.ssdDensity(gbPerCm2);
        }
        return withDetail(configuration.detail().withMoreSsd(new Group(units, gbEach, gbPerCm2)));
    }

    /** {@link #addSsd(int, double, double)} at the catalog's default density. */
    public ServerFleet addSsd(int units, double gbEach) {
        return addSsd(units, gbEach, Double.NaN);
    }

    /** {@code units} more hard disk drives beside those given by {@link #hdd(int)} (BoaviztAPI: a constant per drive). */
    public ServerFleet addHdd(int units) {
        Checks.positive(units, "hdd.units");
        if (configuration.hddUnits().isEmpty()) {
            return hdd(units);
        }
        return withDetail(configuration.detail().withMoreHdd(configuration.detail().moreHdd() + units));
    }

    /**
     * The maker of the first RAM group's modules (BoaviztAPI's {@code ram.manufacturer}: Samsung, SK hynix or Micron in
     * its table): the density is the mean of the maker's rows in BoaviztAPI's RAM table (of its rows at
     * {@link #ramProcessNm} when given too). A density given with {@link #ramDensity} wins. An unknown maker is
     * refused when the line is assessed, with the closest names.
     */
    public ServerFleet ramManufacturer(String name) {
        Detail d = configuration.detail();
        return withDetail(d.withRamManufacture(d.ramManufacture().withManufacturer(Checks.text(name,
                "ram.manufacturer"))));
    }

    /** The RAM's process node in nm (BoaviztAPI's {@code ram.process}, > 0): see {@link #ramManufacturer}. */
    public ServerFleet ramProcessNm(double nm) {
        Detail d = configuration.detail();
        return withDetail(d.withRamManufacture(d.ramManufacture().withGeneration(Checks.positive(nm, "ram.process",
                "nm"))));
    }

    /**
     * The maker of the first SSD group's NAND (BoaviztAPI's {@code disk.manufacturer}: Samsung, Micron, Intel, Toshiba,
     * Toshiba/WD, Micron/Intel in its table): the density is the mean of the maker's rows in BoaviztAPI's SSD table (of
     * its rows with {@link #ssdLayers} when given too). A density given with {@link #ssdDensity} wins.
     */
    public ServerFleet ssdManufacturer(String name) {
        Detail d = configuration.detail();
        return withDetail(d.withSsdManufacture(d.ssdManufacture().withManufacturer(Checks.text(name,
                "ssd.manufacturer"))));
    }

    /** The SSD's number of NAND layers (BoaviztAPI's {@code disk.layers}, > 0): see {@link #ssdManufacturer}. */
    public ServerFleet ssdLayers(int layers) {
        Detail d = configuration.detail();
        return withDetail(d.withSsdManufacture(d.ssdManufacture().withGeneration(Checks.positive(layers,
                "ssd.layers"))));
    }

    /**
     * The share of the time the server (or cloud instance) is on, 0 to 1 (BoaviztAPI's {@code usage.use_time_ratio}):
     * the use-phase energy is multiplied by it; the embodied impacts are not. Without it a server is on all the time
     * (1, BoaviztAPI's default for servers and cloud instances).
     */
    public ServerFleet useTimeRatio(double ratio) {
        return withDetail(configuration.detail().withUseTimeRatio(Checks.fraction(ratio, "useTimeRatio")));
    }

    /**
     * {@code units} GPUs (> 0, or 0 for none), each completed from BoaviztAPI's default GPU archetype ("Large GPU":
     * 1.69 kg, 80 GB of memory, an 814 mm² die) unless named or given.
     */
    public ServerFleet gpu(int units) {
        return withDetail(configuration.detail().withGpuUnits(Checks.nonNegative(units, "gpu.units")));
    }

    /** The GPU model (e.g. {@code NVIDIA A100 PCIe 40GB}), from the catalog's GPU table ({@code gpu.spec.*}). */
    public ServerFleet gpuName(String name) {
        return withDetail(configuration.detail().withGpuName(Checks.text(name, "gpu.name")));
    }

    /** The memory of one GPU, in GB (> 0). */
    public ServerFleet gpuMemoryGb(double gb) {
        return withDetail(configuration.detail().withGpuMemoryGb(Checks.positive(gb, "gpu.memory", "GB")));
    }

    /**
     * The average electrical power of one GPU, in W: added to the server's power (BoaviztAPI has no GPU power model,
     * so without it a GPU adds no use-phase energy; the assessment says so).
     */
    public ServerFleet gpuPowerWatts(double watts) {
        return withDetail(configuration.detail().withGpuPowerWatts(Checks.nonNegative(watts, "gpu.power", "W")));
    }

    private ServerFleet withDetail(Detail d) {
        return with(configuration.toBuilder().detail(d).build());
    }

    /** Rack or blade enclosure. */
    public ServerFleet caseType(CaseType caseType) {
        return with(configuration.toBuilder().caseType(Objects.requireNonNull(caseType, "caseType")).build());
    }

    /**
     * Hosted in a room or data centre of this power usage effectiveness (>= 1): IT energy × PUE. Without it, the
     * catalog's PUE for the zone (or the world) applies.
     */
    public ServerFleet pue(double pue) {
        return with(configuration.toBuilder().pue(Checks.pue(pue)).build());
    }

    /** A measured average electrical power of one server, in W: bypasses the power model. */
    public ServerFleet averagePowerWatts(double watts) {
        return with(configuration.toBuilder().averagePowerWatts(Checks.positive(watts, "averagePower", "W")).build());
    }

    /**
     * A copy assessed with this peer's conventions whatever the assessment's. Under {@link Convention#BOAVIZTAPI}: with
     * a TDP the CPU power curve is BoaviztAPI's logarithmic curve refitted through the TDP points (instead of impact's
     * straight lines between them), and in yearly accounting the embodied share of a period is capped at the whole
     * (period / lifetime at most 1, as BoaviztAPI's {@code duration / hours_life_time}).
     */
    public ServerFleet convention(Convention convention) {
        return new ServerFleet(label, count, configuration, lifetimeYears, zone, purchaseYear, group, retirementYear,
                Objects.requireNonNull(convention, "convention"));
    }

    @Override
    public Optional<Convention> convention() {
        return Optional.ofNullable(convention);
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
    public double quantity() {
        return count;
    }

    /** Number of servers. */
    public double count() {
        return count;
    }

    @Override
    public String category() {
        return "server";
    }

    /** The component configuration as given (absent attributes are completed by the engine). */
    public Configuration configuration() {
        return configuration;
    }

    @Override
    public OptionalDouble lifetimeYears() {
        return Double.isNaN(lifetimeYears) ? OptionalDouble.empty() : OptionalDouble.of(lifetimeYears);
    }

    @Override
    public Optional<String> zone() {
        return Optional.ofNullable(zone);
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
        if (!(o instanceof ServerFleet)) {
            return false;
        }
        ServerFleet s = (ServerFleet) o;
        return Double.compare(count, s.count) == 0 && Double.compare(lifetimeYears, s.lifetimeYears) == 0
                && purchaseYear == s.purchaseYear && label.equals(s.label) && Objects.equals(group, s.group)
                        && retirementYear == s.retirementYear
                        && configuration.equals(s.configuration) && convention == s.convention
                && Objects.equals(zone, s.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, group, retirementYear, count, configuration, lifetimeYears, zone, purchaseYear,
                convention);
    }

    @Override
    public String toString() {
        return "ServerFleet[" + label + (group == null ? "" : " @ " + group) + ": "
                + dev.impact.measure.Numbers.format(count) + " × " + configuration
                + lifetimeYears().stream().mapToObj(y -> ", " + y + " years").findFirst().orElse("")
                + (zone == null ? "" : ", zone " + zone)
                + (convention == null ? "" : ", convention " + convention.label()) + "]";
    }

    /**
     * The component attributes of one server, each optional. Equal configurations share one computation plan in the
     * engine.
     */
    public record Configuration(OptionalInt cpuUnits, OptionalInt cpuCores, OptionalDouble cpuDiePerCoreMm2,
                                OptionalDouble cpuDieAreaMm2, OptionalDouble cpuTdpWatts, OptionalDouble load,
                                OptionalInt ramUnits, OptionalDouble ramGb, OptionalDouble ramDensity,
                                OptionalInt ssdUnits, OptionalDouble ssdGb, OptionalDouble ssdDensity,
                                OptionalInt hddUnits, OptionalInt psuUnits, OptionalDouble psuMassKg,
                                Optional<CaseType> caseType, OptionalDouble averagePowerWatts, OptionalDouble pue,
                                Detail detail) {
        static final Configuration EMPTY = new Builder().build();
        /** OptionalInt of 0..255, shared (component counts are small; OptionalInt is a value-based class). */
        private static final OptionalInt[] SMALL = new OptionalInt[256];

        static {
            for (int v = 0; v < SMALL.length; v++) {
                SMALL[v] = OptionalInt.of(v);
            }
        }

        static OptionalInt optional(int v) {
            return v >= 0 && v < SMALL.length ? SMALL[v] : OptionalInt.of(v);
        }

        public Configuration {
            Objects.requireNonNull(cpuUnits, "cpuUnits");
            Objects.requireNonNull(cpuCores, "cpuCores");
            Objects.requireNonNull(cpuDiePerCoreMm2, "cpuDiePerCoreMm2");
            Objects.requireNonNull(cpuDieAreaMm2, "cpuDieAreaMm2");
            Objects.requireNonNull(cpuTdpWatts, "cpuTdpWatts");
            Objects.requireNonNull(load, "load");
            Objects.requireNonNull(ramUnits, "ramUnits");
            Objects.requireNonNull(ramGb, "ramGb");
            Objects.requireNonNull(ramDensity, "ramDensity");
            Objects.requireNonNull(ssdUnits, "ssdUnits");
            Objects.requireNonNull(ssdGb, "ssdGb");
            Objects.requireNonNull(ssdDensity, "ssdDensity");
            Objects.requireNonNull(hddUnits, "hddUnits");
            Objects.requireNonNull(psuUnits, "psuUnits");
            Objects.requireNonNull(psuMassKg, "psuMassKg");
            Objects.requireNonNull(caseType, "caseType");
            Objects.requireNonNull(averagePowerWatts, "averagePowerWatts");
            Objects.requireNonNull(pue, "pue");
            Objects.requireNonNull(detail, "detail");
        }

        Builder toBuilder() {
            Builder b = new Builder();
            b.cpuUnits = cpuUnits;
            b.cpuCores = cpuCores;
            b.cpuDiePerCoreMm2 = cpuDiePerCoreMm2;
            b.cpuDieAreaMm2 = cpuDieAreaMm2;
            b.cpuTdpWatts = cpuTdpWatts;
            b.load = load;
            b.ramUnits = ramUnits;
            b.ramGb = ramGb;
            b.ramDensity = ramDensity;
            b.ssdUnits = ssdUnits;
            b.ssdGb = ssdGb;
            b.ssdDensity = ssdDensity;
            b.hddUnits = hddUnits;
            b.psuUnits = psuUnits;
            b.psuMassKg = psuMassKg;
            b.caseType = caseType;
            b.averagePowerWatts = averagePowerWatts;
            b.pue = pue;
            b.detail = detail;
            return b;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("server");
            cpuUnits.ifPresent(u -> sb.append(" ").append(u).append(" CPU"));
            cpuCores.ifPresent(c -> sb.append(" × ").append(c).append(" cores"));
            ramUnits.ifPresent(u -> sb.append(", RAM ").append(u).append(" × ").append(ramGb.orElse(Double.NaN))
                    .append(" GB"));
            ssdUnits.ifPresent(u -> sb.append(", SSD ").append(u).append(" × ").append(ssdGb.orElse(Double.NaN))
                    .append(" GB"));
            hddUnits.ifPresent(u -> sb.append(", HDD ").append(u));
            load.ifPresent(l -> sb.append(", load ").append(l));
            pue.ifPresent(p -> sb.append(", PUE ").append(p));
            if (!detail.equals(Detail.EMPTY)) {
                sb.append(", ").append(detail);
            }
            return sb.toString();
        }

        private static final class Builder {
            OptionalInt cpuUnits = OptionalInt.empty();
            OptionalInt cpuCores = OptionalInt.empty();
            OptionalDouble cpuDiePerCoreMm2 = OptionalDouble.empty();
            OptionalDouble cpuDieAreaMm2 = OptionalDouble.empty();
            OptionalDouble cpuTdpWatts = OptionalDouble.empty();
            OptionalDouble load = OptionalDouble.empty();
            OptionalInt ramUnits = OptionalInt.empty();
            OptionalDouble ramGb = OptionalDouble.empty();
            OptionalDouble ramDensity = OptionalDouble.empty();
            OptionalInt ssdUnits = OptionalInt.empty();
            OptionalDouble ssdGb = OptionalDouble.empty();
            OptionalDouble ssdDensity = OptionalDouble.empty();
            OptionalInt hddUnits = OptionalInt.empty();
            OptionalInt psuUnits = OptionalInt.empty();
            OptionalDouble psuMassKg = OptionalDouble.empty();
            Optional<CaseType> caseType = Optional.empty();
            OptionalDouble averagePowerWatts = OptionalDouble.empty();
            OptionalDouble pue = OptionalDouble.empty();
            Detail detail = Detail.EMPTY;

            Builder cpuUnits(int v) { cpuUnits = OptionalInt.of(v); return this; }
            Builder cpuCores(int v) { cpuCores = OptionalInt.of(v); return this; }
            Builder cpuDiePerCoreMm2(double v) { cpuDiePerCoreMm2 = OptionalDouble.of(v); return this; }
            Builder cpuDieAreaMm2(double v) { cpuDieAreaMm2 = OptionalDouble.of(v); return this; }
            Builder cpuTdpWatts(double v) { cpuTdpWatts = OptionalDouble.of(v); return this; }
            Builder load(double v) { load = OptionalDouble.of(v); return this; }
            Builder clearLoad() { load = OptionalDouble.empty(); return this; }
            Builder ramUnits(int v) { ramUnits = OptionalInt.of(v); return this; }
            Builder ramGb(double v) { ramGb = OptionalDouble.of(v); return this; }
            Builder ramDensity(double v) { ramDensity = OptionalDouble.of(v); return this; }
            Builder ssdUnits(int v) { ssdUnits = OptionalInt.of(v); return this; }
            Builder ssdGb(double v) { ssdGb = OptionalDouble.of(v); return this; }
            Builder ssdDensity(double v) { ssdDensity = OptionalDouble.of(v); return this; }
            Builder hddUnits(int v) { hddUnits = OptionalInt.of(v); return this; }
            Builder psuUnits(int v) { psuUnits = OptionalInt.of(v); return this; }
            Builder psuMassKg(double v) { psuMassKg = OptionalDouble.of(v); return this; }
            Builder caseType(CaseType v) { caseType = Optional.of(v); return this; }
            Builder averagePowerWatts(double v) { averagePowerWatts = OptionalDouble.of(v); return this; }
            Builder pue(double v) { pue = OptionalDouble.of(v); return this; }
            Builder detail(Detail v) { detail = v; return this; }

            Configuration build() {
                return new Configuration(cpuUnits, cpuCores, cpuDiePerCoreMm2, cpuDieAreaMm2, cpuTdpWatts, load,
                        ramUnits, ramGb, ramDensity, ssdUnits, ssdGb, ssdDensity, hddUnits, psuUnits, psuMassKg,
                        caseType, averagePowerWatts, pue, detail);
            }
        }
    }
    /** One share of a mixed workload: {@code timeShare} of the time (0 to 1) at CPU {@code load} (0 to 1). */
    public record WorkloadShare(double timeShare, double load) {
        public WorkloadShare {
            Checks.fraction(timeShare, "workload.timeShare");
            Checks.fraction(load, "workload.load");
        }

        /** {@code timeShare} of the time at {@code load}. */
        public static WorkloadShare of(double timeShare, double load) {
            return new WorkloadShare(timeShare, load);
        }
    }

    /**
     * The maker and generation of a RAM or SSD group, completing its density from BoaviztAPI's tables: the
     * manufacturer ({@code Samsung}, {@code SK hynix}, {@code Micron}…) and the process in nm (RAM) or the number of
     * NAND layers (SSD), each optional.
     */
    public record Manufacture(Optional<String> manufacturer, OptionalDouble generation) {
        /** Neither given. */
        public static final Manufacture NONE = new Manufacture(Optional.empty(), OptionalDouble.empty());

        public Manufacture {
            Objects.requireNonNull(manufacturer, "manufacturer");
            Objects.requireNonNull(generation, "generation");
        }

        Manufacture withManufacturer(String v) {
            return new Manufacture(Optional.of(v), generation);
        }

        Manufacture withGeneration(double v) {
            return new Manufacture(manufacturer, OptionalDouble.of(v));
        }

        @Override
        public String toString() {
            return manufacturer.orElse("any maker") + generation.stream().mapToObj(g -> " " + g).findFirst()
                    .orElse("");
        }
    }

    /** A cloud instance by name: provider (aws, azure, gcp, ovhcloud, scaleway) and instance type. */
    public record CloudInstance(String provider, String instanceType) {
        public CloudInstance {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(instanceType, "instanceType");
        }

        @Override
        public String toString() {
            return provider + " " + instanceType;
        }
    }

    /** A further group of memory modules or SSDs: units × GB each, at a density in GB/cm² (NaN: default). */
    public record Group(int units, double capacityGb, double densityGbPerCm2) {
    }

    /**
     * The attributes beyond the first RAM and SSD group: an archetype name, the CPU's name or family, a mixed
     * workload, further RAM/SSD groups and HDDs, and GPUs. {@link #EMPTY} when none is given (the usual case: one
     * shared instance, compared by identity first).
     */
    public record Detail(Optional<String> archetype, Optional<String> cpuName, Optional<String> cpuFamily,
                         List<WorkloadShare> workload, List<Group> moreRam, List<Group> moreSsd, int moreHdd,
                         OptionalInt gpuUnits, Optional<String> gpuName, OptionalDouble gpuMemoryGb,
                         OptionalDouble gpuPowerWatts, Optional<CloudInstance> cloud, OptionalDouble useTimeRatio,
                         Manufacture ramManufacture, Manufacture ssdManufacture) {
        /** No further attribute. */
        public static final Detail EMPTY = new Detail(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), List.of(), 0, OptionalInt.empty(), Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(), Manufacture.NONE,
                Manufacture.NONE);

        public Detail {
            Objects.requireNonNull(archetype, "archetype");
            Objects.requireNonNull(cpuName, "cpuName");
            Objects.requireNonNull(cpuFamily, "cpuFamily");
            workload = List.copyOf(workload);
            moreRam = List.copyOf(moreRam);
            moreSsd = List.copyOf(moreSsd);
            Objects.requireNonNull(gpuUnits, "gpuUnits");
            Objects.requireNonNull(gpuName, "gpuName");
            Objects.requireNonNull(gpuMemoryGb, "gpuMemoryGb");
            Objects.requireNonNull(gpuPowerWatts, "gpuPowerWatts");
            Objects.requireNonNull(cloud, "cloud");
            Objects.requireNonNull(useTimeRatio, "useTimeRatio");
            Objects.requireNonNull(ramManufacture, "ramManufacture");
            Objects.requireNonNull(ssdManufacture, "ssdManufacture");
        }

        Detail withRamManufacture(Manufacture v) {
            return new Detail(archetype, cpuName, cpuFamily, workload, moreRam, moreSsd, moreHdd, gpuUnits, gpuName,
                    gpuMemoryGb, gpuPowerWatts, cloud, useTimeRatio, v, ssdManufacture);
        }

        Detail withSsdManufacture(Manufacture v) {
            return new Detail(archetype, cpuName, cpuFamily, workload, moreRam, moreSsd, moreHdd, gpuUnits, gpuName,
                    gpuMemoryGb, gpuPowerWatts, cloud, useTimeRatio, ramManufacture, v);
        }

        Detail withCloud(CloudInstance v) {
            return new Detail(archetype, cpuName, cpuFamily, workload, moreRam, moreSsd, moreHdd, gpuUnits, gpuName,
                    gpuMemoryGb, gpuPowerWatts, Optional.of(v), useTimeRatio, ramManufacture, ssdManufacture);
        }

        Detail withUseTimeRatio(double v) {
            return new Detail(archetype, cpuName, cpuFamily, workload, moreRam, moreSsd, moreHdd, gpuUnits, gpuName,
                    gpuMemoryGb, gpuPowerWatts, cloud, OptionalDouble.of(v), ramManufacture, ssdManufacture);
        }

        Detail withArchetype(String v) {
            return new Detail(Optional.of(v), cpuName, cpuFamily, workload, moreRam, moreSsd, moreHdd, gpuUnits,
                    gpuName, gpuMemoryGb, gpuPowerWatts, cloud, useTimeRatio, ramManufacture, ssdManufacture);
        }

        Detail withCpuName(String v) {
            return new Detail(archetype, Optional.of(v), cpuFamily, workload, moreRam, moreSsd, moreHdd, gpuUnits,
                    gpuName, gpuMemoryGb, gpuPowerWatts, cloud, useTimeRatio, ramManufacture, ssdManufacture);
        }

        Detail withCpuFamily(String v) {
            return new Detail(archetype, cpuName, Optional.of(v), workload, moreRam, moreSsd, moreHdd, gpuUnits,
                    gpuName, gpuMemoryGb, gpuPowerWatts, cloud, useTimeRatio, ramManufacture, ssdManufacture);
        }

        Detail withWorkload(List<WorkloadShare> v) {
            return new Detail(archetype, cpuName, cpuFamily, v, moreRam, moreSsd, moreHdd, gpuUnits, gpuName,
                    gpuMemoryGb, gpuPowerWatts, cloud, useTimeRatio, ramManufacture, ssdManufacture);
        }

        Detail withMoreRam(Group g) {
            List<Group> l = new java.util.ArrayList<>(moreRam);
            l.add(g);
            return new Detail(archetype, cpuName, cpuFamily, workload, l, moreSsd, moreHdd, gpuUnits, gpuName,
                    gpuMemoryGb, gpuPowerWatts, cloud, useTimeRatio, ramManufacture, ssdManufacture);
        }

        Detail withMoreSsd(Group g) {
            List<Group> l = new java.util.ArrayList<>(moreSsd);
            l.add(g);
            return new Detail(archetype, cpuName, cpuFamily, workload, moreRam, l, moreHdd, gpuUnits, gpuName,
                    gpuMemoryGb, gpuPowerWatts, cloud, useTimeRatio, ramManufacture, ssdManufacture);
        }

        Detail withMoreHdd(int v) {
            return new Detail(archetype, cpuName, cpuFamily, workload, moreRam, moreSsd, v, gpuUnits, gpuName,
                    gpuMemoryGb, gpuPowerWatts, cloud, useTimeRatio, ramManufacture, ssdManufacture);
        }

        Detail withGpuUnits(int v) {
            return new Detail(archetype, cpuName, cpuFamily, workload, moreRam, moreSsd, moreHdd, OptionalInt.of(v),
                    gpuName, gpuMemoryGb, gpuPowerWatts, cloud, useTimeRatio, ramManufacture, ssdManufacture);
        }

        Detail withGpuName(String v) {
            return new Detail(archetype, cpuName, cpuFamily, workload, moreRam, moreSsd, moreHdd, gpuUnits,
                    Optional.of(v), gpuMemoryGb, gpuPowerWatts, cloud, useTimeRatio, ramManufacture, ssdManufacture);
        }

        Detail withGpuMemoryGb(double v) {
            return new Detail(archetype, cpuName, cpuFamily, workload, moreRam, moreSsd, moreHdd, gpuUnits, gpuName,
                    OptionalDouble.of(v), gpuPowerWatts, cloud, useTimeRatio, ramManufacture, ssdManufacture);
        }

        Detail withGpuPowerWatts(double v) {
            return new Detail(archetype, cpuName, cpuFamily, workload, moreRam, moreSsd, moreHdd, gpuUnits, gpuName,
                    gpuMemoryGb, OptionalDouble.of(v), cloud, useTimeRatio, ramManufacture, ssdManufacture);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            cloud.ifPresent(c -> sb.append("cloud ").append(c).append("; "));
            useTimeRatio.ifPresent(u -> sb.append("on ").append(u).append(" of the time; "));
            if (!ramManufacture.equals(Manufacture.NONE)) {
                sb.append("RAM ").append(ramManufacture).append("; ");
            }
            if (!ssdManufacture.equals(Manufacture.NONE)) {
                sb.append("SSD ").append(ssdManufacture).append("; ");
            }
            archetype.ifPresent(a -> sb.append("archetype ").append(a).append("; "));
            cpuName.ifPresent(a -> sb.append("CPU ").append(a).append("; "));
            cpuFamily.ifPresent(a -> sb.append("CPU family ").append(a).append("; "));
            if (!workload.isEmpty()) {
                sb.append("workload");
                workload.forEach(w -> sb.append(' ').append(w.timeShare()).append('@').append(w.load()));
                sb.append("; ");
            }
            moreRam.forEach(g -> sb.append("+RAM ").append(g.units()).append(" × ").append(g.capacityGb())
                    .append(" GB; "));
            moreSsd.forEach(g -> sb.append("+SSD ").append(g.units()).append(" × ").append(g.capacityGb())
                    .append(" GB; "));
            if (moreHdd > 0) {
                sb.append("+HDD ").append(moreHdd).append("; ");
            }
            gpuUnits.ifPresent(u -> sb.append("GPU ").append(u).append(gpuName.map(n -> " " + n).orElse(""))
                    .append("; "));
            return sb.length() == 0 ? "" : sb.substring(0, sb.length() - 2);
        }
    }
}
