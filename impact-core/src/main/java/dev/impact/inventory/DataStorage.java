package dev.impact.inventory;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Data stored for a duration: capacity × duration, in TB-years (1 TB = 1000 GB; a GB-month is 1/12000 TB-year).
 *
 * <pre>{@code
 * DataStorage archive = DataStorage.ofTbYears(40).medium(StorageMedium.HDD).replication(3).pue(1.4);
 * DataStorage mail = DataStorage.ofGbMonths(250_000).zone("FR");
 * DataStorage s3 = DataStorage.ofTbYears(12).medium(StorageMedium.HDD).provider("aws").service("s3").region("eu-west-3");
 * }</pre>
 *
 * <p>With a cloud provider, the line is hosted at that provider: its PUE (CCF's provider figure, or the region's
 * where CCF has one) instead of the data-centre average, its service's replication factor
 * ({@code cloud.<provider>.replication.<service>}, CCF) when a service is named, and the region's zone.
 *
 * Immutable.
 */
public final class DataStorage implements Activity {
    private final String label;
    private final String group; // null = not grouped
    private final double tbYears;
    private final StorageMedium medium;
    private final StorageModel model;
    private final double replication;
    private final double pue; // NaN = catalog default
    private final String zone;
    private final String provider; // null = not at a cloud provider
    private final String region; // null = none
    private final String service; // null = none
    private final Convention convention; // null = the assessment's
    /** The provider, region and service as one text ("" without a provider), made once per line. */
    private final String planKey;

    private DataStorage(Builder b) {
        this.label = b.label;
        this.group = b.group;
        this.tbYears = b.tbYears;
        this.medium = b.medium;
        this.model = b.model;
        this.replication = b.replication;
        this.pue = b.pue;
        this.zone = b.zone;
        this.provider = b.provider;
        this.region = b.region;
        this.service = b.service;
        this.convention = b.convention;
        this.planKey = provider == null ? "" : provider + '|' + (region == null ? "" : region) + '|'
                + (service == null ? "" : service);
    }

    /**
     * {@code tbYears} terabyte-years stored, medium unspecified, no replication, hardware model.
     *
     * @throws IllegalArgumentException if not a finite number > 0
     */
    public static DataStorage ofTbYears(double tbYears) {
        return builderOfTbYears(tbYears).build();
    }

    /**
     * A mutable builder for {@code tbYears} TB-years (> 0), for readers that build many lines: each setter checks its
     * value as the copy method of the same name does (same messages) and leaves the builder unchanged when it
     * throws; {@link Builder#build()} makes one line, equal to the one the chained copy methods would make.
     *
     * @throws IllegalArgumentException as {@link #ofTbYears(double)}
     */
    public static Builder builderOfTbYears(double tbYears) {
        return new Builder(Checks.positive(tbYears, "tbYears", "TB.year"));
    }

    /** Builds a {@link DataStorage}; see {@link #builderOfTbYears(double)}. Not thread-safe. */
    public static final class Builder {
        private String label = "data storage";
        private String group;
        private final double tbYears;
        private StorageMedium medium = StorageMedium.UNSPECIFIED;
        private StorageModel model = StorageModel.HARDWARE;
        private double replication = 1;
        private double pue = Double.NaN;
        private String zone;
        private String provider;
        private String region;
        private String service;
        private Convention convention;

        private Builder(double tbYears) {
            this.tbYears = tbYears;
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

        /** On this medium. */
        public Builder medium(StorageMedium medium) {
            this.medium = Objects.requireNonNull(medium, "medium");
            return this;
        }

        /** Computed with this model. */
        public Builder model(StorageModel model) {
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        /** Stored in this number of copies (>= 1). */
        public Builder replication(double copies) {
            this.replication = copies(copies);
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

        /** At this cloud provider ({@code aws}, {@code azure}, {@code gcp}). */
        public Builder provider(String provider) {
            this.provider = word(provider, "provider");
            return this;
        }

        /** In this provider region ({@code eu-west-3}); needs a provider. */
        public Builder region(String region) {
            this.region = word(region, "region");
            return this;
        }

        /** Of this provider service ({@code s3}, {@code ebs}, {@code lrs}…): its replication factor; needs a provider. */
        public Builder service(String service) {
            this.service = word(service, "service");
            return this;
        }

        /** Assessed with this peer's conventions, whatever the assessment's (see {@link Convention}). */
        public Builder convention(Convention convention) {
            this.convention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /**
         * The line.
         *
         * @throws IllegalArgumentException if a region or service is given without a provider, or a service with a
         *                                  replication other than 1 (the service gives it)
         */
        public DataStorage build() {
            if (provider == null && (region != null || service != null)) {
                String field = region != null ? "region" : "service";
                throw new LineRejectedException(field, region != null ? region : service, field
                        + " needs the storage's cloud provider (provider aws, azure or gcp)");
            }
            if (service != null && replication != 1) {
                throw new LineRejectedException("replication", String.valueOf(replication), "replication "
                        + replication + " and service '" + service + "' both set the number of copies; give one"
                        + " (the service's is CCF's replication factor)");
            }
            return new DataStorage(this);
        }
    }

    private static String word(String s, String name) {
        String k = Checks.text(s, name).trim().toLowerCase(java.util.Locale.ROOT);
        if (k.chars().anyMatch(ch -> Character.isWhitespace(ch) || ch == '|')) {
            throw new LineRejectedException(name, s, name + " must be one word (e.g. aws, eu-west-3, s3), was '" + s
                    + "'");
        }
        return k;
    }

    private Builder toBuilder() {
        Builder b = new Builder(tbYears);
        b.label = label;
        b.group = group;
        b.medium = medium;
        b.model = model;
        b.replication = replication;
        b.pue = pue;
        b.zone = zone;
        b.provider = provider;
        b.region = region;
        b.service = service;
        b.convention = convention;
        return b;
    }

    /** {@code capacityGb} GB kept for {@code years} years. */
    public static DataStorage of(double capacityGb, double years) {
        double gb = Checks.positive(capacityGb, "capacityGb", "GB");
        double y = Checks.positive(years, "durationYears", "years");
        return ofTbYears(gb / 1000 * y);
    }

    /** {@code gbMonths} gigabyte-months (a cloud bill's unit). */
    public static DataStorage ofGbMonths(double gbMonths) {
        return ofTbYears(Checks.positive(gbMonths, "gbMonths", "GB.month") / 12000);
    }

    /** A copy with this label. */
    public DataStorage label(String label) {
        return toBuilder().label(label).build();
    }

    /** A copy in this group (a site, service or entity: free text, shown in reports' per-group results). */
    public DataStorage group(String group) {
        return toBuilder().group(group).build();
    }

    /** A copy on this medium. */
    public DataStorage medium(StorageMedium medium) {
        return toBuilder().medium(medium).build();
    }

    /** A copy computed with this model. */
    public DataStorage model(StorageModel model) {
        return toBuilder().model(model).build();
    }

    /**
     * A copy stored in {@code copies} copies (>= 1), e.g. 3 for triple replication.
     *
     * @throws IllegalArgumentException if less than 1, or other than 1 on a line that names a service
     */
    public DataStorage replication(double copies) {
        return toBuilder().replication(copies).build();
    }

    private static double copies(double copies) {
        if (!Double.isFinite(copies) || copies < 1) {
            throw Checks.reject("replication", copies, "replication must be a finite number >= 1 (copies), was "
                    + copies);
        }
        return copies;
    }

    /**
     * A copy hosted in a data centre of this power usage effectiveness (>= 1).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public DataStorage pue(double pue) {
        return toBuilder().pue(pue).build();
    }

    /** A copy in this zone. */
    public DataStorage zone(String zone) {
        return toBuilder().zone(zone).build();
    }

    /**
     * A copy stored at this cloud provider (lower-cased): the provider's PUE (CCF: AWS 1.135, Azure 1.185, GCP 1.1 or
     * the region's) instead of the data-centre average when the line gives no PUE.
     */
    public DataStorage provider(String provider) {
        return toBuilder().provider(provider).build();
    }

    /**
     * A copy in this provider region ({@code eu-west-3}, {@code francecentral}, {@code europe-west9}): its zone
     * unless the line gives one, CCF's factor under {@link Convention#CCF}, its PUE where CCF has one.
     *
     * @throws IllegalArgumentException if the line has no provider
     */
    public DataStorage region(String region) {
        return toBuilder().region(region).build();
    }

    /**
     * A copy of this provider service ({@code s3}, {@code ebs}, {@code lrs}, {@code storage-multi-region}…): CCF's
     * replication factor for it ({@code cloud.<provider>.replication.<service>}) as the number of copies.
     *
     * @throws IllegalArgumentException if the line has no provider, or sets its own replication
     */
    public DataStorage service(String service) {
        return toBuilder().service(service).build();
    }

    /** A copy assessed with this peer's conventions, whatever the assessment's (see {@link Convention}). */
    public DataStorage convention(Convention convention) {
        return toBuilder().convention(convention).build();
    }

    /** A copy of {@code tbYears} TB-years (> 0), every other input kept. */
    public DataStorage tbYears(double tbYears) {
        Builder b = toBuilder();
        Builder c = new Builder(Checks.positive(tbYears, "tbYears", "TB.year"));
        c.label = b.label;
        c.group = b.group;
        c.medium = b.medium;
        c.model = b.model;
        c.replication = b.replication;
        c.pue = b.pue;
        c.zone = b.zone;
        c.provider = b.provider;
        c.region = b.region;
        c.service = b.service;
        c.convention = b.convention;
        return c.build();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** TB-years stored (before replication). */
    @Override
    public double quantity() {
        return tbYears;
    }

    /** TB-years stored (before replication). */
    public double tbYears() {
        return tbYears;
    }

    @Override
    public String category() {
        return "storage";
    }

    /** The medium. */
    public StorageMedium medium() {
        return medium;
    }

    /** The model. */
    public StorageModel model() {
        return model;
    }

    /** Number of copies (>= 1) the line gives (1 when a service gives them: see {@link #service()}). */
    public double replication() {
        return replication;
    }

    /** PUE, if given. */
    public OptionalDouble pue() {
        return Double.isNaN(pue) ? OptionalDouble.empty() : OptionalDouble.of(pue);
    }

    @Override
    public Optional<String> zone() {
        return Optional.ofNullable(zone);
    }

    /** The cloud provider, lower case, if given. */
    public Optional<String> provider() {
        return Optional.ofNullable(provider);
    }

    /** The provider region, lower case, if given. */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** The provider service, lower case, if given. */
    public Optional<String> service() {
        return Optional.ofNullable(service);
    }

    @Override
    public Optional<Convention> convention() {
        return Optional.ofNullable(convention);
    }

    /**
     * The provider, region and service as one text ({@code ""} without a provider): lines with equal keys share a
     * plan. Made once per line.
     */
    public String planKey() {
        return planKey;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DataStorage)) {
            return false;
        }
        DataStorage d = (DataStorage) o;
        return label.equals(d.label) && Objects.equals(group, d.group) && Double.compare(tbYears, d.tbYears) == 0
                && medium == d.medium
                && model == d.model && Double.compare(replication, d.replication) == 0
                && Double.compare(pue, d.pue) == 0 && Objects.equals(zone, d.zone)
                && Objects.equals(provider, d.provider) && Objects.equals(region, d.region)
                && Objects.equals(service, d.service) && convention == d.convention;
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, group, tbYears, medium, model, replication, pue, zone, provider, region, service,
                convention);
    }

    @Override
    public String toString() {
        return "DataStorage[" + label + (group == null ? "" : " @ " + group) + ": "
                + dev.impact.measure.Numbers.format(tbYears) + " TB-years, "
                + medium.name().toLowerCase(Locale.ROOT) + ", ×" + replication
                + (Double.isNaN(pue) ? "" : ", PUE " + pue)
                + (provider == null ? "" : ", " + provider + (service == null ? "" : " " + service)
                + (region == null ? "" : " " + region))
                + (zone == null ? "" : ", zone " + zone)
                + (convention == null ? "" : ", convention " + convention.label()) + "]";
    }
}
