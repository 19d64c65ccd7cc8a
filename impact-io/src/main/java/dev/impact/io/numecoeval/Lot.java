package dev.impact.io.numecoeval;

import dev.impact.io.InvalidFileException;
import dev.impact.io.Problem;
import dev.impact.io.TypeMapping;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A NumEcoEval (or G4IT) lot read whole: the files of one directory, each recognised by its header — physical
 * equipment, virtual equipment, applications, data centres, e-mail ({@code messagerie}), entities; non-IT operations
 * are counted and reported as not imported. Every row that cannot be used is a {@link Problem} with its file, line
 * and column, never a silent drop; the other rows are kept. A {@code referentiel} sub-directory, if any, is the lot's
 * own référentiel ({@link Referentiel#read}).
 *
 * <pre>{@code
 * Lot lot = Lot.read(Path.of("examples/numecoeval"));
 * lot.problems().forEach(System.err::println);          // file:line: column 'type': …
 * Indicators ind = NumEcoEval.convention(Referentiel.read(Path.of("examples/numecoeval/referentiel")))
 *         .calculationDate(LocalDate.of(2024, 12, 31)).assess(lot);
 * }</pre>
 */
public final class Lot {
    /** Where a row came from. */
    public record Origin(String file, long line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /**
     * One row of {@code équipements physiques}. Numbers absent from the file are {@code NaN} (quantity: 1).
     *
     * @param mapping the impact kind and category of its {@code type} ({@link TypeMapping}), {@code none} left out
     */
    public record PhysicalEquipment(String name, String model, double quantity, String dataCentre,
                                    Optional<LocalDate> purchaseDate, Optional<LocalDate> withdrawalDate,
                                    double internalLifetimeYears, double upstreamYears, double downstreamYears,
                                    String type, String status, String country, double annualKWh, String user,
                                    String dataSource, String entity, double cores, String usageMode,
                                    double usageRate, Optional<Quality> quality, double daysUsedPerYear,
                                    double gbDownloadedPerYear, TypeMapping.Rule mapping, Origin origin) {
        public PhysicalEquipment {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** One row of {@code équipements virtuels}; numbers absent from the file are {@code NaN}. */
    public record VirtualEquipment(String name, String host, double allocationKey, double vCpu, String cluster,
                                   double annualKWh, String kind, double storageTb, String entity,
                                   String dataSource, Optional<Quality> quality, Origin origin) {
    }

    /** One row of {@code applications}. */
    public record Application(String name, String environment, String virtualEquipment, String domain,
                              String subDomain, String entity, String physicalEquipment, String dataSource,
                              Optional<Quality> quality, Origin origin) {
    }

    /** One row of {@code data centres}; a PUE absent from the file is {@code NaN}. */
    public record DataCentre(String shortName, String longName, double pue, String location, String entity,
                             Optional<Quality> quality, Origin origin) {
    }

    /** One row of {@code messagerie}: a month's e-mail sent by an entity (volume as written, in the file's unit). */
    public record Email(double emailsSent, double emailsTimesRecipients, double totalVolume, String monthYear,
                        String entity, Origin origin) {
    }

    /** One row of {@code entités}. */
    public record Entity(String name, double staff, String head, String digitalLead, Origin origin) {
    }

    private final String name;
    private final List<PhysicalEquipment> physical;
    private final List<VirtualEquipment> virtual;
    private final List<Application> applications;
    private final List<DataCentre> dataCentres;
    private final List<Email> emails;
    private final List<Entity> entities;
    private final List<Problem> problems;
    private final List<String> notices;
    private final Optional<Path> referentielDirectory;
    private final java.util.Map<String, DataCentre> dataCentreIndex = new java.util.HashMap<>();

    Lot(String name, List<PhysicalEquipment> physical, List<VirtualEquipment> virtual, List<Application> applications,
        List<DataCentre> dataCentres, List<Email> emails, List<Entity> entities, List<Problem> problems,
        List<String> notices, Optional<Path> referentielDirectory) {
        this.name = name;
        this.physical = List.copyOf(physical);
        this.virtual = List.copyOf(virtual);
        this.applications = List.copyOf(applications);
        this.dataCentres = List.copyOf(dataCentres);
        this.emails = List.copyOf(emails);
        this.entities = List.copyOf(entities);
        this.problems = List.copyOf(problems);
        this.notices = List.copyOf(notices);
        this.referentielDirectory = referentielDirectory;
        for (DataCentre d : this.dataCentres) {
            dataCentreIndex.putIfAbsent(d.shortName(), d);
        }
    }

    /**
     * Reads the lot in {@code directory} with the bundled type mapping ({@link TypeMapping#numEcoEval()}).
     *
     * @throws InvalidFileException if the directory holds no lot file at all, or cannot be read
     */
    public static Lot read(Path directory) {
        return read(directory, TypeMapping.numEcoEval());
    }

    /** Reads the lot in {@code directory}, mapping each equipment {@code type} with {@code mapping}. */
    public static Lot read(Path directory, TypeMapping mapping) {
        return LotReader.read(Objects.requireNonNull(directory, "directory"), Objects.requireNonNull(mapping,
                "mapping"));
    }

    /** The lot's name: its directory's name. */
    public String name() {
        return name;
    }

    /** Physical equipment rows that could be read, in file order. */
    public List<PhysicalEquipment> physicalEquipment() {
        return physical;
    }

    /** Virtual equipment rows that could be read. */
    public List<VirtualEquipment> virtualEquipment() {
        return virtual;
    }

    /** Application rows that could be read. */
    public List<Application> applications() {
        return applications;
    }

    /** Data-centre rows that could be read. */
    public List<DataCentre> dataCentres() {
        return dataCentres;
    }

    /** E-mail rows that could be read. */
    public List<Email> emails() {
        return emails;
    }

    /** Entity rows that could be read. */
    public List<Entity> entities() {
        return entities;
    }

    /** Every row left out, with file, line, column, value and reason, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    /** What the reader did that the user should know (encodings, ignored columns, files not imported). */
    public List<String> notices() {
        return notices;
    }

    /** The lot's own {@code referentiel} sub-directory, if it has one. */
    public Optional<Path> referentielDirectory() {
        return referentielDirectory;
    }

    /** The data centre with this short name, if the lot has it. */
    public Optional<DataCentre> dataCentre(String shortName) {
        return Optional.ofNullable(dataCentreIndex.get(shortName));
    }

    /**
     * The lot in impact's own conventions: its physical equipment as inventory lines (virtual equipment,
     * applications and e-mail have none), with the rows that could not be converted (a country the catalog does not
     * know) as problems.
     *
     * @param inventory the lines, labelled with the equipment names and grouped by entity
     * @param problems  equipment left out, with file, line and column
     * @param notices   what has no counterpart in impact's conventions
     */
    public record AsInventory(dev.impact.inventory.Inventory inventory, List<Problem> problems, List<String> notices) {
        public AsInventory {
            problems = List.copyOf(problems);
            notices = List.copyOf(notices);
        }
    }

    /** This lot as an impact inventory, zones resolved by {@code catalog} ({@link AsInventory}). */
    public AsInventory toInventory(dev.impact.factor.FactorCatalog catalog) {
        return InventoryBridge.convert(this, Objects.requireNonNull(catalog, "catalog"));
    }

    /** A number that may be absent, as an {@code OptionalDouble}. */
    static OptionalDouble given(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "NumEcoEval lot %s: %d physical, %d virtual equipment, %d"
                        + " applications, %d data centres, %d e-mail rows, %d entities; %d problems", name,
                physical.size(), virtual.size(), applications.size(), dataCentres.size(), emails.size(),
                entities.size(), problems.size());
    }
}
