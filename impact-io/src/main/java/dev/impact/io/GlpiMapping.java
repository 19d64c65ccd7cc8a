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
 * Maps a GLPI asset's type (and optionally its manufacturer and model) to an inventory line kind and category. A
 * mapping table is a CSV file with the header {@code glpi_type,model_contains,kind,category}: {@code glpi_type}
 * matches the export's Type column (case, accents and surrounding spaces ignored), {@code model_contains} (may be
 * empty) must occur in "manufacturer model", {@code kind} is {@code device}, {@code server} or {@code none} (a type
 * deliberately left out, e.g. virtual machines, which are counted and reported), {@code category} a device
 * category, and the optional {@code kwh_per_year} an annual energy per device for categories the catalog has
 * no use profile for (switches, routers). Rows are tried in order, the user's file before the bundled {@value #DEFAULT_RESOURCE}; lines starting
 * with {@code #} are comments.
 */
final class GlpiMapping {
    /** The bundled mapping (French and English GLPI type names). */
    public static final String DEFAULT_RESOURCE = "/dev/impact/io/glpi-mapping.csv";

    /** One mapping row. */
    public record Rule(String glpiType, String modelContains, String kind, String category, double kWhPerYear,
                       String origin) {
    }

    private final List<Rule> rules;

    private GlpiMapping(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The bundled mapping. */
    public static GlpiMapping defaults() {
        try (InputStream in = GlpiMapping.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the impact-cli jar lacks " + DEFAULT_RESOURCE);
            }
            return new GlpiMapping(parse(TextInput.decode(in.readAllBytes()), "glpi-mapping.csv (bundled)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The user's mapping file followed by the bundled mapping.
     *
     * @throws InvalidFileException naming the file, line and column of a malformed row
     */
    public static GlpiMapping withUserFile(Path file) {
        try {
            List<Rule> rules = new ArrayList<>(parse(TextInput.decode(Files.readAllBytes(file)), file.toString()));
            rules.addAll(defaults().rules);
            return new GlpiMapping(rules);
        } catch (IOException e) {
            throw new InvalidFileException(new Problem(file.toString(), 0, "", "cannot read the mapping file: " + e));
        }
    }

    static List<Rule> parse(String text, String file) throws IOException {
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
        if (!header.equals("glpi_type,model_contains,kind,category")
                && !header.equals("glpi_type,model_contains,kind,category,kwh_per_year")) {
            throw new InvalidFileException(new Problem(file, t.line(), "", "expected the header"
                    + " glpi_type,model_contains,kind,category[,kwh_per_year], was '" + header + "'"));
        }
        while (t.next()) {
            String kind = t.get(2).strip().toLowerCase(Locale.ROOT);
            String category = t.get(3).strip().toLowerCase(Locale.ROOT);
            if (t.error() != null) {
                problems.add(new Problem(file, t.line(), "", t.error()));
            } else if (t.get(0).isBlank()) {
                problems.add(new Problem(file, t.line(), "glpi_type", "must not be empty"));
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
    static String norm(String s) {
        String d = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The first rule matching this type and "manufacturer model" text. */
    public Optional<Rule> find(String glpiType, String manufacturerAndModel) {
        String t = norm(glpiType);
        String m = norm(manufacturerAndModel);
        for (Rule r : rules) {
            if (r.glpiType().equals(t) && (r.modelContains().isEmpty() || m.contains(r.modelContains()))) {
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
