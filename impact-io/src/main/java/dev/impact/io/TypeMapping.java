package dev.impact.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps an asset type written by another tool (a GLPI asset's Type, a NumEcoEval equipment's {@code type}), and
 * optionally its manufacturer and model, to an inventory line kind and category: one mechanism for every importer.
 * A mapping table is a CSV file with the header {@code <key>,model_contains,kind,category}, where {@code <key>} names
 * the tool ({@code glpi_type}, {@code numecoeval_type}); the key column
 * matches the export's type column (case, accents and surrounding spaces ignored), {@code model_contains} (may be
 * empty) must occur in "manufacturer model", {@code kind} is {@code device}, {@code server} or {@code none} (a type
 * deliberately left out, e.g. virtual machines, which are counted and reported), {@code category} a device
 * category, and the optional {@code kwh_per_year} an annual energy per device for categories the catalog has
 * no use profile for (switches, routers). Rows are tried in order, the user's file before the bundled {@value #DEFAULT_RESOURCE}; lines starting
 * with {@code #} are comments.
 */
public final class TypeMapping {
    /** The bundled GLPI mapping (French and English GLPI type names). */
    public static final String DEFAULT_RESOURCE = "/dev/impact/io/glpi-mapping.csv";
    /** The bundled NumEcoEval mapping (the type names of NumEcoEval's and G4IT's référentiels and templates). */
    public static final String NUMECOEVAL_RESOURCE = "/dev/impact/io/numecoeval-type-mapping.csv";

    /** One mapping row. */
    public record Rule(String type, String modelContains, String kind, String category, double kWhPerYear,
                       String origin) {
    }

    private final List<Rule> rules;
    private final String keyColumn;

    private TypeMapping(List<Rule> rules, String keyColumn) {
        this.rules = List.copyOf(rules);
        this.keyColumn = keyColumn;
    }

    /** The bundled GLPI mapping. */
    public static TypeMapping defaults() {
        return bundled(DEFAULT_RESOURCE, "glpi_type");
    }

    /** The bundled NumEcoEval mapping ({@code numecoeval_type,model_contains,kind,category[,kwh_per_year]}). */
    public static TypeMapping numEcoEval() {
        return bundled(NUMECOEVAL_RESOURCE, "numecoeval_type");
    }

    private static TypeMapping bundled(String resource, String keyColumn) {
        try (InputStream in = TypeMapping.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the impact-io jar lacks " + resource);
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1) + " (bundled)";
            return new TypeMapping(parse(TextInput.decode(in.readAllBytes()), name, keyColumn), keyColumn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The user's GLPI mapping file followed by the bundled GLPI mapping.
     *
     * @throws InvalidFileException naming the file, line and column of a malformed row
     */
    public static TypeMapping withUserFile(Path file) {
        return defaults().withUserRules(file);
    }

    /**
     * The user's mapping file (same key column as this mapping) tried before this mapping's rules.
     *
     * @throws InvalidFileException naming the file, line and column of a malformed row
     */
    public TypeMapping withUserRules(Path file) {
        try {
            List<Rule> all = new ArrayList<>(parse(TextInput.decode(Files.readAllBytes(file)), file.toString(),
                    keyColumn));
            all.addAll(rules);
            return new TypeMapping(all, keyColumn);
        } catch (IOException e) {
            throw new InvalidFileException(new Problem(file.toString(), 0, "", "cannot read the mapping file: " + e));
        }
    }

    static List<Rule> parse(String text, String file) throws IOException {
        return parse(text, file, "glpi_type");
    }

    static List<Rule> parse(String text, String file, String keyColumn) throws IOException {
        StringBuilder kept = new StringBuilder();
        for (String l : text.split("\r?\n|\r", -1)) {
            // comments become blank lines, so that line numbers stay right
            kept.append(l.stripLeading().startsWith("#") ? "" : l).append('\n');
        }
        String firstLine = kept.toString().strip().lines().findFirst().orElse("");
        CsvTokenizer t = new CsvTokenizer(new StringReader(kept.toString()), CsvInventory.sniffSeparator(firstLine));
        List<Rule> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String header = t.next() ? String.join(",", t.fields()).replace(" ", "").toLowerCase(Locale.ROOT) : "";
        if (!header.equals(keyColumn + ",model_contains,kind,category")
                && !header.equals(keyColumn + ",model_contains,kind,category,kwh_per_year")) {
            throw new InvalidFileException(new Problem(file, t.line(), "", "expected the header "
                    + keyColumn + ",model_contains,kind,category[,kwh_per_year], was '" + header + "'"));
        }
        while (t.next()) {
            String kind = t.get(2).strip().toLowerCase(Locale.ROOT);
            String category = t.get(3).strip().toLowerCase(Locale.ROOT);
            if (t.error() != null) {
                problems.add(new Problem(file, t.line(), "", t.error()));
            } else if (t.get(0).isBlank()) {
                problems.add(new Problem(file, t.line(), keyColumn, "must not be empty"));
            } else if (!List.of("device", "server", "none").contains(kind)) {
                problems.add(new Problem(file, t.line(), "kind", "expected device, server or none, was '" + kind
                        + "'"));
            } else if (kind.equals("device") && category.isEmpty()) {
                problems.add(new Problem(file, t.line(), "category", "a device mapping needs a category"));
            } else {
                double kWh = Double.NaN;
                if (!t.get(4).isBlank()) {
                    try {
                        kWh = dev.impact.io.Decimals.parse(t.get(4).strip());
                        dev.impact.inventory.UseProfile.annualEnergy(kWh); // the lines' own check
                    } catch (NumberFormatException e) {
                        problems.add(new Problem(file, t.line(), "kwh_per_year", e.getMessage()));
                        continue;
                    } catch (IllegalArgumentException e) {
                        problems.add(new Problem(file, t.line(), "kwh_per_year", t.get(4).strip(),
                                e instanceof dev.impact.inventory.LineRejectedException
                                        ? ((dev.impact.inventory.LineRejectedException) e).reason() : e.getMessage()));
                        continue;
                    }
                }
                rules.add(new Rule(norm(t.get(0)), norm(t.get(1)), kind, category, kWh, file + ":" + t.line()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
        return rules;
    }

    /** Lower case, no accents, single spaces. */
    public static String norm(String s) {
        String d = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The name of the key column ({@code glpi_type}, {@code numecoeval_type}). */
    public String keyColumn() {
        return keyColumn;
    }

    /** The first rule matching this type and "manufacturer model" text. */
    public Optional<Rule> find(String type, String manufacturerAndModel) {
        String t = norm(type);
        String m = norm(manufacturerAndModel);
        for (Rule r : rules) {
            if (r.type().equals(t) && (r.modelContains().isEmpty() || m.contains(r.modelContains()))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The rules, in the order they are tried. */
    public List<Rule> rules() {
        return rules;
    }
}
