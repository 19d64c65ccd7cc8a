package dev.impact.inventory;

import java.util.Objects;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Cloud compute usage following the Cloud Carbon Footprint (CCF) methodology: vCPU-hours at an average utilisation,
 * plus memory GB-hours, GPU-hours and data transferred between regions, for one provider ({@code aws}, {@code azure},
 * {@code gcp}), in a provider region or a zone. A line may have 0 vCPU-hours when it has GB, GPU-hours or memory
 * ({@link #transfer}, {@link #ofGpu}); a line with nothing is refused.
 *
 * <pre>{@code
 * CloudCompute batch = CloudCompute.of("aws", 87_600).utilisation(0.35).memoryGbHours(350_000).zone("FR");
 * CloudCompute paris = CloudCompute.of("aws", 87_600).region("eu-west-3").microarchitecture("skylake")
 *         .instanceType("m5.xlarge").networkGb(1_200);
 * CloudCompute training = CloudCompute.of("gcp", 5_840).instanceType("n2-standard-8").gpu("Nvidia Tesla V100", 730);
 * CloudCompute egress = CloudCompute.transfer("azure", 1_200).region("francecentral");
 * }</pre>
 *
 * <p>Under {@link Convention#CCF} an instance type also gives what CCF derives from it when the line does not: its
 * processors' watts, its memory beyond CCF's per-chip baseline (AWS, Azure) and its GPUs (AWS, Azure GPU types).
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
    private final double gpuHours;
    private final String gpu; // null = none (then gpuHours is 0)
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
        this.gpuHours = b.gpuHours;
        this.gpu = b.gpu;
        this.convention = b.convention;
        if (vcpuHours == 0 && memoryGbHours == 0 && networkGb == 0 && gpuHours == 0) {
            throw new LineRejectedException("vcpuHours", "0", "vcpuHours is 0: a cloud line needs vCPU-hours > 0,"
                    + " or memory, GPU-hours or GB between regions (e.g. CloudCompute.transfer(provider, gb)); this one has nothing to"
                    + " assess");
        }
        this.planKey = region == null && microarchitecture == null && instanceType == null && gpu == null ? provider
                : provider + '|' + (region == null ? "" : region) + '|'
                + (microarchitecture == null ? "" : microarchitecture) + '|' + (instanceType == null ? ""
                : instanceType) + '|' + (gpu == null ? "" : gpu);
    }

    /**
     * {@code vcpuHours} vCPU-hours at {@code provider} (lower-cased; the catalog must know it).
     *
     * @throws IllegalArgumentException if the provider is blank or the hours not a finite number > 0
     */
    public static CloudCompute of(String provider, double vcpuHours) {
        Builder b = builder(provider, vcpuHours);
        Checks.positive(vcpuHours, "vcpuHours", "vCPU.h");
        return b.build();
    }

    /**
     * A transfer-only line: {@code gb} GB between {@code provider}'s regions and no compute (CCF's networking row),
     * labelled "cloud networking": kWh = GB × {@code cloud.network.energy} × PUE.
     *
     * @throws IllegalArgumentException if the provider is blank or {@code gb} not a finite number > 0
     */
    public static CloudCompute transfer(String provider, double gb) {
        return builder(provider, 0).label("cloud networking").networkGb(Checks.positive(gb, "networkGb", "GB"))
                .build();
    }

    /**
     * A GPU-only line: {@code gpuHours} hours of one {@code gpu} (CCF's name, e.g. {@code "Nvidia Tesla V100"}) at
     * {@code provider} and no vCPU-hours, labelled "cloud GPU"; see {@link #gpu(String, double)}.
     *
     * @throws IllegalArgumentException if the provider or GPU is blank or the hours not a finite number > 0
     */
    public static CloudCompute ofGpu(String provider, double gpuHours, String gpu) {
        return builder(provider, 0).label("cloud GPU").gpu(gpu, gpuHours).build();
    }

    /**
     * A mutable builder for {@code vcpuHours} vCPU-hours (>= 0; a line with 0 must have memory, GPU-hours or GB
     * between regions, else {@link Builder#build()} refuses it) at {@code provider}, for readers that build many
     * lines: each setter checks its value as the copy method of the same name does (same messages) and leaves the
     * builder unchanged when it throws; {@link Builder#build()} makes one line, equal to the one the chained copy
     * methods would make.
     *
     * @throws IllegalArgumentException as {@link #of(String, double)}
     */
    public static Builder builder(String provider, double vcpuHours) {
        String p = Checks.text(provider, "provider").trim().toLowerCase(Locale.ROOT);
        return new Builder(p, Checks.nonNegative(vcpuHours, "vcpuHours", "vCPU.h"));
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
        private double gpuHours;
        private String gpu;
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

        /**
         * Of this instance type ({@code m5.xlarge}, {@code n2-standard-8}, {@code Standard_D4s_v3}) or AWS family
         * ({@code m5}): its embodied emissions.
         */
        public Builder instanceType(String instanceType) {
            this.instanceType = instance(provider, instanceType);
            return this;
        }

        /** With {@code gpuHours} (> 0) hours of one {@code gpu} (CCF's name: {@code "Nvidia Tesla V100"}). */
        public Builder gpu(String gpu, double gpuHours) {
            String g = gpuName(gpu);
            this.gpuHours = Checks.positive(gpuHours, "gpuHours", "GPU.h");
            this.gpu = g;
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

    /**
     * An instance type as the catalog keys it: lower case; Azure's {@code Standard_D4s_v3} or CCF's {@code "D4s v3"}
     * → {@code d4s-v3} (the {@code standard_}/{@code basic_} prefix dropped, spaces and underscores → '-').
     */
    private static String instance(String provider, String s) {
        String k = Checks.text(s, "instanceType").trim().toLowerCase(Locale.ROOT);
        if (provider.equals("azure")) {
            for (String tier : new String[] {"standard_", "basic_"}) {
                if (k.startsWith(tier)) {
                    k = k.substring(tier.length());
                }
            }
            k = k.replaceAll("[\\s_]+", "-");
        }
        return key(k, "instanceType");
    }

    /** {@code "NVIDIA Tesla V100"} → {@code nvidia-tesla-v100}. */
    private static String gpuName(String s) {
        String k = Checks.text(s, "gpu").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        if (k.indexOf('|') >= 0) {
            throw new LineRejectedException("gpu", s, "gpu must not contain '|', was '" + s + "'");
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
        b.gpuHours = gpuHours;
        b.gpu = gpu;
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
     * A copy of this instance type or family: its embodied emissions per vCPU-hour (CCF's host figure shared by vCPU
     * and over 4 years) instead of the provider's general-purpose default. AWS: a type ({@code m5.xlarge}) or family
     * ({@code m5}), {@code cloud.aws.family.<family>.embodied}; GCP: a machine type ({@code n2-standard-8}) and
     * Azure: a VM size ({@code Standard_D4s_v3}, {@code "D4s v3"}, taken as {@code d4s-v3}),
     * {@code cloud.<provider>.type.<type>.embodied}.
     */
    public CloudCompute instanceType(String instanceType) {
        return toBuilder().instanceType(instanceType).build();
    }

    /**
     * A copy with {@code gpuHours} (> 0) hours of one {@code gpu} (CCF's names: {@code "Nvidia Tesla V100"},
     * {@code "Nvidia T4"}, {@code "AMD Radeon Pro V520"}…, taken lower-cased with '-' for spaces): CCF's GPU model,
     * kWh = GPU-hours × (min W + utilisation × (max W − min W)) / 1000 × PUE with the GPU's watts
     * ({@code cloud.<provider>.gpu.<gpu>.min_watts}, max) and the line's utilisation. An unknown GPU is refused
     * when the line is assessed, with the closest known names. The GPU-hours are the instance-hours × its GPUs.
     */
    public CloudCompute gpu(String gpu, double gpuHours) {
        return toBuilder().gpu(gpu, gpuHours).build();
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

    /** GPU-hours (0 when not given). */
    public double gpuHours() {
        return gpuHours;
    }

    /** The GPU (normalised: {@code nvidia-tesla-v100}), if given. */
    public Optional<String> gpu() {
        return Optional.ofNullable(gpu);
    }

    /** The instance type or family (lower case; Azure's normalised: {@code d4s-v3}), if given. */
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
     * microarchitecture, instance type and GPU when given. Lines with equal keys share a plan; made once per line.
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
                && Objects.equals(instanceType, c.instanceType) && Double.compare(gpuHours, c.gpuHours) == 0
                && Objects.equals(gpu, c.gpu) && convention == c.convention;
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, group, provider, vcpuHours, utilisation, memoryGbHours, networkGb, pue, zone,
                region, microarchitecture, instanceType, gpuHours, gpu, convention);
    }

    @Override
    public String toString() {
        return "CloudCompute[" + label + (group == null ? "" : " @ " + group) + ": " + provider
                + (region == null ? "" : " " + region) + ", " + dev.impact.measure.Numbers.format(vcpuHours)
                + " vCPU-h" + (memoryGbHours > 0 ? ", " + dev.impact.measure.Numbers.format(memoryGbHours) + " GB-h"
                : "") + (networkGb > 0 ? ", " + dev.impact.measure.Numbers.format(networkGb) + " GB between regions"
                : "") + (microarchitecture == null ? "" : ", " + microarchitecture)
                + (instanceType == null ? "" : ", " + instanceType)
                + (gpu == null ? "" : ", " + dev.impact.measure.Numbers.format(gpuHours) + " GPU-h " + gpu)
                + (zone == null ? "" : ", zone " + zone)
                + (convention == null ? "" : ", convention " + convention.label()) + "]";
    }
}
