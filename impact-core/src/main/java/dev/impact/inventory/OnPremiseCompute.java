package dev.impact.inventory;

import dev.impact.factor.FactorCatalog;
import dev.impact.factor.Parameter;
import dev.impact.internal.Suggestions;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * One on-premise machine (server, laptop or desktop) over some hours of uptime, as Cloud Carbon Footprint (CCF)'s
 * on-premise estimator takes it: the machine's CPU microarchitecture, its memory, where it runs, its utilisation and
 * its data centre's PUE. It becomes an ordinary {@link CloudCompute} line at the provider {@value #PROVIDER}
 * ({@link #toLine(FactorCatalog)}), whose quantity is the uptime in machine-hours: CCF applies its cloud compute and
 * memory formulas to whole machines, with per-machine watts.
 *
 * <pre>{@code
 * OnPremiseCompute rack = OnPremiseCompute.server(8_760).microarchitecture("skylake").memoryGb(128)
 *         .country("United States").state("Texas");
 * Assessment a = Impact.using(catalog).convention(Convention.CCF)
 *         .assess(Inventory.of("racks", rack.toLine(catalog)));
 * }</pre>
 *
 * <p>The formula (CCF's {@code OnPremiseDataReport}, with the constants of its on-premise package, bundled as
 * {@code cloud.onprem.*} in dataset 2026.3):
 * <ul>
 * <li>CPU kWh = (min W + utilisation × (max W − min W)) × hours / 1000 × PUE, with the microarchitecture's
 *     per-machine watts ({@code cloud.onprem.cpu.<microarchitecture>.min_watts}, {@code max_watts}), else CCF's
 *     average over microarchitectures; utilisation 50 % ({@code cloud.cpu.utilisation}) unless given; PUE 1.58
 *     ({@code cloud.onprem.pue}) unless given;</li>
 * <li>memory kWh = max(0, memory GB − the microarchitecture's baseline GB) × hours × 0.000392 kWh/GB.h × PUE: CCF
 *     counts only the memory beyond what its per-machine watts already include
 *     ({@code cloud.onprem.cpu.<microarchitecture>.memory_gb}, else the average {@code cloud.onprem.cpu.memory_gb});
 *     {@link #toLine} computes those GB-hours;</li>
 * <li>CO2e = kWh × the grid factor: under {@link Convention#CCF}, CCF's factor for the country, or for the US state
 *     ({@code cloud.onprem.region.united-states-texas}), else CCF's average ({@code cloud.onprem.region.unknown}, as
 *     CCF does for a country or state it does not list); under impact's default, the catalog's grid factor for the
 *     line's zone (the country's, or the one given with {@link #zone}).</li>
 * </ul>
 * No embodied emissions under either convention (CCF's on-premise estimator has none; for them state the machines as
 * a {@code DeviceFleet} or {@code ServerFleet}). The machine type changes nothing in the formula (CCF uses it only to
 * pick per-type settings from its configuration: give them as {@link #utilisation}); it names the line.
 * Immutable; each method returns a modified copy and refuses a bad value with a {@link LineRejectedException} naming
 * the field and the value.
 */
public final class OnPremiseCompute {
    /** The provider key the line is assessed at ({@code cloud.onprem.*} in the catalog). */
    public static final String PROVIDER = "onprem";

    /** CCF's on-premise machine types. */
    public enum MachineType {
        SERVER, LAPTOP, DESKTOP;

        /** The name as CCF writes it: {@code server}, {@code laptop}, {@code desktop}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The machine type named {@code name}, case-insensitive.
         *
         * @throws LineRejectedException naming the field {@code machineType}, the value and the known types
         */
        public static MachineType of(String name) {
            String n = Checks.text(name, "machineType").trim().toUpperCase(Locale.ROOT);
            for (MachineType t : values()) {
                if (t.name().equals(n)) {
                    return t;
                }
            }
            throw new LineRejectedException("machineType", name, "machineType must be one of server, laptop,"
                    + " desktop, was '" + name + "'" + Suggestions.didYouMean(name.trim().toLowerCase(Locale.ROOT),
                    java.util.List.of("server", "laptop", "desktop")));
        }
    }

    private final MachineType machineType;
    private final double uptimeHours;
    private final String label; // null = the machine type's
    private final String group;
    private final String microarchitecture; // null = CCF's average
    private final double memoryGb;
    private final double utilisation; // NaN = default
    private final double pue; // NaN = CCF's on-premise default
    private final String country; // null = unknown
    private final String state; // null = none
    private final String zone; // null = the country's
    private final Convention convention; // null = the assessment's

    private OnPremiseCompute(MachineType machineType, double uptimeHours, String label, String group,
                             String microarchitecture, double memoryGb, double utilisation, double pue, String country,
                             String state, String zone, Convention convention) {
        this.machineType = machineType;
        this.uptimeHours = uptimeHours;
        this.label = label;
        this.group = group;
        this.microarchitecture = microarchitecture;
        this.memoryGb = memoryGb;
        this.utilisation = utilisation;
        this.pue = pue;
        this.country = country;
        this.state = state;
        this.zone = zone;
        this.convention = convention;
    }

    /**
     * A machine of {@code type} up for {@code uptimeHours} hours (> 0): CCF's {@code dailyUptime},
     * {@code weeklyUptime}, {@code monthlyUptime} or {@code annualUptime}, the one matching the period assessed.
     *
     * @throws LineRejectedException if the hours are not a finite number > 0
     */
    public static OnPremiseCompute of(MachineType type, double uptimeHours) {
        Objects.requireNonNull(type, "type");
        return new OnPremiseCompute(type, Checks.positive(uptimeHours, "uptimeHours", "h"), null, null, null, 0,
                Double.NaN, Double.NaN, null, null, null, null);
    }

    /** A server up for {@code uptimeHours} hours; see {@link #of}. */
    public static OnPremiseCompute server(double uptimeHours) {
        return of(MachineType.SERVER, uptimeHours);
    }

    /** A laptop up for {@code uptimeHours} hours; see {@link #of}. */
    public static OnPremiseCompute laptop(double uptimeHours) {
        return of(MachineType.LAPTOP, uptimeHours);
    }

    /** A desktop up for {@code uptimeHours} hours; see {@link #of}. */
    public static OnPremiseCompute desktop(double uptimeHours) {
        return of(MachineType.DESKTOP, uptimeHours);
    }

    private OnPremiseCompute copy(String label, String group, String microarchitecture, double memoryGb,
                                  double utilisation, double pue, String country, String state, String zone,
                                  Convention convention) {
        return new OnPremiseCompute(machineType, uptimeHours, label, group, microarchitecture, memoryGb, utilisation,
                pue, country, state, zone, convention);
    }

    /** The same machine up for {@code hours} hours (> 0) instead: another of CCF's uptime columns. */
    public OnPremiseCompute uptimeHours(double hours) {
        return new OnPremiseCompute(machineType, Checks.positive(hours, "uptimeHours", "h"), label, group,
                microarchitecture, memoryGb, utilisation, pue, country, state, zone, convention);
    }

    /** With this label (CCF's {@code machineName}; not blank). */
    public OnPremiseCompute label(String label) {
        return copy(Checks.text(label, "label"), group, microarchitecture, memoryGb, utilisation, pue, country, state,
                zone, convention);
    }

    /** In this group (a site, service or entity: free text). */
    public OnPremiseCompute group(String group) {
        return copy(label, Checks.text(group, "group"), microarchitecture, memoryGb, utilisation, pue, country, state,
                zone, convention);
    }

    /**
     * With this CPU microarchitecture, as impact names it: {@code cascade-lake}, {@code skylake}, {@code broadwell},
     * {@code haswell}, {@code coffee-lake}, {@code sandy-bridge}, {@code ivy-bridge}, {@code epyc-1st-gen},
     * {@code epyc-2nd-gen}, or as CCF names it ({@code "AMD EPYC 2nd Gen"}, {@code "Cascade Lake"}); read as
     * {@link CloudCompute} reads it, checked against the catalog by {@link #toLine}. Without one, CCF's averages.
     */
    public OnPremiseCompute microarchitecture(String microarchitecture) {
        // one reading of microarchitecture names: CloudCompute's (the line this one becomes)
        String m = CloudCompute.builder(PROVIDER, 1).microarchitecture(microarchitecture).build().microarchitecture()
                .orElseThrow();
        return copy(label, group, m, memoryGb, utilisation, pue, country, state, zone, convention);
    }

    /** With this much memory installed, GB (>= 0; CCF's {@code memory}). */
    public OnPremiseCompute memoryGb(double gb) {
        return copy(label, group, microarchitecture, Checks.nonNegative(gb, "memoryGb", "GB"), utilisation, pue,
                country, state, zone, convention);
    }

    /** At this average CPU utilisation, between 0 and 1 (CCF's {@code cpuUtilization} is in percent: 45 → 0.45). */
    public OnPremiseCompute utilisation(double u) {
        return copy(label, group, microarchitecture, memoryGb, Checks.fraction(u, "utilisation"), pue, country,
                state, zone, convention);
    }

    /** In a data centre of this PUE (>= 1; CCF's {@code powerUsageEffectiveness}). */
    public OnPremiseCompute pue(double pue) {
        return copy(label, group, microarchitecture, memoryGb, utilisation, Checks.pue(pue), country, state, zone,
                convention);
    }

    /** In this country, named as CCF names it ({@code France}, {@code United States}, {@code South Korea}). */
    public OnPremiseCompute country(String country) {
        return copy(label, group, microarchitecture, memoryGb, utilisation, pue,
                Checks.text(country, "country").trim(), state, zone, convention);
    }

    /** In this US state ({@code Texas}); CCF uses a state only in the United States. */
    public OnPremiseCompute state(String state) {
        return copy(label, group, microarchitecture, memoryGb, utilisation, pue, country,
                Checks.text(state, "state").trim(), zone, convention);
    }

    /**
     * In this electricity zone for impact's grid factor ({@code FR}), instead of the country's: for a country CCF
     * does not list, or a finer zone. Under {@link Convention#CCF} the grid stays CCF's.
     */
    public OnPremiseCompute zone(String zone) {
        return copy(label, group, microarchitecture, memoryGb, utilisation, pue, country, state, Checks.zone(zone),
                convention);
    }

    /** Assessed with this peer convention, whatever the assessment's. */
    public OnPremiseCompute convention(Convention convention) {
        return copy(label, group, microarchitecture, memoryGb, utilisation, pue, country, state, zone,
                Objects.requireNonNull(convention, "convention"));
    }

    public MachineType machineType() {
        return machineType;
    }

    public double uptimeHours() {
        return uptimeHours;
    }

    /** The label given, else {@code on-premise <machine type>}. */
    public String label() {
        return label != null ? label : "on-premise " + machineType.label();
    }

    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    public Optional<String> microarchitecture() {
        return Optional.ofNullable(microarchitecture);
    }

    public double memoryGb() {
        return memoryGb;
    }

    public OptionalDouble utilisation() {
        return Double.isNaN(utilisation) ? OptionalDouble.empty() : OptionalDouble.of(utilisation);
    }

    public OptionalDouble pue() {
        return Double.isNaN(pue) ? OptionalDouble.empty() : OptionalDouble.of(pue);
    }

    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    public Optional<String> state() {
        return Optional.ofNullable(state);
    }

    public Optional<String> zone() {
        return Optional.ofNullable(zone);
    }

    public Optional<Convention> convention() {
        return Optional.ofNullable(convention);
    }

    /**
     * CCF's key for the place: the country, and for the United States the state ({@code United States-Texas}), as
     * the catalog's region name ({@code united-states-texas}); empty without a country.
     */
    public Optional<String> regionName() {
        if (country == null) {
            return Optional.empty();
        }
        String k = state != null && country.equalsIgnoreCase("United States") ? country + "-" + state : country;
        return Optional.of(k.toLowerCase(Locale.ROOT).replace(' ', '-'));
    }

    /**
     * The {@link CloudCompute} line at {@value #PROVIDER} that states this machine: {@link #uptimeHours()} machine-hours
     * with the microarchitecture, utilisation, PUE and convention given, the memory GB-hours beyond the
     * microarchitecture's baseline (read from {@code catalog}), and the region CCF has a factor for. A place CCF does
     * not list gets no region (CCF's average under {@link Convention#CCF}) and, when the country is listed (a US
     * state CCF lacks), the country's zone.
     *
     * @throws LineRejectedException for a microarchitecture the catalog has no on-premise watts for (naming the known
     *                               ones), or a catalog without CCF's on-premise data (dataset 2026.3 or later)
     */
    public CloudCompute toLine(FactorCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        String prefix = "cloud." + PROVIDER + ".cpu.";
        Parameter average = catalog.parameter(prefix + "memory_gb").orElseThrow(() -> new LineRejectedException(
                "provider", PROVIDER, "the catalog " + catalog.name() + " " + catalog.version() + " has no CCF"
                + " on-premise data (cloud.onprem.*, bundled from dataset 2026.3)"));
        double baselineGb = average.value();
        if (microarchitecture != null) {
            Optional<Parameter> own = catalog.parameter(prefix + microarchitecture + ".memory_gb");
            if (own.isEmpty()) {
                TreeSet<String> known = new TreeSet<>();
                for (Parameter p : catalog.parameters()) {
                    String id = p.id();
                    if (id.startsWith(prefix) && id.endsWith(".memory_gb") && id.length() > prefix.length() + 10) {
                        known.add(id.substring(prefix.length(), id.length() - ".memory_gb".length()));
                    }
                }
                throw new LineRejectedException("microarchitecture", microarchitecture, "unknown on-premise CPU"
                        + " microarchitecture '" + microarchitecture + "'; expected one of " + known
                        + Suggestions.didYouMean(microarchitecture, known));
            }
            baselineGb = own.get().value();
        }
        CloudCompute.Builder b = CloudCompute.builder(PROVIDER, uptimeHours).label(label())
                .memoryGbHours(Math.max(0, memoryGb - baselineGb) * uptimeHours);
        if (group != null) {
            b.group(group);
        }
        if (microarchitecture != null) {
            b.microarchitecture(microarchitecture);
        }
        if (!Double.isNaN(utilisation)) {
            b.utilisation(utilisation);
        }
        if (!Double.isNaN(pue)) {
            b.pue(pue);
        }
        Optional<String> region = regionName();
        String regionPrefix = "cloud." + PROVIDER + ".region.";
        if (region.isPresent() && catalog.keys().contains(regionPrefix + region.get())) {
            b.region(region.get());
        } else if (zone == null && country != null
                && catalog.keys().contains(regionPrefix + country.toLowerCase(Locale.ROOT).replace(' ', '-'))) {
            // a US state CCF does not list: CCF's average under its convention, the country's grid under impact's
            String countryKey = regionPrefix + country.toLowerCase(Locale.ROOT).replace(' ', '-');
            b.zone(catalog.factorsForKey(countryKey).get(0).provenance().zone());
        }
        if (zone != null) {
            b.zone(zone);
        }
        if (convention != null) {
            b.convention(convention);
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OnPremiseCompute)) {
            return false;
        }
        OnPremiseCompute x = (OnPremiseCompute) o;
        return machineType == x.machineType && Double.compare(uptimeHours, x.uptimeHours) == 0
                && Objects.equals(label, x.label) && Objects.equals(group, x.group)
                && Objects.equals(microarchitecture, x.microarchitecture) && Double.compare(memoryGb, x.memoryGb) == 0
                && Double.compare(utilisation, x.utilisation) == 0 && Double.compare(pue, x.pue) == 0
                && Objects.equals(country, x.country) && Objects.equals(state, x.state)
                && Objects.equals(zone, x.zone) && convention == x.convention;
    }

    @Override
    public int hashCode() {
        return Objects.hash(machineType, uptimeHours, label, group, microarchitecture, memoryGb, utilisation, pue,
                country, state, zone, convention);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("OnPremiseCompute[").append(label()).append(": ")
                .append(machineType.label()).append(", ").append(fmt(uptimeHours)).append(" h");
        sb.append(", ").append(microarchitecture == null ? "CPU unknown" : microarchitecture);
        sb.append(", ").append(fmt(memoryGb)).append(" GB");
        if (!Double.isNaN(utilisation)) {
            sb.append(", utilisation ").append(fmt(utilisation));
        }
        if (!Double.isNaN(pue)) {
            sb.append(", PUE ").append(fmt(pue));
        }
        sb.append(", ").append(country == null ? "country unknown" : country + (state == null ? "" : "/" + state));
        if (zone != null) {
            sb.append(", zone ").append(zone);
        }
        if (convention != null) {
            sb.append(", convention ").append(convention.label());
        }
        return sb.append(']').toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
