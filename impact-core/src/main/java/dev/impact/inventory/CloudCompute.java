package dev.impact.inventory;

import java.util.Objects;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Cloud compute usage following the Cloud Carbon Footprint (CCF) methodology: vCPU-hours at an average utilisation,
 * plus memory GB-hours and data transferred between regions, for one provider ({@code aws}, {@code azure},
 * {@code gcp}), in a provider region or a zone.
 *
 * <pre>{@code
 * CloudCompute batch = CloudCompute.of("aws", 87_600).utilisation(0.35).memoryGbHours(350_000).zone("FR");
 * CloudCompute paris = CloudCompute.of("aws", 87_600).region("eu-west-3").microarchitecture("skylake")
 *         .instanceType("m5.xlarge").networkGb(1_200);
 * }</pre>
 *
 * <p>A provider region ({@code eu-west-3}, {@code francecentral}, {@code europe-west9}) gives the line its country
 * zone (for impact's grid factors) and, under {@link Convention#CCF}, CCF's own emission factor for the region; GCP
 * regions with a published PUE also give theirs. A region the catalog does not know is refused when the line is
 * assessed, with the closest known regions suggested. Immutable.
 */
public final class CloudCompute implements Activity {
    private final String label;
    private final String group; // null = not grouped
    private final String provider;
    private final double vcpuHours;
    private final double utilisation; // NaN = catalog default
    private final double memoryGbHours;
    private final double networkGb;
    private final double pue; // NaN = provider default
    private final String zone;
    private final String region; // null = none
    private final String microarchitecture; // null = provider average
    private final String instanceType; // null = none
    private final Convention convention; // null = the assessment's
    /** The inputs that select the line's plan, as one text (made once, when the line is made). */
    private final String planKey;

    private CloudCompute(Builder b) {
        this.label = b.label;
        this.group = b.group;
        this.provider = b.provider;
        this.vcpuHours = b.vcpuHours;
        this.utilisation = b.utilisation;
        this.memoryGbHours = b.memoryGbHours;
        this.networkGb = b.networkGb;
        this.pue = b.pue;
        this.zone = b.zone;
        this.region = b.region;
        this.microarchitecture = b.microarchitecture;
        this.instanceType = b.instanceType;
        this.convention = b.convention;
        this.planKey = region == null && microarchitecture == null && instanceType == null ? provider
                : provider + '|' + (region == null ? "" : region) + '|'
                + (microarchitecture == null ? "" : microarchitecture) + '|' + (instanceType == null ? ""
                : instanceFamily().orElseThrow());
    }

    /**
     * {@code vcpuHours} vCPU-hours at {@code provider} (lower-cased; the catalog must know it).
     *
     * @throws IllegalArgumentException if the provider is blank or the hours not a finite number > 0
     */
    public static CloudCompute of(String provider, double vcpuHours) {
        return builder(provider, vcpuHours).build();
    }

    /**
     * A mutable builder for {@code vcpuHours} vCPU-hours (> 0) at {@code provider}, for readers that build many
     * lines: each setter checks its value as the copy method of the same name does (same messages) and leaves the
     * builder unchanged when it throws; {@link Builder#build()} makes one line, equal to the one the chained copy
     * methods would make.
     *
     * @throws IllegalArgumentException as {@link #of(String, double)}
     */
    public static Builder builder(String provider, double vcpuHours) {
        String p = Checks.text(provider, "provider").trim().toLowerCase(Locale.ROOT);
        return new Builder(p, Checks.positive(vcpuHours, "vcpuHours", "vCPU.h"));
    }

    /** Builds a {@link CloudCompute}; see {@link #builder(String, double)}. Not thread-safe. */
    public static final class Builder {
        private String label = "cloud compute";
        private String group;
        private final String provider;
        private final double vcpuHours;
        private double utilisation = Double.NaN;
        private double memoryGbHours;
        private double networkGb;
        private double pue = Double.NaN;
        private String zone;
        private String region;
        private String microarchitecture;
        private String instanceType;
        private Convention convention;

        private Builder(String provider, double vcpuHours) {
            this.provider = provider;
            this.vcpuHours = vcpuHours;
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

        /** Average CPU utilisation, between 0 and 1. */
        public Builder utilisation(double u) {
            this.utilisation = Checks.fraction(u, "utilisation");
            return this;
        }

        /** Memory use, in GB-hours (>= 0). */
        public Builder memoryGbHours(double gbHours) {
            this.memoryGbHours = Checks.nonNegative(gbHours, "memoryGbHours", "GB.h");
            return this;
        }

        /** Data transferred between the provider's regions (CCF's networking), in GB (>= 0). */
        public Builder networkGb(double gb) {
            this.networkGb = Checks.nonNegative(gb, "networkGb", "GB");
            return this;
        }

        /** Power usage effectiveness of the data centre (>= 1). */
        public Builder pue(double pue) {
            this.pue = Checks.pue(pue);
            return this;
        }

        /** In this electricity zone (e.g. {@code FR}). */
        public Builder zone(String zone) {
            this.zone = Checks.zone(zone);
            return this;
        }

        /** In this provider region ({@code eu-west-3}, {@code francecentral}, {@code europe-west9}). */
        public Builder region(String region) {
            this.region = key(region, "region");
            return this;
        }

        /**
         * On this CPU microarchitecture ({@code skylake}, {@code cascade-lake}, {@code graviton2},
         * {@code epyc-2nd-gen}…; CCF's names such as {@code "AMD EPYC 2nd Gen"} are taken too).
         */
        public Builder microarchitecture(String microarchitecture) {
            this.microarchitecture = architecture(microarchitecture);
            return this;
        }

        /** Of this instance type ({@code m5.xlarge}) or family ({@code m5}): its embodied emissions. */
        public Builder instanceType(String instanceType) {
            this.instanceType = key(instanceType, "instanceType");
            return this;
        }

        /** Assessed with this peer's conventions, whatever the assessment's (see {@link Convention}). */
        public Builder convention(Convention convention) {
            this.convention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /** The line. */
        public CloudCompute build() {
            return new CloudCompute(this);
        }
    }

    private static String key(String s, String name) {
        String k = Checks.text(s, name).trim().toLowerCase(Locale.ROOT);
        if (k.chars().anyMatch(ch -> Character.isWhitespace(ch) || ch == '|')) {
            throw new LineRejectedException(name, s, name + " must be one word (e.g. eu-west-3, m5.xlarge), was '"
                    + s + "'");
        }
        return k;
    }

    /** {@code "AMD EPYC 2nd Gen"} → {@code epyc-2nd-gen}; {@code "AWS Graviton2"} → {@code graviton2}. */
    private static String architecture(String s) {
        String k = Checks.text(s, "microarchitecture").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        for (String vendor : new String[] {"intel-", "amd-", "aws-"}) {
            if (k.startsWith(vendor)) {
                k = k.substring(vendor.length());
            }
        }
        if (k.indexOf('|') >= 0) {
            throw new LineRejectedException("microarchitecture", s, "microarchitecture must not contain '|', was '"
                    + s + "'");
        }
        return k;
    }

    private Builder toBuilder() {
        Builder b = new Builder(provider, vcpuHours);
        b.label = label;
        b.group = group;
        b.utilisation = utilisation;
        b.memoryGbHours = memoryGbHours;
        b.networkGb = networkGb;
        b.pue = pue;
        b.zone = zone;
        b.region = region;
        b.microarchitecture = microarchitecture;
        b.instanceType = instanceType;
        b.convention = convention;
        return b;
    }

    /** A copy with this label. */
    public CloudCompute label(String label) {
        return toBuilder().label(label).build();
    }

    /** A copy in this group (a site, service or entity: free text, shown in reports' per-group results). */
    public CloudCompute group(String group) {
        return toBuilder().group(group).build();
    }

    /** A copy at this average CPU utilisation (0 to 1). */
    public CloudCompute utilisation(double u) {
        return toBuilder().utilisation(u).build();
    }

    /** A copy with this much memory use, in GB-hours (>= 0). */
    public CloudCompute memoryGbHours(double gbHours) {
        return toBuilder().memoryGbHours(gbHours).build();
    }

    /**
     * A copy with this much data transferred between the provider's regions, in GB (>= 0): CCF's networking model,
     * GB × {@code cloud.network.energy} (0.001 kWh/GB) × PUE.
     */
    public CloudCompute networkGb(double gb) {
        return toBuilder().networkGb(gb).build();
    }

    /** A copy with this PUE (>= 1) instead of the provider's. */
    public CloudCompute pue(double pue) {
        return toBuilder().pue(pue).build();
    }

    /**
     * A copy in this electricity zone (the region's country): under impact's convention a zone given wins over the
     * region's country for the grid; under {@link Convention#CCF} the region's CCF factor applies whatever the zone.
     */
    public CloudCompute zone(String zone) {
        return toBuilder().zone(zone).build();
    }

    /**
     * A copy in this provider region (lower-cased): {@code eu-west-3} (AWS), {@code francecentral} (Azure),
     * {@code europe-west9} (GCP). The catalog's region gives the zone (unless the line gives one), CCF's emission
     * factor under {@link Convention#CCF}, and the region's PUE where CCF has one (GCP).
     */
    public CloudCompute region(String region) {
        return toBuilder().region(region).build();
    }

    /**
     * A copy on this CPU microarchitecture: CCF's min and max watts per vCPU for it
     * ({@code cloud.<provider>.cpu.<microarchitecture>.min_watts}) instead of the provider's average.
     */
    public CloudCompute microarchitecture(String microarchitecture) {
        return toBuilder().microarchitecture(microarchitecture).build();
    }

    /**
     * A copy of this instance type ({@code m5.xlarge}, lower-cased) or family ({@code m5}): the family's embodied
     * emissions per vCPU-hour ({@code cloud.<provider>.family.<family>.embodied}, CCF's host figure shared by vCPU
     * and over 4 years) instead of the provider's general-purpose default. Only AWS families are bundled.
     */
    public CloudCompute instanceType(String instanceType) {
        return toBuilder().instanceType(instanceType).build();
    }

    /** A copy assessed with this peer's conventions, whatever the assessment's (see {@link Convention}). */
    public CloudCompute convention(Convention convention) {
        return toBuilder().convention(convention).build();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** vCPU-hours. */
    @Override
    public double quantity() {
        return vcpuHours;
    }

    /** vCPU-hours. */
    public double vcpuHours() {
        return vcpuHours;
    }

    @Override
    public String category() {
        return "cloud";
    }

    /** The provider, lower case. */
    public String provider() {
        return provider;
    }

    /** Average CPU utilisation, if given. */
    public OptionalDouble utilisation() {
        return Double.isNaN(utilisation) ? OptionalDouble.empty() : OptionalDouble.of(utilisation);
    }

    /** Memory GB-hours (0 when not given). */
    public double memoryGbHours() {
        return memoryGbHours;
    }

    /** GB transferred between regions (0 when not given). */
    public double networkGb() {
        return networkGb;
    }

    /** PUE, if given. */
    public OptionalDouble pue() {
        return Double.isNaN(pue) ? OptionalDouble.empty() : OptionalDouble.of(pue);
    }

    @Override
    public Optional<String> zone() {
        return Optional.ofNullable(zone);
    }

    /** The provider region, lower case, if given. */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** The CPU microarchitecture (normalised: {@code epyc-2nd-gen}), if given. */
    public Optional<String> microarchitecture() {
        return Optional.ofNullable(microarchitecture);
    }

    /** The instance type or family as given (lower case), if given. */
    public Optional<String> instanceType() {
        return Optional.ofNullable(instanceType);
    }

    /** The instance family: the instance type up to its last dot ({@code m5.xlarge} → {@code m5}), if given. */
    public Optional<String> instanceFamily() {
        if (instanceType == null) {
            return Optional.empty();
        }
        int dot = instanceType.lastIndexOf('.');
        return Optional.of(dot < 0 ? instanceType : instanceType.substring(0, dot));
    }

    @Override
    public Optional<Convention> convention() {
        return Optional.ofNullable(convention);
    }

    /**
     * The inputs that select this line's plan besides its numbers, as one text: the provider, and the region,
     * microarchitecture and instance family when given. Lines with equal keys share a plan; made once per line.
     */
    public String planKey() {
        return planKey;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CloudCompute)) {
            return false;
        }
        CloudCompute c = (CloudCompute) o;
        return label.equals(c.label) && Objects.equals(group, c.group) && provider.equals(c.provider)
                && Double.compare(vcpuHours, c.vcpuHours) == 0
                && Double.compare(utilisation, c.utilisation) == 0
                && Double.compare(memoryGbHours, c.memoryGbHours) == 0
                && Double.compare(networkGb, c.networkGb) == 0 && Double.compare(pue, c.pue) == 0
                && Objects.equals(zone, c.zone) && Objects.equals(region, c.region)
                && Objects.equals(microarchitecture, c.microarchitecture)
                && Objects.equals(instanceType, c.instanceType) && convention == c.convention;
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, group, provider, vcpuHours, utilisation, memoryGbHours, networkGb, pue, zone,
                region, microarchitecture, instanceType, convention);
    }

    @Override
    public String toString() {
        return "CloudCompute[" + label + (group == null ? "" : " @ " + group) + ": " + provider
                + (region == null ? "" : " " + region) + ", " + dev.impact.measure.Numbers.format(vcpuHours)
                + " vCPU-h" + (memoryGbHours > 0 ? ", " + dev.impact.measure.Numbers.format(memoryGbHours) + " GB-h"
                : "") + (networkGb > 0 ? ", " + dev.impact.measure.Numbers.format(networkGb) + " GB between regions"
                : "") + (microarchitecture == null ? "" : ", " + microarchitecture)
                + (instanceType == null ? "" : ", " + instanceType) + (zone == null ? "" : ", zone " + zone)
                + (convention == null ? "" : ", convention " + convention.label()) + "]";
    }
}
