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
 * }</pre>
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

    private DataStorage(String label, double tbYears, StorageMedium medium, StorageModel model, double replication,
                        double pue, String zone, String group) {
        this.label = label;
        this.group = group;
        this.tbYears = tbYears;
        this.medium = medium;
        this.model = model;
        this.replication = replication;
        this.pue = pue;
        this.zone = zone;
    }

    /**
     * {@code tbYears} terabyte-years stored, medium unspecified, no replication, hardware model.
     *
     * @throws IllegalArgumentException if not a finite number > 0
     */
    public static DataStorage ofTbYears(double tbYears) {
        return new DataStorage("data storage", Checks.positive(tbYears, "tbYears", "TB.year"),
                StorageMedium.UNSPECIFIED, StorageModel.HARDWARE, 1, Double.NaN, null, null);
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

        /** The line. */
        public DataStorage build() {
            return new DataStorage(label, tbYears, medium, model, replication, pue, zone, group);
        }
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
        return new DataStorage(Checks.text(label, "label"), tbYears, medium, model, replication, pue, zone, group);
    }

    /** A copy in this group (a site, service or entity: free text, shown in reports' per-group results). */
    public DataStorage group(String group) {
        return new DataStorage(label, tbYears, medium, model, replication, pue, zone, Checks.text(group, "group"));
    }

    /** A copy on this medium. */
    public DataStorage medium(StorageMedium medium) {
        return new DataStorage(label, tbYears, Objects.requireNonNull(medium, "medium"), model, replication, pue,
                zone, group);
    }

    /** A copy computed with this model. */
    public DataStorage model(StorageModel model) {
        return new DataStorage(label, tbYears, medium, Objects.requireNonNull(model, "model"), replication, pue,
                zone, group);
    }

    /**
     * A copy stored in {@code copies} copies (>= 1), e.g. 3 for triple replication.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public DataStorage replication(double copies) {
        return new DataStorage(label, tbYears, medium, model, copies(copies), pue, zone, group);
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
        return new DataStorage(label, tbYears, medium, model, replication, Checks.pue(pue), zone, group);
    }

    /** A copy in this zone. */
    public DataStorage zone(String zone) {
        return new DataStorage(label, tbYears, medium, model, replication, pue,
                Checks.zone(zone), group);
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

    /** Number of copies (>= 1). */
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

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DataStorage)) {
            return false;
        }
        DataStorage d = (DataStorage) o;
        return label.equals(d.label) && Objects.equals(group, d.group) && Double.compare(tbYears, d.tbYears) == 0
                && medium == d.medium
                && model == d.model && Double.compare(replication, d.replication) == 0
                && Double.compare(pue, d.pue) == 0 && Objects.equals(zone, d.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, group, tbYears, medium, model, replication, pue, zone);
    }

    @Override
    public String toString() {
        return "DataStorage[" + label + (group == null ? "" : " @ " + group) + ": "
                + dev.impact.measure.Numbers.format(tbYears) + " TB-years, "
                + medium.name().toLowerCase(Locale.ROOT) + ", ×" + replication
                + (Double.isNaN(pue) ? "" : ", PUE " + pue) + (zone == null ? "" : ", zone " + zone) + "]";
    }
}
